// A reader for the small YAML subset docker-compose.yml uses (block maps,
// block lists of scalars, quoted and plain scalars, flow lists of
// strings, comments). Enough to check the file without a YAML dependency.

export type Yaml = string | Yaml[] | { [key: string]: Yaml };

interface Line {
  readonly indent: number;
  readonly text: string;
  readonly no: number;
}

function scalar(raw: string): Yaml {
  const t = raw.trim();
  if (t.startsWith('[') && t.endsWith(']'))
    return [...t.slice(1, -1).matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|([^,\s][^,]*)/g)].map((m) =>
      m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : (m[2] ?? m[3]!.trim()),
    );
  if (t.startsWith('"')) return JSON.parse(t) as string;
  if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}

const stripComment = (s: string): string => s.replace(/(^|\s)#.*$/, '');

function block(lines: Line[], start: number, indent: number): [Yaml, number] {
  const first = lines[start];
  if (!first || first.indent < indent) return ['', start];
  if (first.text.startsWith('- ')) {
    const list: Yaml[] = [];
    let i = start;
    while (lines[i] && lines[i]!.indent === first.indent && lines[i]!.text.startsWith('- ')) {
      const item = lines[i]!.text.slice(2);
      if (/^[\w.-]+:(\s|$)/.test(item))
        throw new Error(`line ${lines[i]!.no}: lists of maps are not supported`);
      list.push(scalar(item));
      i++;
    }
    return [list, i];
  }
  const map: { [key: string]: Yaml } = {};
  let i = start;
  while (lines[i] && lines[i]!.indent === first.indent) {
    const m = /^([\w.-]+):(?:\s+(.*))?$/.exec(lines[i]!.text);
    if (!m) throw new Error(`line ${lines[i]!.no}: cannot read ${JSON.stringify(lines[i]!.text)}`);
    if (m[2] !== undefined && m[2] !== '') {
      map[m[1]!] = scalar(m[2]);
      i++;
    } else {
      const [value, next] = block(lines, i + 1, first.indent + 1);
      map[m[1]!] = value;
      i = next;
    }
  }
  return [map, i];
}

export function parseYamlLite(text: string): Yaml {
  const lines: Line[] = text
    .split('\n')
    .map((raw, n) => ({ raw: stripComment(raw).trimEnd(), no: n + 1 }))
    .filter((l) => l.raw.trim())
    .map((l) => ({ indent: l.raw.length - l.raw.trimStart().length, text: l.raw.trim(), no: l.no }));
  const [doc, end] = block(lines, 0, 0);
  if (end !== lines.length) throw new Error(`line ${lines[end]!.no}: unexpected indentation`);
  return doc;
}
