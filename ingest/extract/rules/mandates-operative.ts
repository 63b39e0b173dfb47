// The operative paragraphs of the resolution or outcome being read (rules/mandates.ts): "2. Invites the
// Chair of the Commission … to convene …", "72. We ask the UN Secretary-General …". The document MANDATES
// the bodies addressed, the working groups named and the meetings and processes it sets up
// (mandates-process.ts); it ADDRESSES the themes its paragraphs name.

import { MAX_QUOTE_LENGTH, type Source } from '../../../cypher/model/graph.ts';
import { props } from '../claims.ts';
import { addEdge, type DocContext, type Mention, mentionsIn, sourceAt } from '../context.ts';
import { agentAt } from './agents.ts';
import { groupAsOwner } from './mandated-mentions.ts';
import { mandateCovered } from './mandates-covered.ts';
import { decidedAbout } from './mandates-decided-about.ts';
import { sessionBeside } from './mandates-margins.ts';
import { partnerAt } from './mandates-partners.ts';
import { permissiveAgent, plannedSession } from './mandates-plans.ts';
import { processMandated } from './mandates-process.ts';

// Operative verbs of a resolution ("2. Invites the Chair …") or of a summit outcome ("We ask the Secretary-General …").
const OPERATIVE =
  /^\s*(?:\d{1,3}\.\s+)?(?:We\s+(?:further\s+|also\s+|accordingly\s+)?)?(Requests?|Invites?|Calls? upon|Decides?|Encourages?|Urges?|Mandates?|Directs?|Instructs?|Entrusts?|Asks?|ask|request|invite|call upon|decide|encourage|urge)\s+(?:the\s+)?/;

// "launched by the", "hosted by": the words right before a passive's agent.
const PASSIVE_AGENT = /\b\w+ed\s+by\s+(?:the\s+)?$/;
// The verb's object an action or a body's activity ("the use of", "the participation of", "engagement with"):
// the bodies named in it are not the ones addressed.
const ACTION_OBJECT =
  /^(?:the\s+)?(?:use|work|role|contributions?|efforts|participation|engagement|involvement|implementation|continuation|strengthening)\s+(?:of|with|in|by)\b/i;

/** An operative paragraph of the resolution being read: "2. Invites the Chair of the Commission … to convene …". */
export function operative(ctx: DocContext, p: Mention['passage']): void {
  const self = ctx.state.get('selfResolution');
  if (!self || p.kind !== 'paragraph') return;
  // The text of a resolution or outcome is about the themes its paragraphs name.
  for (const x of mentionsIn(ctx, p.start, p.end, 'Theme'))
    addEdge(
      ctx,
      { type: 'ADDRESSES', from: self, to: x.id, source: sourceAt(ctx, p, x.start, x.end) },
      'mandates:text',
    );
  const m = OPERATIVE.exec(p.text);
  if (!m) return;
  const paragraph = p.locator.replace(/^para /, '');
  const at = p.start + m[0].length - (/the\s+$/.test(m[0]) ? 4 : 0);
  const end = Math.min(p.end, p.start + m[0].length + 160);
  const source = sourceAt(ctx, p, p.start, end);
  const first = agentAt(ctx, at);
  const targets = first ? [first.id] : [];
  // "Encourages the ITU and the UNESCO to …": every body named before "to", unless the verb's object is an
  // action, not a body: "38. Encourages the use of and engagement with forums and expertise available within
  // relevant United Nations bodies, such as the Commission on Science and Technology for Development, by all
  // relevant stakeholders" (A/RES/78/132) asks the stakeholders, not the Commission.
  const to = ctx.doc.text.slice(p.start, p.end).search(/\bto\s+\w/);
  const action = ACTION_OBJECT.test(ctx.doc.text.slice(p.start + m[0].length, p.start + m[0].length + 40));
  // A body named as the agent of a passive, "eTrade for All, launched by the United Nations Conference on Trade
  // and Development" (A/RES/78/132 ¶13, q105), did something else; it is not addressed.
  // Nor is a partner named beside the addressee ("in coordination with …", mandates-partners.ts), nor the agent of
  // a permissive passive ("may be considered and decided upon by the General Assembly", mandates-plans.ts), nor
  // one named in what a decision says of its subject ("decide that the Forum shall be made a permanent forum of the
  // United Nations", mandates-decided-about.ts).
  const text = ctx.doc.text;
  const verbAt = p.start + (m.index ?? 0);
  const verb = verbAt + m[0].indexOf(m[1]!);
  for (const o of action ? [] : mentionsIn(ctx, p.start, to > 0 ? p.start + to : end, 'Organization'))
    if (
      !PASSIVE_AGENT.test(text.slice(Math.max(p.start, o.start - 30), o.start)) &&
      !partnerAt(text, verb, o.start) &&
      !permissiveAgent(text, p.start, o.start) &&
      !decidedAbout(text, verb, o.start)
    )
      targets.push(o.id);
  // A group, meeting or process named further on is quoted where it is named (from the verb when both fit):
  // the paragraph's opening alone may not name it.
  const own = new Map<string, Source>();
  for (const x of mentionsIn(ctx, p.start, p.end)) {
    if (
      partnerAt(text, verb, x.start) ||
      (x.type === 'Meeting' &&
        (plannedSession(text, p.start, x.start, x.end) || sessionBeside(text, p.start, x.start)))
    )
      continue;
    if (x.type === 'WorkingGroup') {
      // "… the report of the Working Group on …": the group's report is asked about (mandated-mentions.ts).
      if (groupAsOwner(ctx.doc.text, p.start, x.start)) continue;
    } else if (
      !(
        (x.type === 'Process' || x.type === 'Meeting') &&
        processMandated(ctx.doc.text, p.start, x.start, x.end)
      )
    )
      continue;
    targets.push(x.id);
    if (!own.has(x.id))
      own.set(x.id, sourceAt(ctx, p, x.end - verbAt <= MAX_QUOTE_LENGTH ? verbAt : x.start, x.end));
  }
  for (const id of new Set(targets))
    if (!id.startsWith('person:'))
      addEdge(
        ctx,
        {
          type: 'MANDATES',
          from: self,
          to: id,
          properties: props({ paragraph }),
          source: own.get(id) ?? source,
        },
        'mandates:operative',
      );
  for (const x of mentionsIn(ctx, p.start, p.end, 'Theme'))
    addEdge(
      ctx,
      { type: 'ADDRESSES', from: self, to: x.id, source: sourceAt(ctx, p, x.start, x.end) },
      'mandates:operative',
    );
  // "2. Requests … to develop recommendations on how to further implement enhanced cooperation": the process.
  mandateCovered(ctx, p, self, p.start, p.end, paragraph);
}
