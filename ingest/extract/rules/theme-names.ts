// Turning the words of an agenda item, a list item or a guiding question into
// a theme's name: markup, numbering, parentheticals and list punctuation go;
// "Replies related to the implementation of X" becomes "Implementation of X";
// "What are the high-level characteristics of X?" becomes "High-level
// characteristics of X".

import type { Gazetteer } from '../../gazetteer/types.ts';
import { idFor } from '../claims.ts';
import { memoByString } from '../memo.ts';
import { capitalise } from '../parse/ordinals.ts';

/** The theme name the words give (pure: kept per text, list items repeat across a batch). */
export const cleanThemeText = memoByString(cleanText);

// A guiding question names a topic only as "What are the X of Y?": what is left once that opening goes must
// be a noun phrase. A session page's questions ("• Should all initiatives agree on one topic?", "• In terms
// of joint work, what worked well?", "• What should be the nature of …?", "• What is or could be the role …?")
// ask for an opinion or a recommendation: a modal or auxiliary opening, a second question word or a clause
// joined by "or" is no topic.
const QUESTION_LEFT =
  /^(?:(?:should|shall|can|could|would|will|may|might|must|do|does|did|is|are|was|were|has|have|had)\b|(?:or|and)\s)|\b(?:what|how|why|which|whether|who|where|when)\b/i;

// An aside in brackets goes, a bracket inside it first: "• technology (e.g. whether … characterised as
// artificial intelligence (AI)/autonomous systems; … etc.);" (a dig.watch page on the CCW expert group's
// agenda) left "Technology/autonomous systems; … etc.)" when the first ")" closed the aside.
const INNER_BRACKET = /\s*\([^()]*\)/g;

function cleanText(raw: string): string | undefined {
  const question = /\?[\s\W]*$/.test(raw);
  const opened = raw.replace(/^[\s*•·▪◦–-]*(?:\(?[a-z]{1,4}\)|[A-Z]\.|\d+\.)?\s*/, '');
  const rest = opened.replace(/^What\s+(?:are|is)\s+(?:the\s+)?/i, '');
  if (question && QUESTION_LEFT.test(rest)) return undefined;
  let t = raw
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    // A bullet alone ("• the mutual interaction of …", a CSTD panel's sub-themes) or before a number.
    .replace(/^\s*[-•·▪◦–]\s+(?![a-z]{1,4}\)|[A-Z]\.\s|\d+\.\s)/, '')
    .replace(/^\s*[-•]?\s*(?:\(?[a-z]{1,4}\)|[A-Z]\.|\d+\.)\s+/, '')
    .replace(INNER_BRACKET, '')
    .replace(INNER_BRACKET, '')
    .replace(/^(?:Theme|Topic|Issue)\s*\d*\s*:\s*/i, '')
    .replace(/^Replies (?:related )?to (?:the )?/i, '')
    .replace(/^(?:What (?:are|is) (?:the )?)/i, '')
    .replace(/[;,.:?!]+\s*(?:and|or)?\s*$/i, '')
    .replace(/\s+(?:and|or)$/i, '')
    .trim();
  // A question word left at the start opens a question even when the copy lost its mark: "• What preventive
  // measures could states take to … effective confl" (a concept note's questions for an Arria-formula meeting,
  // the page cut mid-word) names no topic; "What are the X of Y" lost its opening above.
  if (t.length < 4 || t.length > 200 || /^(?:Taking|How|Why|Which|Who|When|What)\b/i.test(t))
    return undefined;
  if (t.split(' ').length > 30) return undefined;
  t = capitalise(t);
  return t;
}

/** The gazetteer theme the whole text names, else a new theme id. */
export function themeIdFor(g: Gazetteer, name: string): { readonly id: string; readonly name: string } {
  let byName = themeIds.get(g);
  if (!byName) {
    byName = memoByString((n) => matchTheme(g, n));
    themeIds.set(g, byName);
  }
  return byName(name);
}

const themeIds = new WeakMap<Gazetteer, (name: string) => { readonly id: string; readonly name: string }>();

function matchTheme(g: Gazetteer, name: string): { readonly id: string; readonly name: string } {
  const m = g.match(name).find((x) => x.entry.type === 'Theme' && x.start === 0 && x.end >= name.length - 1);
  return m ? { id: m.entry.id, name: m.entry.name } : { id: idFor('Theme', name), name };
}
