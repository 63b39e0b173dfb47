// Export of the current view as GraphML (yEd, Gephi, Cytoscape desktop). Keys are
// declared once; node/edge properties and the first source travel as strings.

import type { Entity, Relationship } from '../types.ts';

export function xmlEscape(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

const KEYS = [
  ['n_type', 'node', 'type'],
  ['n_name', 'node', 'name'],
  ['n_aliases', 'node', 'aliases'],
  ['n_properties', 'node', 'properties'],
  ['n_sources', 'node', 'sources'],
  ['e_type', 'edge', 'type'],
  ['e_properties', 'edge', 'properties'],
  ['e_sources', 'edge', 'sources'],
] as const;

const data = (key: string, value: string): string => `      <data key="${key}">${xmlEscape(value)}</data>`;

export function toGraphML(nodes: readonly Entity[], edges: readonly Relationship[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...KEYS.map(
      ([id, dom, name]) => `  <key id="${id}" for="${dom}" attr.name="${name}" attr.type="string"/>`,
    ),
    '  <graph id="ig-atlas" edgedefault="directed">',
  ];
  for (const n of nodes) {
    lines.push(
      `    <node id="${xmlEscape(n.id)}">`,
      data('n_type', n.type),
      data('n_name', n.name),
      data('n_aliases', n.aliases.join('; ')),
      data('n_properties', JSON.stringify(n.properties)),
      data('n_sources', JSON.stringify(n.sources)),
      '    </node>',
    );
  }
  for (const e of edges) {
    lines.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.from)}" target="${xmlEscape(e.to)}">`,
      data('e_type', e.type),
      data('e_properties', JSON.stringify(e.properties)),
      data('e_sources', JSON.stringify(e.sources)),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
