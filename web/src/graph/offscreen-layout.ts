// Layout of big views off the drawn instance, in a Web Worker when there is
// one: a headless Cytoscape computes the positions, and the visible instance
// receives its elements with positions already set. Measured in headless
// Chromium with 5 000 elements: moving every node of a rendered instance costs
// 0.4–0.9 s on top of the layout itself; adding positioned elements ~0.15 s.

import type cytoscape from 'cytoscape';
import type { ElementDefinition, Position } from 'cytoscape';
import type { LayoutName } from '../url-state.ts';
import { computePositions, type Positions, skeleton } from './headless-layout.ts';
import { LARGE_READABLE_ZOOM, readableViewport } from './readable-viewport.ts';

let worker: Worker | null | undefined;
let ready: Promise<Worker | null> = Promise.resolve(null);
let nextId = 1;

/** Starts the layout worker (once) and resolves when its module is loaded, or with null when
 * workers are unavailable. Views call it on mount, so loading overlaps the data fetch. */
export function warmLayoutWorker(): Promise<Worker | null> {
  if (worker !== undefined) return ready;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  const w = worker;
  ready = w
    ? new Promise((resolve) => {
        const onReady = (e: MessageEvent<{ ready?: boolean }>) => {
          if (!e.data.ready) return;
          w.removeEventListener('message', onReady);
          resolve(w);
        };
        w.addEventListener('message', onReady);
        w.addEventListener('error', () => resolve(null), { once: true });
      })
    : Promise.resolve(null);
  return ready;
}

function positionsInWorker(w: Worker, elements: ElementDefinition[], name: LayoutName, root?: string) {
  const id = nextId++;
  return new Promise<Positions>((resolve, reject) => {
    const onMessage = (e: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (e.data.positions) resolve(e.data.positions);
      else reject(new Error(e.data.error ?? 'layout failed'));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, elements, name, root });
  });
}

export async function layoutOffscreen(
  elements: readonly ElementDefinition[],
  name: LayoutName,
  extra: { root?: string } = {},
): Promise<{ positioned: ElementDefinition[]; ms: number }> {
  const t0 = performance.now();
  const bare = skeleton(elements);
  const w = await warmLayoutWorker();
  const positions = w
    ? await positionsInWorker(w, bare, name, extra.root).catch(() => computePositions(bare, name, extra))
    : await computePositions(bare, name, extra);
  const positioned = elements.map((e) => {
    if (e.group !== 'nodes') return e;
    const p = positions[String(e.data.id)];
    return { ...e, position: p ? { x: p[0], y: p[1] } : { x: 0, y: 0 } };
  });
  return { positioned, ms: performance.now() - t0 };
}

/** Lays the elements out off screen, then adds them, positioned, to the drawn instance in one batch
 * and fits the view. Resolves with the total time in ms. */
export async function addLaidOut(
  cy: cytoscape.Core,
  elements: readonly ElementDefinition[],
  name: LayoutName,
  extra: { root?: string; readableFrom?: 'left' | 'right' } = {},
): Promise<number> {
  const t0 = performance.now();
  const { positioned } = await layoutOffscreen(elements, name, extra);
  if (cy.destroyed()) return performance.now() - t0;
  cy.batch(() => {
    cy.add(positioned);
  });
  // cy.fit() would measure every element's rendered box (~1.7 s for 5 000 here); the positions are
  // known, so the viewport is computed from them.
  const fitted = fitViewport(positioned, cy.width(), cy.height(), 30);
  // A big drawing is the likeliest to be unreadable when fitted: open it on its root, as runLayout does
  // (a lineage of 645 steps from A/RES/70/125 opened as a strip of dots).
  const root = extra.root && extra.readableFrom ? cy.getElementById(extra.root) : undefined;
  const readable =
    root?.nonempty() &&
    readableViewport(
      root.position(),
      fitted.zoom,
      cy.width(),
      cy.height(),
      extra.readableFrom!,
      LARGE_READABLE_ZOOM,
    );
  cy.viewport(readable || fitted);
  return performance.now() - t0;
}

/** Zoom and pan that fit node positions into a w × h view with padding (node size ignored). */
export function fitViewport(
  elements: readonly ElementDefinition[],
  w: number,
  h: number,
  padding: number,
): { zoom: number; pan: Position } {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const e of elements) {
    const p = e.position;
    if (!p) continue;
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  if (!Number.isFinite(x0)) return { zoom: 1, pan: { x: w / 2, y: h / 2 } };
  const zoom = Math.min(
    4,
    (w - 2 * padding) / Math.max(1, x1 - x0),
    (h - 2 * padding) / Math.max(1, y1 - y0),
  );
  return { zoom, pan: { x: (w - zoom * (x0 + x1)) / 2, y: (h - zoom * (y0 + y1)) / 2 } };
}
