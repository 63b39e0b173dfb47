// Presentations exported to text: many "•" bullets, no numbered paragraphs,
// and each slide title on its own short line indented by one to three spaces.
// One such line alone is a web page's section heading, not a deck: the IGF Leadership Panel's Terms of
// Reference page ("Terms of Reference …", nine "•" duties, " Individual member responsibilities") was
// read as a one-slide presentation, every quote located at "slide 1".

import type { Line } from './classify.ts';

export function slideTitles(lines: readonly Line[]): Set<number> {
  const bullets = lines.filter((l) => l.kind === 'bullet').length;
  const paras = lines.filter((l) => l.kind === 'para').length;
  const out = new Set<number>();
  if (bullets < 8 || paras > 2) return out;
  for (const l of lines) {
    const t = l.text;
    if (/^ {1,3}[^\s•▪◦‣-]/.test(t) && t.trim().length <= 60 && l.kind !== 'bullet') out.add(l.no);
  }
  return out.size >= 2 ? out : new Set();
}
