// Layout off the main thread (issue 5, point 3): the page stays responsive
// while a big view is laid out.

import type { ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../url-state.ts';
import { computePositions } from './headless-layout.ts';

export interface LayoutRequest {
  readonly id: number;
  readonly elements: ElementDefinition[];
  readonly name: LayoutName;
  readonly root?: string;
}

// Tell the page the module (Cytoscape and its layouts) is loaded and parsed.
self.postMessage({ ready: true });

self.onmessage = async (e: MessageEvent<LayoutRequest>) => {
  const { id, elements, name, root } = e.data;
  try {
    const positions = await computePositions(elements, name, { root });
    self.postMessage({ id, positions });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
