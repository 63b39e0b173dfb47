// Cytoscape stylesheet: colours and shapes from the model legend (data fields
// set by elements.ts), labels dark on white for contrast.

import type { StylesheetJson } from 'cytoscape';

export function graphStyle(large: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        label: large ? '' : 'data(label)',
        color: '#1a1a1a',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '260px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        width: large ? 8 : 22,
        height: large ? 8 : 22,
        'border-width': 0,
      },
    },
    { selector: 'node.focus', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#111' } },
    {
      selector: 'node.expanded',
      style: { 'border-width': 2, 'border-color': '#333', 'border-style': 'double' },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb000' } },
    {
      selector: 'edge',
      style: {
        width: large ? 0.5 : 1.6,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'curve-style': large ? 'haystack' : 'bezier',
        label: large ? '' : 'data(label)',
        'font-size': 9,
        color: '#333',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    { selector: 'edge.hover-label', style: { label: 'data(label)' } },
    {
      selector: 'edge:selected',
      style: { width: 4, 'line-color': '#ffb000', 'target-arrow-color': '#ffb000' },
    },
  ];
}
