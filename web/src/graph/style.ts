// Cytoscape stylesheet: colours and shapes from the model legend, labels dark
// on white for contrast; big views drop arrows, and labels unless asked to show them zoomed in.

import type { StylesheetJson } from 'cytoscape';
import { EDGE_LEGEND, NODE_LEGEND } from '../model-legend.ts';

// Colours and shapes come through one `[type = "…"]` selector per model label / relationship type
// rather than `data(color)` mappers: measured with 5 000 elements in headless Chromium, mappers
// roughly double the cost of styling (the first paint of a big view).
const typeRules = (): StylesheetJson => [
  ...NODE_LEGEND.map((e) => ({
    selector: `node[type = "${e.key}"]`,
    style: { 'background-color': e.color, shape: e.shape as never },
  })),
  ...EDGE_LEGEND.map((e) => ({
    selector: `edge[type = "${e.key}"]`,
    style: { 'line-color': e.color, 'target-arrow-color': e.color },
  })),
];

const LABELS = {
  label: 'data(label)',
  color: '#1a1a1a',
  'font-size': 11,
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-wrap': 'ellipsis',
  'text-max-width': '260px',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.8,
  'text-background-padding': '1px',
} as const;

const EDGE_LABELS = {
  label: 'data(label)',
  'font-size': 9,
  color: '#333',
  'text-rotation': 'autorotate',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  'text-background-padding': '1px',
} as const;

/** Below this rendered size a big view's node labels are not drawn (`labelsZoomedIn`). */
export const LARGE_LABEL_MIN_PX = 8;

/**
 * `labelsZoomedIn`: a big drawing that opens on one node (the lineage) labels its nodes where they are
 * drawn at LARGE_LABEL_MIN_PX or more; zoomed out, Cytoscape skips them as if there were none.
 */
export function graphStyle(large: boolean, labelsZoomedIn = false): StylesheetJson {
  const zoomedLabels = labelsZoomedIn ? { ...LABELS, 'min-zoomed-font-size': LARGE_LABEL_MIN_PX } : {};
  return [
    {
      selector: 'node',
      style: large
        ? { 'background-color': '#555', width: 8, height: 8, 'border-width': 0, ...zoomedLabels }
        : { 'background-color': '#555', width: 22, height: 22, 'border-width': 0, ...LABELS },
    },
    {
      selector: 'edge',
      style: large
        ? { width: 0.5, 'line-color': '#6e6e6e', 'curve-style': 'haystack' }
        : {
            width: 1.6,
            'line-color': '#6e6e6e',
            'target-arrow-color': '#6e6e6e',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            ...EDGE_LABELS,
          },
    },
    ...typeRules(),
    { selector: 'node.focus', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#111' } },
    {
      selector: 'node.expanded',
      style: { 'border-width': 2, 'border-color': '#333', 'border-style': 'double' },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb000' } },
    {
      selector: 'edge:selected',
      style: { width: 4, 'line-color': '#ffb000', 'target-arrow-color': '#ffb000' },
    },
  ];
}
