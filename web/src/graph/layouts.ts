// Layouts chosen for the job (issue 5, point 3) and renderer tuning for big
// views. Measured here (../shared/ENGINES.md, "Web"): fcose at full quality
// takes ~10 s for 5 000 elements, `quality: 'draft'` ~0.4 s; so big views use
// draft quality without animation, lineage uses dagre left to right.

import type { LayoutName } from '../url-state.ts';

export type Purpose = 'neighbourhood' | 'lineage';

/** Above this many elements a view counts as large. */
export const LARGE_VIEW = 800;

/** Above this many elements the default is concentric (by degree, hubs in the middle), which lays
 * out fastest. Not lower: bench:web measured 5 000 elements panned by code at ~3 FPS after
 * concentric (long edges across the whole view) against ~38 FPS after draft fcose. */
export const HUGE_VIEW = 8000;

export function chooseLayout(purpose: Purpose, elementCount: number, requested?: LayoutName): LayoutName {
  if (requested) return requested;
  if (purpose === 'lineage') return 'dagre';
  return elementCount > HUGE_VIEW ? 'concentric' : 'fcose';
}

export interface LayoutOptionsInput {
  readonly name: LayoutName;
  readonly elementCount: number;
  /** Keep existing positions (incremental expand). */
  readonly incremental?: boolean;
  readonly root?: string;
}

export function layoutOptions({
  name,
  elementCount,
  incremental,
  root,
}: LayoutOptionsInput): Record<string, unknown> {
  const large = elementCount > LARGE_VIEW;
  const base = { name, fit: true, padding: 30, animate: false };
  switch (name) {
    case 'fcose':
      return {
        ...base,
        quality: large ? 'draft' : 'default',
        randomize: !incremental,
        animate: !large && incremental === true,
        animationDuration: 300,
        nodeDimensionsIncludeLabels: !large,
        idealEdgeLength: large ? 40 : 90,
        nodeRepulsion: large ? 2500 : 6000,
        numIter: large ? 1000 : 2500,
      };
    case 'dagre':
      // Wide rank gaps: node labels sit under the nodes and run up to ~260 px; a node's gap to the next in its
      // rank leaves room for its label (at 18 px the labels ran into the next node's edge captions).
      return { ...base, rankDir: 'LR', nodeSep: 36, rankSep: 210, edgeSep: 10, ranker: 'longest-path' };
    case 'breadthfirst':
      return {
        ...base,
        directed: false,
        spacingFactor: large ? 0.8 : 1.1,
        nodeDimensionsIncludeLabels: !large,
        roots: root ? [root] : undefined,
      };
    case 'concentric':
      // Small views leave room for the labels under the nodes.
      return {
        ...base,
        minNodeSpacing: large ? 4 : 90,
        avoidOverlap: !large,
        concentric: (n: { degree: () => number }) => n.degree(),
      };
    default:
      return { ...base, avoidOverlap: !large };
  }
}

export interface RendererOptions {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  motionBlur: boolean;
  pixelRatio: number | 'auto';
  renderer?: { name: 'canvas'; webgl: boolean };
}

/** Canvas tuning for big graphs (issue 5 point 3): no edges while panning, a texture while zooming,
 * no motion blur, pixel ratio 1. WebGL is opt-in (`webgl=1` in the URL). */
export function rendererOptions(elementCount: number, webgl = false): RendererOptions {
  const large = elementCount > LARGE_VIEW;
  const opts: RendererOptions = {
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
  };
  if (webgl) opts.renderer = { name: 'canvas', webgl: true };
  return opts;
}
