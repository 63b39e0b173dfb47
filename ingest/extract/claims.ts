// A claim: one fact a rule found, with its source and the rule's name. The
// claims of one document become that document's graph (build-graph.ts).

import type { Properties, Source } from '../../cypher/model/graph.ts';
import { makeId, slugify } from '../../cypher/model/ids.ts';
import type { NodeLabel } from '../../cypher/model/labels.ts';
import type { RelationshipType } from '../../cypher/model/relationships.ts';

export interface NodeClaim {
  readonly id: string;
  readonly type: NodeLabel;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly properties?: Properties;
  readonly source: Source;
  readonly rule: string;
  /** Document offset of the words, for rules that later reread a mention. */
  readonly at?: number;
}

export interface EdgeClaim {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties?: Properties;
  readonly source: Source;
  readonly rule: string;
}

export interface Claims {
  readonly nodes: NodeClaim[];
  readonly edges: EdgeClaim[];
}

export const noClaims = (): Claims => ({ nodes: [], edges: [] });

export function concat(list: readonly Claims[]): Claims {
  return { nodes: list.flatMap((c) => c.nodes), edges: list.flatMap((c) => c.edges) };
}

/** Drops null/undefined/empty values so that properties stay valid. */
export function props(p: Record<string, string | number | null | undefined>): Properties {
  const out: Record<string, string | number> = {};
  // for…in, not Object.entries (an array per key): the same keys in the same order for a plain object.
  for (const k in p) {
    const v = p[k];
    if (v !== undefined && v !== null && v !== '') out[k] = v;
  }
  return out;
}

/**
 * makeId for names read from the text: a name with no Latin letter or digit (Cyrillic, Arabic, Chinese)
 * still gets a stable, valid id, from its code points.
 */
export function idFor(label: NodeLabel, key: string): string {
  // Names recur across a batch and slugifying (Unicode normalisation, five replacements) is costly: kept per label.
  let byKey = IDS.get(label);
  if (!byKey) {
    byKey = new Map();
    IDS.set(label, byKey);
  }
  let id = byKey.get(key);
  if (id === undefined) {
    id = makeIdFor(label, key);
    if (byKey.size >= MAX_IDS) byKey.clear();
    byKey.set(key, id);
  }
  return id;
}

const IDS = new Map<NodeLabel, Map<string, string>>();
const MAX_IDS = 50_000;

function makeIdFor(label: NodeLabel, key: string): string {
  if (slugify(key)) return makeId(label, key);
  const code = [...key.trim()].map((c) => (c.codePointAt(0) ?? 0).toString(36)).join('');
  return makeId(label, `u${code.slice(0, 60) || '0'}`);
}
