// Themes named only in passing are not what a document is about: a gazetteer
// theme that no relationship uses is kept only when the document names it at
// least three times, in a heading, list or table line, or after "themes:".

import type { DocContext } from '../context.ts';

const MIN_MENTIONS = 3;
const SHORT_LINE = 60;
// A web page's footer links are short lines and no headings: "Privacy Notices", "Privacy Policy", "Cookie
// settings", "Top - Copyright … All Rights Reserved" (the foot of ITU's WSIS pages of 2006–2015) name a site's
// terms, not a theme of the page.
const FOOTER_LINK =
  /^(?:(?:Privacy|Cookies?|Data protection)\s+(?:notices?|polic(?:y|ies)|statements?|settings|preferences)|Terms of (?:use|service))$|\bcopyright\b|\ball rights reserved\b/i;

export function themeCleanupRule(ctx: DocContext): void {
  const used = new Set<string>();
  for (const e of ctx.claims.edges) {
    used.add(e.from);
    used.add(e.to);
  }
  const keep = new Set<string>();
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) {
    if (m.type !== 'Theme') continue;
    counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    const lineStart = ctx.doc.text.lastIndexOf('\n', m.start) + 1;
    const nl = ctx.doc.text.indexOf('\n', m.end);
    const line = ctx.doc.text.slice(lineStart, nl < 0 ? undefined : nl).trim();
    if (line.length <= SHORT_LINE && !FOOTER_LINK.test(line)) keep.add(m.id);
    // Named as a theme: "… the themes of the 20th IGF: digital cooperation, internet fragmentation …".
    const before = ctx.doc.text.slice(Math.max(lineStart, m.start - 160), m.start);
    if (/\b(?:themes?|topics?|issues?|priorit(?:y|ies))\b[^.;]*:[^.;]*$/i.test(before)) keep.add(m.id);
  }
  for (const [id, n] of counts) if (n >= MIN_MENTIONS) keep.add(id);
  // One pass that keeps the rest in order, in the same array (a splice per removed theme was
  // quadratic in a long document's claims).
  const nodes = ctx.claims.nodes;
  let kept = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === 'Theme' && n.rule === 'gazetteer' && !used.has(n.id) && !keep.has(n.id)) continue;
    nodes[kept++] = n;
  }
  nodes.length = kept;
}
