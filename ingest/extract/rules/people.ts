// People: an honorific and a capitalised name ("Ms. Shamika N. Sirimanne",
// "Ambassador Benedicto Fonseca Filho", "Professor Omid Maghazei"), a name
// under "(signed)", a surname alone ("Mr. Major") resolved to the person of
// that surname, and an e-mail address resolved to the named person it
// belongs to. Each full mention's affiliation chain gives AFFILIATED_WITH. The name's grammar:
// people-name-grammar.ts.

import type { Passage } from '../../types.ts';
import { idFor, props } from '../claims.ts';
import { addMention, addNode, claimedProperty, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { nameFromCapitals } from '../parse/name-case.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { anchoredMatches, wordStart } from './anchored-matches.ts';
import { wrappedSource } from './gazetteer-wraps.ts';
import { bodyInName, shortLineBreak } from './name-ends.ts';
import { HONORIFIC_ANCHOR, PERSON_AT } from './people-name-grammar.ts';
import { addTails, knownBySurname, otherGender, tails } from './people-surnames.ts';
import { wrappedPerson } from './people-wraps.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// A heading in capitals ("STATEMENT … BY MR. MOHAMMED AL-HADHRAMI, PERMANENT MISSION OF …"): the name
// in capitals, two to four words, ended by punctuation; written in the graph as a name is written.
const UPPER_PERSON =
  /\b(MR|MS|MRS|MX|DR|H\.\s?E\.\s+MR|H\.\s?E\.\s+MS)\.\s+([A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)*(?:\s+[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)*){1,3})(?=\s*[,;:()]|\s*$)/gm;
const UPPER_WORDS = /\b(?:MR|MS|MRS|MX|DR)\.\s+[A-Z]{2}/;
// A text that stacks a short honorific after "H.E." ("H.E. Mr Musa bin Jafar", "H.E. Mme Ruth Lerner Almea").
const STACKED_LIST = /\bH\.\s?E\.\s+(?:Mme|Mr)\b/;
// Its honorifics: a passage without one is not searched (trigger-words.ts).
const UPPER_HONORIFICS = triggerWords(['mr.', 'ms.', 'mrs.', 'mx.', 'dr.']);

export function personId(name: string): string {
  return idFor('Person', name);
}

export function peopleRule(ctx: DocContext): void {
  const ps = ctx.passages;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    for (const m of anchoredMatches(PERSON_AT, HONORIFIC_ANCHOR, p.text, 0, wordStart))
      person(ctx, m, p.start, p);
    // "Ambassador of South Africa H.E." | "Baso Sangqu (Southern Africa), …": the name opens the next passage.
    const w = wrappedPerson(ctx, p, ps[i + 1]);
    if (w) person(ctx, w.match, w.offset, p, w.next);
    if (hasTrigger(p, UPPER_HONORIFICS) && UPPER_WORDS.test(p.text)) upperPeople(ctx, p);
    signature(ctx, p, ps[i - 1]);
  }
}

/**
 * The person of match `m` of PERSON_AT in the text from `offset`, in passage `p`; when the name runs into the
 * next passage `next` (people-wraps.ts) the quote is over both and the affiliation read in `next`.
 */
