// Names from the gazetteer (bodies, processes, instruments, Member States,
// themes) found in each passage, with canonical ids; plus "the Commission",
// "the Council", "the Assembly", "the Secretariat", "the Panel" resolved to the last body
// whose name has that word (issue 3, item 5: resolution from context).

import type { Source } from '../../../cypher/model/graph.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { props } from '../claims.ts';
import {
  addMention,
  addNode,
  type DocContext,
  lastMentionBefore,
  type Mention,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { acronymOfOtherName } from './acronym-other-name.ts';
import { INNER_ACRONYM, innerAcronymMatches } from './gazetteer-inner-acronyms.ts';
import { wrappedName, wrappedSource } from './gazetteer-wraps.ts';
import { hyphenedAcronym, hyphenedPlace } from './hyphened-acronym.ts';
import { indefiniteGroup } from './indefinite-groups.ts';
import { localInitiative, markLocalForumBody, ofLocalForum } from './local-initiatives.ts';
import { localeCountry } from './locale-labels.ts';
import { anotherPlan } from './other-plans.ts';
import { notTheUnSecretaryGeneral, SECRETARY_GENERAL } from './own-secretary-general.ts';
import { ROOM_WORDS, roomName } from './room-names.ts';
import { shortNameMentions } from './short-names.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// "the Panel" in capitals: a body such as the IGF Leadership Panel named before (a lower-case "the panel"
// is as often a session's panel of speakers). "on", "of", "for" after it start a longer name ("the
// Commission on …"), but not "for its": "was elected Chair of the Commission for its twenty-second
// session" (CSTD session reports) is the Commission named before.
// "the Advisory Group" after the Multistakeholder Advisory Group is named (the MAG renewal press releases,
// PI/1846: "… has been asked to continue as the Chairman of the Advisory Group").
const ANAPHORA =
  /\b[Tt]he (Commission|Council|Assembly|Secretariat|secretariat|Forum|Panel|Advisory Group)\b(?! (?:on|of)\b| for\b(?! its\b))/g;
// A passage without one of its nouns is not searched (most are not: four in five of the bench's lines).
const ANAPHORA_WORDS = triggerWords([
  'commission',
  'council',
  'assembly',
  'secretariat',
  'forum',
  'panel',
  'advisory group',
]);

// The same entries are named thousands of times in a batch: their properties are worked out once
// (claims never modify their properties).
const entryProps = new WeakMap<GazetteerEntry, ReturnType<typeof propertiesOf>>();

export function entryProperties(e: GazetteerEntry) {
  let p = entryProps.get(e);
  if (!p) {
    p = propertiesOf(e);
    entryProps.set(e, p);
  }
  return p;
}

function propertiesOf(e: GazetteerEntry) {
  if (e.type === 'Organization') return props({ kind: e.kind ?? 'other', acronym: e.acronym });
  if (e.type === 'Resolution') return props({ kind: e.rkind ?? 'outcome-document' });
  if (e.type === 'Process') return props({ acronym: e.acronym, startYear: e.startYear, endYear: e.endYear });
  // A group's years are the gazetteer's, wherever it is named: "Former Chair of the Open-ended working group on
  // developments in the field of information and telecommunications …" in a page whose first group is another
  // (a cyber-diplomacy event page naming the GGE first) left the OEWG 2019–2021 without them.
  if (e.type === 'WorkingGroup')
    return props({ acronym: e.acronym, startYear: e.startYear, endYear: e.endYear });
  // A summit the gazetteer dates (the Summit of the Future) is dated wherever it is named.
  if (e.type === 'Meeting') return props({ startDate: e.startDate, endDate: e.endDate });
  return {};
}

/** The node claim a gazetteer entry gives, cited at `source`. */
export function entryNode(e: GazetteerEntry, source: Source) {
  return { id: e.id, type: e.type, name: e.name, properties: entryProperties(e), source };
}

// A body named after a national or regional IGF is that initiative's, not the Forum's: "Lillian Nalwoga,
// African IGF MAG Chair" (IGF page of regional initiatives), "the Kenya IGF Secretariat". Only a passage
// holding "IGF" is searched (IGF_WORDS): each body named elsewhere cost a copy and an expression.
const IGF_WORDS = triggerWords(['igf']);
function localIgfBody(ctx: DocContext, text: string, at: number, start: number): boolean {
  const igf = /\bIGF\s+$/.exec(text.slice(Math.max(0, at - 8), at));
  const igfAt = text.startsWith('IGF', at) ? start : igf ? start - igf[0].length : -1;
  return igfAt >= 0 && localInitiative(ctx, { start: igfAt });
}

const IGF_BODY = 'organization:igf-';

// A name written as the gazetteer writes it has no other alias: one empty list for all of them.
const NO_ALIASES: readonly string[] = Object.freeze([]);

export function gazetteerRule(ctx: DocContext): void {
  // Where the name wrapped over the last passage's end stops in this one (gazetteer-wraps.ts).
  let carried = -1;
  const ps = ctx.passages;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const igf = hasTrigger(p, IGF_WORDS);
    const rooms = hasTrigger(p, ROOM_WORDS);
    const plain = ctx.gazetteer.match(p.text);
    // INNER_ACRONYM holds a bracket: a passage without one is not searched.
    const inner = p.text.includes('(') && INNER_ACRONYM.test(p.text);
    let found = inner ? [...plain, ...innerAcronymMatches(ctx, p.text, plain)] : plain;
    // Not when a name this passage reads opens before it and runs into it: that longer name stands.
    const wrap = wrappedName(ctx, p, ps[i + 1]);
    const wrapped = wrap && !found.some((m) => m.start < wrap.start && m.end > wrap.start) ? wrap : undefined;
    if (carried > p.start || wrapped) {
      const head = carried - p.start;
      found = found.filter((m) => m.start >= head && !(wrapped && m.end > wrapped.start));
      if (wrapped) found.push(wrapped);
    }
    carried = wrapped ? p.start + wrapped.end : -1;
    for (const m of found) {
      const e = m.entry;
      const start = p.start + m.start;
      // "the Kenya IGF", "the Youth IGF": a national or regional initiative, not the Forum itself.
      if (e.type === 'Process' && e.annual && localInitiative(ctx, { start })) continue;
      if (e.id === SECRETARY_GENERAL && notTheUnSecretaryGeneral(ctx, p.text, m.start, m.surface)) continue;
      if (e.type === 'Organization' && igf && localIgfBody(ctx, p.text, m.start, start)) continue;
      // "the Arab Multistakeholder Advisory Group (AMAG)" (ESCWA's newsletter on the Arab IGF, 2014): a region's
      // or a nation's qualifier before one of the Forum's own bodies makes it that local forum's body.
      // Its acronym then names that body too, in the brackets after it and later on: "the Arab Multistakeholder
      // Advisory Group (MAG) … adopting the MAG terms of reference" (ESCWA news on the Arab IGF, 2012).
      if (e.type === 'Organization' && e.id.startsWith(IGF_BODY) && localInitiative(ctx, { start })) {
        markLocalForumBody(ctx, e.id);
        continue;
      }
      if (e.kind === 'member-state' && localeCountry(p.text, m.start)) continue;
      // "had a Working Group on Internet Governance": a kind of group, not the known one (indefinite-groups.ts).
      if (indefiniteGroup(e, p.text, m.start, m.surface)) continue;
      if (e.type === 'Resolution' && anotherPlan(p.text, m.start, m.end, m.surface)) continue;
      // "the Economic and Social Council Chamber": a room, not the Council.
      if (e.type === 'Organization' && rooms && roomName(p.text, m.end)) continue;
      if (e.type === 'Organization' && hyphenedAcronym(p.text, m.end, m.surface === e.acronym)) continue;
      if (e.type === 'Organization' && hyphenedPlace(p.text, m.start)) continue;
      if (e.acronym && acronymOfOtherName(p.text, m.start, m.surface, e)) continue;
      if (e.type === 'Organization' && ofLocalForum(ctx, e.id, p.start + m.end, m.surface === e.acronym))
        continue;
      addMention(ctx, {
        id: e.id,
        type: e.type,
        name: e.name,
        start,
        end: p.start + m.end,
        surface: m.surface,
        passage: p,
      });
      addNode(
        ctx,
        {
          id: e.id,
          type: e.type,
          name: e.name,
          aliases: m.surface !== e.name ? [m.surface] : NO_ALIASES,
          properties: entryProperties(e),
          source:
            m === wrapped
              ? wrappedSource(ctx, p, ps[i + 1]!, start, p.start + m.end)
              : sourceAt(ctx, p, start, p.start + m.end),
          at: start,
        },
        'gazetteer',
      );
    }
    shortNameMentions(ctx, p, found);
    if (!hasTrigger(p, ANAPHORA_WORDS)) continue;
    for (const a of matchesOf(ANAPHORA, p.text)) {
      if (found.some((m) => a.index < m.end && a.index + a[0].length > m.start)) continue;
      const word = a[1]!.toLowerCase();
      const start = p.start + a.index;
      const target = lastMentionBefore(
        ctx,
        start,
        (m: Mention) => m.type === 'Organization' && m.name.toLowerCase().includes(word),
      );
      if (!target) continue;
      addMention(ctx, { ...target, start, end: start + a[0].length, surface: a[0], passage: p });
    }
  }
}
