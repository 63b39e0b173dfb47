// Groups and gatherings within a process (MODEL.md PART_OF): a working group or
// meeting named "… on <topic> …" belongs to the process the gazetteer says
// covers that topic: the "Working Group on Enhanced Cooperation" and the
// "meeting on enhanced cooperation on public policy issues pertaining to the
// Internet" are part of the process towards enhanced cooperation (Tunis Agenda
// ¶69–71). The meetings of such a group are part of the group, not the process.
// A gathering named after a process itself ("high-level event on WSIS+20",
// "consultation on the WSIS+20 review": CSTD intersessional panel report ¶36)
// is a step of that process; not an edition of a yearly one (the IGF's own
// meetings are found by meetings.ts).

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { addEdge, addNode, type DocContext, type Mention, mentionsIn, sourceAt } from '../context.ts';
import { entryNode } from './gazetteer-mentions.ts';

interface Topic {
  readonly entry: GazetteerEntry;
  readonly re: RegExp;
  /** The topic right after a name: "the third Ministerial Conference" + " on the Information Society in …". */
  readonly after: RegExp;
}

const topicsCache = new WeakMap<object, Topic[]>();

function coveredTopics(ctx: DocContext): Topic[] {
  let list = topicsCache.get(ctx.gazetteer);
  if (!list) {
    list = ctx.gazetteer.entries.flatMap((entry) =>
      (entry.covers ?? []).map((t) => {
        const words = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
        return {
          entry,
          re: new RegExp(`\\bon\\s+${words}\\b`, 'i'),
          after: new RegExp(`^\\s+on\\s+${words}\\b`, 'i'),
        };
      }),
    );
    topicsCache.set(ctx.gazetteer, list);
  }
  return list;
}

export function processMembersRule(ctx: DocContext): void {
  meetingsOnProcesses(ctx);
  const topics = coveredTopics(ctx);
  if (topics.length === 0) return;
  // A meeting already part of a working group or of another meeting belongs to it, not to the process.
  const nested = new Set(
    ctx.claims.edges
      .filter((e) => e.type === 'PART_OF' && /^(?:workinggroup|meeting):/.test(e.to))
      .map((e) => e.from),
  );
  const done = new Set<string>();
  for (const m of ctx.mentions) {
    if ((m.type !== 'WorkingGroup' && m.type !== 'Meeting') || done.has(m.id) || nested.has(m.id)) continue;
    // The words as written must name the topic ("WGEC" alone does not say what it is on).
    // A gathering named by its ordinal ("The third Ministerial Conference on the Information Society in Latin
    // America and the Caribbean, held in Lima …", LC/G.2491 ¶1): its topic follows the words read as its name.
    const tail = m.type === 'Meeting' ? ctx.doc.text.slice(m.end, Math.min(m.passage.end, m.end + 120)) : '';
    let upTo = m.end;
    let hit = topics.find((t) => t.re.test(m.surface));
    if (!hit && tail) {
      hit = topics.find((t) => t.after.test(tail));
      if (hit) upTo = m.end + hit.after.exec(tail)![0].length;
    }
    if (!hit) continue;
    done.add(m.id);
    const source = sourceAt(ctx, m.passage, m.start, upTo);
    const e = hit.entry;
    addNode(ctx, entryNode(e, source), 'process-members');
    addEdge(ctx, { type: 'PART_OF', from: m.id, to: e.id, source }, 'process-members');
  }
}

const ON_PROCESS = /\b(?:event|meeting|consultations?|dialogue|deep[- ]dive)\s+on\s+(?:the\s+)?$/i;

/** "High-level event on WSIS+20": a gathering named after a process (the name ends with it) is part of it. */
function meetingsOnProcesses(ctx: DocContext): void {
  const done = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.type !== 'Meeting' || done.has(m.id)) continue;
    done.add(m.id);
    const named = processNamed(ctx, m.name);
    const after = named ? undefined : processAfterName(ctx, m);
    const entry = named ?? after?.entry;
    if (!entry) continue;
    const source = sourceAt(ctx, m.passage, m.start, after?.end ?? m.end);
    addNode(ctx, entryNode(entry, source), 'process-members:named');
    addEdge(ctx, { type: 'PART_OF', from: m.id, to: entry.id, source }, 'process-members:named');
  }
}

// The process's acronym in brackets at the end of a gathering's topic names the whole topic: "High-Level
// Meeting on the Twenty-Year Review of the World Summit on the Information Society (WSIS+20)" (UN News,
// 16 December 2025) is part of the WSIS+20 review, not of the Summit its words end with.
const BRACKETED = /\s*\(([^()]{2,16})\)$/;
const ON_TOPIC = /\b(?:event|meeting|consultations?|dialogue|deep[- ]dive)\s+on\s/i;

/** The (not annual) process a gathering's name says it is on, or none. */
function processNamed(ctx: DocContext, name: string): GazetteerEntry | undefined {
  const bracket = BRACKETED.exec(name);
  if (bracket && ON_TOPIC.test(name.slice(0, bracket.index))) {
    const whole = ctx.gazetteer
      .match(bracket[1]!)
      .find((x) => x.entry.type === 'Process' && x.start === 0 && x.end === bracket[1]!.length);
    if (whole) return whole.entry.annual ? undefined : whole.entry;
  }
  const hit = ctx.gazetteer
    .match(name)
    .find((x) => x.entry.type === 'Process' && /^(?:\s+(?:review|process))?$/i.test(name.slice(x.end)));
  if (!hit || hit.entry.annual || !ON_PROCESS.test(name.slice(0, hit.start))) return undefined;
  return hit.entry;
}

// The topic may follow the gathering's name and its holder: "the high-level plenary meeting of the General
// Assembly on the 20-year review of the implementation of the outcomes of the World Summit on the Information
// Society" (the WSIS+20 outcome document's preamble; review-names.ts reads the review) is part of WSIS+20. The
// holder is a body the text names ("of the General Assembly"), then "on", then the process: not "a meeting of
// the Commission on Science and Technology", whose "on" is inside the body's name.
const HOLDER_ON = /^\s+of\s+(?:the\s+)?$/;
const ON_AFTER = /^\s+on\s+(?:the\s+)?$/;

/** The (not annual) process named after a meeting's name and its holder's, and where it ends. */
function processAfterName(ctx: DocContext, m: Mention): { entry: GazetteerEntry; end: number } | undefined {
  const text = ctx.doc.text;
  if (!/^\s+o[fn]\s/.test(text.slice(m.end, m.end + 4))) return undefined;
  const near = mentionsIn(ctx, m.end, Math.min(m.passage.end, m.end + 160));
  let at = m.end;
  const holder = near.find((x) => x.type === 'Organization' && x.start > m.end);
  if (holder && HOLDER_ON.test(text.slice(m.end, holder.start))) at = holder.end;
  const process = near.find((x) => x.type === 'Process' && x.start >= at);
  if (!process || !ON_AFTER.test(text.slice(at, process.start))) return undefined;
  const entry = ctx.gazetteer.byId.get(process.id);
  return entry && !entry.annual ? { entry, end: process.end } : undefined;
}
