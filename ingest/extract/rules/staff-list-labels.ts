// A body's people listed under a label line that names the body, one honorific name a bullet, the way the
// IGF's intersessional pages set out who supports a Best Practice Forum or Policy Network:
//   "• Consultant IGF Secretariat" / "    • Mr A Example"  → A AFFILIATED_WITH the IGF Secretariat, Consultant
//   "IGF Secretariat" / "• Ms B Sample" / "• Mr C Test"      → B and C AFFILIATED_WITH the IGF Secretariat
// The label is the body's name alone or with one staff post (consultant, adviser, officer, focal point),
// nothing else: "MAG BPF co-facilitators" (the same page) names the group the people co-facilitate and the
// body they come from, a relation this shape cannot tell, so it is left alone, as is a label with no body
// ("Speakers") or a Member State ("Kenya" over a delegation's list is no employer). Each person line holds
// only a Person mention and its honorific; the run ends at the first other line. The quote runs from the
// label to the person (MODEL.md Provenance: the words that support it). Runs after the people rules, so
// the names are mentions already (rule-order.ts RULES).

import { addEdge, type DocContext, type Mention, mentionsIn, passageAt } from '../context.ts';
import { quoteIn } from '../quote.ts';
import { isMemberState } from './body-kinds.ts';

const BULLET = /^([^\S\n]*)[•·▪‣*-][^\S\n]+/;
// Cheap gate: a bullet line opening with an honorific.
const GATE = /^[^\S\n]*[•·▪‣*-][^\S\n]+(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[^\S\n]/m;
// The staff post a label may add to the body's name, before or after it.
const POST = /^(?:(consultants?|advis[eo]rs?|officers?|focal\s+points?)|staff|team)$/i;
const HONORIFIC = /^(?:(?:H\.\s?E\.|Mr|Ms|Mrs|Mx|Dr|Prof|Professor|Ambassador)\.?\s+)*$/;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly indent: number;
  readonly bullet: boolean;
  /** Where the words start, after any bullet. */
  readonly from: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const b = BULLET.exec(raw);
    const lead = b ? b[0].length : (/^\s*/.exec(raw)?.[0].length ?? 0);
    out.push({
      start,
      end: start + raw.trimEnd().length,
      indent: b ? b[1]!.length : lead,
      bullet: !!b,
      from: start + lead,
    });
    start += raw.length + 1;
  }
  return out;
}

const singular = (post: string): string =>
  post
    .toLowerCase()
    .replace(/s$/, '')
    .replace(/\s+/g, ' ')
    .replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** The body a label line names and the post it adds (undefined when the line is no such label). */
function labelOf(ctx: DocContext, l: Line): { body: Mention; title?: string } | undefined {
  if (l.end - l.from > 80 || l.end <= l.from) return undefined;
  const text = ctx.doc.text;
  const bodies = mentionsIn(ctx, l.from, l.end).filter(
    (x) => x.end <= l.end && (x.type === 'Organization' || x.type === 'WorkingGroup'),
  );
  if (bodies.length !== 1 || isMemberState(ctx, bodies[0]!.id)) return undefined;
  const body = bodies[0]!;
  const rest = `${text.slice(l.from, body.start)} ${text.slice(body.end, l.end)}`
    .trim()
    .replace(/:$/, '')
    .trim();
  if (rest === '') return { body };
  const post = POST.exec(rest);
  if (!post) return undefined;
  return { body, title: post[1] ? singular(post[1]) : undefined };
}

/** The Person a bullet line holds alone (after its honorific), or undefined. */
function personOf(ctx: DocContext, l: Line): Mention | undefined {
  if (!l.bullet) return undefined;
  const people = mentionsIn(ctx, l.from, l.end, 'Person').filter((x) => x.end <= l.end);
  const person = people[people.length - 1];
  if (!person || person.end !== l.end) return undefined;
  return HONORIFIC.test(ctx.doc.text.slice(l.from, person.start)) ? person : undefined;
}

export function staffListLabelsRule(ctx: DocContext): void {
  const text = ctx.doc.text;
  if (!GATE.test(text)) return;
  const lines = linesOf(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    const label = lines[i]!;
    const first = lines[i + 1]!;
    // A bulleted label has its people one level further in.
    if (label.bullet && !(first.bullet && first.indent > label.indent)) continue;
    if (!personOf(ctx, first)) continue;
    const found = labelOf(ctx, label);
    if (!found) continue;
    const p = passageAt(ctx, label.from);
    if (!p) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.indent !== first.indent) break;
      const person = personOf(ctx, line);
      if (!person) break;
      const source = {
        document: ctx.info.id,
        locator: p.locator,
        quote: quoteIn(text, label.from, person.end, label.from, person.end),
      };
      const properties = found.title ? { title: found.title } : undefined;
      addEdge(
        ctx,
        { type: 'AFFILIATED_WITH', from: person.id, to: found.body.id, properties, source },
        'staff-list-labels',
      );
    }
  }
}
