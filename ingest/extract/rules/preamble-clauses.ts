// Where one preambular paragraph of a resolution ends when a copy keeps no blank line between them (dig.watch's
// text of ECOSOC resolution 2006/46): "Recalling General Assembly resolution 60/252 …, in which the Assembly
// requested the Council … taking into account the multistakeholder approach," / "Bearing in mind its decision
// 1992/218 … and resolution 1992/62 …". Each paragraph ends with a comma at its line's end and the next opens
// on a new line with a capitalised participle or phrase of the preamble; the sentence splitter (sentences.ts)
// does not stop there, so a request read in the first paragraph would take in the instruments the Council
// recalls in the next. Wrapped prose does not open a line with these words after a comma in capitals.

import { PREAMBLE_OPENERS } from '../parse/preamble-words.ts';

const OPENER = new RegExp(`,[ \\t]*\\r?\\n[ \\t]*(?:${PREAMBLE_OPENERS})\\b`);

// A copy that lost its line breaks (a PDF's text flattened into one line: ECLAC's San Salvador Commitment,
// LC/R.2144, "… in Latin America and the Caribbean, Reiterating the principles … held in Geneva in December
// 2003") still opens each paragraph with a capitalised participle after a comma; prose writes these in lower
// case mid-line. Only the participles and set phrases: "Aware", "Concerned" may open a name.
const INLINE_OPENER =
  /,[ \t]+(?:Recalling|Reaffirming|Recogni[sz]ing|Noting|Taking note|Bearing in mind|Welcoming|Emphasi[sz]ing|Stressing|Acknowledging|Expressing|Underlining|Underscoring|Affirming|Reiterating|Appreciating|Highlighting|Taking into account)\s+(?:the|that|its|with|also|further|all|a|an)\b/;

/** The end of the preambular paragraph holding `from` (the comma closing it), or `to` when it runs on past it. */
export function preambleEnd(text: string, from: number, to: number): number {
  const run = text.slice(from, to);
  const a = OPENER.exec(run);
  const b = INLINE_OPENER.exec(run);
  const m = a && b ? (a.index <= b.index ? a : b) : (a ?? b);
  return m ? from + m.index + 1 : to;
}

// A preambular paragraph opens with one of these participles: "Recalling all previous resolutions adopted by the
// General Assembly and the Human Rights Council on …" (A/HRC/RES/37/2) cites what others adopted; it never says
// who wrote the resolution it opens in.
const PREAMBLE_START =
  /^\s*(?:Recalling|Reaffirming|Recogni[sz]ing|Noting|Taking note|Bearing in mind|Welcoming|Emphasi[sz]ing|Stressing|Acknowledging|Mindful|Expressing|Underlining|Underscoring|Affirming|Considering|Guided|Reiterating|Having|Appreciating|Highlighting|Taking into account)\b/;

/** Whether `text` (a sentence's words from its start) opens a preambular paragraph. */
export function opensPreamble(text: string): boolean {
  return PREAMBLE_START.test(text);
}
