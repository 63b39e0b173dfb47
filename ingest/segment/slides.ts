// Presentations exported to text: many "•" bullets, no numbered paragraphs,
// and each slide title on its own short line indented by one to three spaces.

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
  return out;
}
