// Reads the two tables of ../shared/MODEL.md (the data contract) into plain
// values, so a test can check that cypher/model encodes it exactly.

export interface ContractProperty {
  readonly name: string;
  /** Backticked values listed for it: `kind` (`resolution`, …) or `kind`: `un-body`, …; */
  readonly values: readonly string[];
}

export interface ContractLabel {
  readonly label: string;
  readonly properties: readonly ContractProperty[];
}

export interface ContractRelationship {
  readonly type: string;
  readonly pairs: readonly (readonly [string, string])[];
  readonly properties: readonly ContractProperty[];
}

export interface Contract {
  readonly labels: readonly ContractLabel[];
  readonly relationships: readonly ContractRelationship[];
  /** Every example id, backticked or quoted in the JSON example, e.g. `person:peter-major`. */
  readonly exampleIds: readonly string[];
}

const ticked = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** Rows of the first table after `heading`, as cells (header and rule lines dropped). */
function tableAfter(md: string, heading: string): string[][] {
  const start = md.indexOf(heading);
  if (start < 0) throw new Error(`MODEL.md has no section ${heading}`);
  const lines = md.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2);
}

/**
 * "`symbol` (… `E/CN.16`…), `kind`: `a`, `b`; `acronym`" → symbol, kind [a, b], acronym.
 * A property's values are in the parentheses after it, or after a colon up to ";".
 */
export function parseProperties(cell: string): ContractProperty[] {
  const out: ContractProperty[] = [];
  const re = /`([a-zA-Z][a-zA-Z0-9]*)`\s*(\(([^)]*)\)|:([^;]*))?/g;
  // The global regex consumes a property's value list, so values are never taken for properties.
  for (const m of cell.matchAll(re)) out.push({ name: m[1]!, values: ticked(m[3] ?? m[4] ?? '') });
  return out;
}

/** "Meeting → A, B; WorkingGroup → C" → [Meeting, A], [Meeting, B], [WorkingGroup, C]. */
export function parsePairs(cell: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of cell.split(';')) {
    const [from, to] = part.split('→').map((s) => s.split(',').map((x) => x.trim()));
    if (!from || !to) throw new Error(`MODEL.md: cannot read the pairs "${part}"`);
    for (const f of from) for (const t of to) out.push([f, t]);
  }
  return out;
}

export function parseContract(md: string): Contract {
  const labels = tableAfter(md, '## Node labels').map((cells) => ({
    label: ticked(cells[0]!)[0]!,
    properties: parseProperties(cells[2] ?? ''),
  }));
  const relationships = tableAfter(md, '## Relationship types').map((cells) => ({
    type: ticked(cells[0]!)[0]!,
    pairs: parsePairs(cells[1]!),
    properties: parseProperties(cells[3] ?? ''),
  }));
  const quoted = [...md.matchAll(/"([^"\s]+)"/g)].map((m) => m[1]!);
  const exampleIds = [...ticked(md), ...quoted].filter((t) => /^[a-z]+:[a-z0-9][a-z0-9+.-]*$/.test(t));
  return { labels, relationships, exampleIds };
}
