// How a document refers back to the group it is about ("WGEC", "the Working Group", "the group", "the
// Panel"), and a standing group the gazetteer knows (the ITU Council's CWG-Internet, set up in 2011):
// the years of one meeting report are not its span. Used by working-groups.ts.

import { initials } from '../../resolve/names.ts';
import { props } from '../claims.ts';
import {
  addMention,
  addNode,
  type DocContext,
  type Mention,
  mentionsCovering,
  sourceAt,
} from '../context.ts';
import { matchesOf } from '../matches.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

/** How a document refers back to its group: "the Working Group", "the group", "the Panel". */
export function genericNames(name: string): string {
  if (/Panel\b/.test(name)) return '[Tt]he [Pp]anel';
  // "the Open-ended Working Group" (UN Web TV on the OEWG 2019–2021).
  if (/^Open-ended\b/i.test(name)) return '[Tt]he (?:[Oo]pen-[Ee]nded )?(?:[Ww]orking )?[Gg]roup';
  // "the Ad Hoc Committee" (UNODC's and stakeholders' pages on the Ad Hoc Committee to Elaborate a … Convention
  // on … Criminal Purposes): a negotiating committee named by its head.
  if (/^Ad Hoc Committee\b/.test(name)) return '[Tt]he [Aa]d [Hh]oc [Cc]ommittee';
  return '[Tt]he (?:Working )?[Gg]roup';
}

/** Initials counting each part of a hyphenated word: "Open-ended Working Group" → "OEWG". */
function compoundInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) =>
      w
        .split('-')
        .map((x) => x.charAt(0).toUpperCase())
        .join(''),
    )
    .join('');
}

// A standing group named once, past the masthead, is named in passing: "The meeting was chaired by Prof
// V.Minkin (Russian Federation), Chairman of the Council Working Group on WSIS" (the chairman's outcomes of
// the WSIS+10 preparatory platform's first meeting) is no report of that group, and "the first physical
// meeting of the Multistakeholder Preparatory Platform" is not its first meeting.
const MASTHEAD_CHARS = 400;

function inPassing(ctx: DocContext, m: Mention): boolean {
  return m.start >= MASTHEAD_CHARS && !ctx.mentions.some((x) => x.id === m.id && x !== m);
}

/**
 * The document is about a standing group the gazetteer names: "the Group", "the Working Group" are it. A
 * group named in passing is only that group: its node, and its acronym.
 */
export function standingGroup(ctx: DocContext, m: Mention): void {
  const e = ctx.gazetteer.byId.get(m.id)!;
  const about = !inPassing(ctx, m);
  if (about) {
    ctx.state.set('workingGroup', e.id);
    ctx.state.set('workingGroupAcronym', e.acronym ?? initials(e.name));
  }
  addNode(
    ctx,
    {
      id: e.id,
      type: 'WorkingGroup',
      name: e.name,
      properties: props({ acronym: e.acronym, startYear: e.startYear, endYear: e.endYear }),
      source: sourceAt(ctx, m.passage, m.start, m.end),
    },
    'working-groups:standing',
  );
  acronymMentions(ctx, e.acronym ?? initials(e.name), e.id, about ? genericNames(e.name) : '(?!)');
  // A group the gazetteer gives no acronym is also written with the initials of each part: "the OEWG".
  const compound = compoundInitials(e.name);
  if (!e.acronym && compound !== initials(e.name) && compound.length >= 3)
    acronymMentions(ctx, compound, e.id, '(?!)');
  // The document's own short form in brackets, the first initials of the name: "decided … to establish an
  // open-ended Group of Governmental Experts (GGE) related to emerging technologies in the area of lethal
  // autonomous weapons systems … The GGE will be chaired by Ambassador X" (the CCW final report, 2017). The
  // gazetteer gives the group no acronym: "GGE" names every such group, so only where the text says so.
  const own = bracketedShortForm(ctx, m, e.name);
  if (own && own !== e.acronym) acronymMentions(ctx, own, e.id, '(?!)');
}

const IN_NAME = /\(([A-Z]{3,6})\)/;
const AFTER_NAME = /^\s*\(([A-Z]{3,6})\)/;

/** A bracketed short form in or right after the group's mention that its name's initials begin with. */
function bracketedShortForm(ctx: DocContext, m: Mention, name: string): string | undefined {
  const short = IN_NAME.exec(m.surface)?.[1] ?? AFTER_NAME.exec(ctx.doc.text.slice(m.end, m.end + 12))?.[1];
  return short && initials(name).startsWith(short) ? short : undefined;
}

// The words of both generic names (genericNames), in any case.
const GENERIC_WORDS = triggerWords([
  'the group',
  'the working group',
  'the panel',
  'open-ended working group',
  'ad hoc committee',
]);

// "the first OEWG, established pursuant to General Assembly Resolution 73/27, which concluded its work in
// 2021" (the OEWG 2021–2025's progress report, para. 2) is the group before the one the document is about.
const EARLIER_GROUP = /\b(?:first|previous|preceding|earlier|former|prior|last)\s+$/i;

/** "WGEC", "the Working Group", "the group" ("the Panel") → the group the document is about. */
export function acronymMentions(ctx: DocContext, acronym: string, id: string, generic: string): void {
  // Not the first words of another group's name ("the Working Group on Enhanced Cooperation").
  const re = new RegExp(`(?<![\\d–-]\\s?)\\b${acronym}\\b|\\b${generic}\\b(?!\\s+on\\s+[A-Z])`, 'g');
  // A match holds the acronym as written or one of the generic names: other passages are not searched
  // (an acronym with other characters than letters, digits and hyphens is searched everywhere).
  const plain = /^[\w-]+$/.test(acronym);
  for (const p of ctx.passages) {
    if (plain && !p.text.includes(acronym) && !hasTrigger(p, GENERIC_WORDS)) continue;
    for (const m of matchesOf(re, p.text)) {
      const start = p.start + m.index;
      if (mentionsCovering(ctx, start).some((x) => x.type === 'WorkingGroup')) continue;
      if (EARLIER_GROUP.test(p.text.slice(Math.max(0, m.index - 24), m.index))) continue;
      addMention(ctx, {
        id,
        type: 'WorkingGroup',
        name: acronym,
        start,
        end: start + m[0].length,
        surface: m[0],
        passage: p,
      });
    }
  }
}
