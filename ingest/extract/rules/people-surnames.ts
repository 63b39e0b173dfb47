// A name written short in a document ("Mr. Major", "Mr. Mulet Lind") resolved
// to the one person of the document or the batch it can be (rules/people.ts,
// people-known.ts): by surname, or by the last words of a longer name.

import { nameTokens, sameByShortForm, samePerson } from '../../resolve/names.ts';
import { claimsRemoved, type DocContext, type KnownPerson } from '../context.ts';

// People by each word of their name after the first, built up as people are added: a report
// naming "Mr. Major" hundreds of times asked every person's name tokens each time.
interface SurnameIndex {
  n: number;
  readonly removed: number;
  readonly bySurname: Map<string, KnownPerson[]>;
}
const indexes = new WeakMap<object, SurnameIndex>();

function surnameIndex<T>(
  key: object,
  list: readonly T[],
  person: (x: T) => KnownPerson | undefined,
  removed = 0,
) {
  let ix = indexes.get(key);
  // Claims taken back (removeNodeClaim): start again.
  if (!ix || ix.removed !== removed) {
    ix = { n: 0, removed, bySurname: new Map() };
    indexes.set(key, ix);
  }
  for (; ix.n < list.length; ix.n++) {
    const k = person(list[ix.n]!);
    if (!k) continue;
    for (const t of new Set(nameTokens(k.name).slice(1))) {
      const hits = ix.bySurname.get(t);
      if (hits) hits.push(k);
      else ix.bySurname.set(t, [k]);
    }
  }
  return ix.bySurname;
}

export function knownBySurname(ctx: DocContext, surname: string): KnownPerson | undefined {
  const s = nameTokens(surname).join(' ');
  const local = surnameIndex(
    ctx.claims.nodes,
    ctx.claims.nodes,
    (n) => (n.type === 'Person' ? { id: n.id, name: n.name } : undefined),
    claimsRemoved(ctx),
  );
  const known = surnameIndex(ctx.known, ctx.known, (k) => k);
  for (const index of [local, known]) {
    const hits = index.get(s) ?? [];
    if (hits.length >= 1 && new Set(hits.map((h) => h.id)).size === 1) return hits[0];
    const one = onePerson(hits);
    if (one) return one;
  }
  return undefined;
}

/**
 * Names of one person written two ways ("Mr. Vint Cerf", "Mr. Vinton G. Cerf"): the fullest, which entity
 * resolution keeps; undefined when two of them may be different people.
 */
function onePerson(hits: readonly KnownPerson[]): KnownPerson | undefined {
  if (hits.length < 2) return undefined;
  const words = (k: KnownPerson) => k.name.split(/\s+/).length;
  const best = hits.reduce((a, b) => (words(b) > words(a) ? b : a));
  // Every two of them, not each with the fullest: "Chris Smith" fits both "Christopher" and "Christine Smith".
  const same = (a: KnownPerson, b: KnownPerson) =>
    a.id === b.id ||
    samePerson(a.name, b.name) !== undefined ||
    sameByShortForm(a.name, b.name) !== undefined;
  return hits.every((a, i) => hits.every((b, j) => j <= i || same(a, b))) ? best : undefined;
}

// The last two or more words of each name of three or more words named with an honorific in the document
// (Spanish and Portuguese double surnames: "Mr. David Mulet Lind", then "Mr. Mulet Lind").
const tailIndex = new WeakMap<DocContext, Map<string, KnownPerson>>();

export function tails(ctx: DocContext): Map<string, KnownPerson> {
  let t = tailIndex.get(ctx);
  if (!t) {
    t = new Map();
    tailIndex.set(ctx, t);
  }
  return t;
}

export function addTails(ctx: DocContext, id: string, name: string): void {
  const words = name.split(' ');
  const t = tails(ctx);
  for (let k = 1; k + 2 <= words.length; k++) {
    // A first name and an initial are not a surname ("Mr. Vyacheslav V. Erokhin" is not "Mr. V. Erokhin").
    if (/^\p{Lu}\.$/u.test(words[k]!)) continue;
    const tail = words.slice(k).join(' ');
    if (!t.has(tail)) t.set(tail, { id, name });
  }
}

// "Ms. Major (Hungary)" after "Mr. Peter Major": another person of the same surname (summary records
// name delegates by surname alone), not Peter Major.
const MALE = new Set(['Mr.']);
const FEMALE = new Set(['Ms.', 'Mrs.', 'Mme', 'Mlle']);
export function otherGender(known: unknown, written: string | undefined): boolean {
  if (typeof known !== 'string' || !written) return false;
  return (MALE.has(known) && FEMALE.has(written)) || (FEMALE.has(known) && MALE.has(written));
}