function person(ctx: DocContext, m: RegExpExecArray, offset: number, p: Passage, next?: Passage): void {
  const text = ctx.doc.text;
  const written = m[1]!.replace(/\s/g, '');
  // One form per honorific: "Dr" is "Dr.".
  // "Prime Minister Sarah X", "Foreign Minister …": "Minister" ends a post, it is no honorific.
  const post =
    written === 'Minister' &&
    /\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(offset, offset + m.index - 20), offset + m.index));
  // "H.E. Mine Nina Sibal": the copy's "Mme" only in a text that stacks "H.E. Mme"/"H.E. Mr" elsewhere;
  // else "Mine" is the first name, after "H.E." (people-name-grammar.ts STACKED).
  const given = written === 'Mine' && !STACKED_LIST.test(ctx.doc.text);
  const honorific = post
    ? undefined
    : given
      ? 'H.E.'
      : /^(?:Mr|Ms|Mrs|Mx|Dr|Prof)$/.test(written)
        ? `${written}.`
        : written === 'HisExcellency' || written === 'HerExcellency'
          ? 'H.E.'
          : written.startsWith('HisEminence')
            ? 'His Eminence'
            : written === 'Amb.'
              ? 'Ambassador'
              : written === 'Hon.' || written === 'Honorable'
                ? 'Honourable'
                : /^(?:Mme|Mine)\.?$/.test(written)
                  ? 'Mme'
                  : written === 'Mlle.'
                    ? 'Mlle'
                    : written;
  const start = offset + m.index;
  const nameAt = start + m[0].length - m[2]!.length;
  const line = shortLineBreak(text, nameAt, m[2]!);
  const cut = bodyInName(ctx, nameAt, nameAt + (line ?? m[2]!.length)) ?? line;
  const name = `${given ? 'Mine ' : ''}${cut ? m[2]!.slice(0, cut) : m[2]!}`
    .replace(/\s+/g, ' ')
    .replace(/^(\p{Lu}\.)(?=\p{Lu})/u, '$1 ')
    .trim();
  const end = cut ? start + m[0].length - m[2]!.length + cut : start + m[0].length;
  const surface = text.slice(start, end);
  const source = next ? wrappedSource(ctx, p, next, start, end) : sourceAt(ctx, p, start, end);
  if (!name.includes(' ')) {
    const k = knownBySurname(ctx, name);
    if (k && !otherGender(claimedProperty(ctx, k.id, 'honorific'), honorific))
      addMention(ctx, { id: k.id, type: 'Person', name: k.name, start, end, surface, passage: p });
    return;
  }
  // "Mr. Mulet Lind" after "Mr. David Mulet Lind": the same person by the last words of the name.
  const longer = tails(ctx).get(name);
  if (longer) {
    addMention(ctx, {
      id: longer.id,
      type: 'Person',
      name: longer.name,
      start,
      end,
      surface,
      passage: p,
    });
    affiliationClaims(ctx, next ?? p, longer.id, end);
    return;
  }
  const id = personId(name);
  addTails(ctx, id, name);
  addNode(
    ctx,
    { id, type: 'Person', name, aliases: [surface], properties: props({ honorific }), source },
    'people',
  );
  addMention(ctx, { id, type: 'Person', name, start, end, surface, passage: p });
  affiliationClaims(ctx, next ?? p, id, end);
}

function upperPeople(ctx: DocContext, p: (typeof ctx.passages)[number]): void {
  for (const m of matchesOf(UPPER_PERSON, p.text)) {
    const written = m[1]!.replace(/^H\.\s?E\.\s+/, '');
    const honorific = `${written[0]}${written.slice(1).toLowerCase()}.`;
    const name = nameFromCapitals(m[2]!);
    const start = p.start + m.index;
    const end = start + m[0].length;
    const id = personId(name);
    const source = sourceAt(ctx, p, start, end);
    addNode(
      ctx,
      { id, type: 'Person', name, aliases: [m[0]], properties: props({ honorific }), source },
      'people:capitals',
    );
    addMention(ctx, { id, type: 'Person', name, start, end, surface: m[0], passage: p });
  }
}

/** "(signed)" then the signatory's name on the next line, then title lines. */
function signature(
  ctx: DocContext,
  p: (typeof ctx.passages)[number],
  prev: (typeof ctx.passages)[number] | undefined,
): void {
  if (!prev || !/^\s*\(signed\)\s*$/i.test(prev.text)) return;
  const first = /^\s*([\p{Lu}][\p{L}'’-]+(?:\s+(?:\p{Lu}\.|[\p{Lu}][\p{L}'’-]+)){1,4})\s*$/mu.exec(p.text);
  if (!first || first.index > 2) return;
  const name = first[1]!;
  const start = p.start + p.text.indexOf(name);
  const end = start + name.length;
  const id = personId(name);
  addNode(ctx, { id, type: 'Person', name, source: sourceAt(ctx, p, start, end) }, 'people:signature');
  addMention(ctx, { id, type: 'Person', name, start, end, surface: name, passage: p });
  ctx.state.set('signedBy', id);
  // Each following line is "Title, Organisation".
  let lineStart = p.start + p.text.indexOf('\n', end - p.start) + 1;
  while (lineStart > p.start && lineStart < p.end) {
    const nl = ctx.doc.text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl > p.end ? p.end : nl;
    const line = ctx.doc.text.slice(lineStart, lineEnd);
    const comma = line.indexOf(',');
    if (comma > 0) affiliationClaims(ctx, p, id, lineStart + comma, lineStart, lineEnd);
    if (lineEnd >= p.end) break;
    lineStart = lineEnd + 1;
  }
}
