// The bench page (`?view=bench&n=5000`): builds synthetic elements in the page,
// draws them with the app's own Cytoscape set-up and layout choice, and
// publishes timings on window.__bench for tests/bench/web-bench.ts.

import { useEffect, useRef, useState } from 'react';
import { createCy } from '../graph/cy-setup.ts';
import { chooseLayout } from '../graph/layouts.ts';
import { addLaidOut } from '../graph/offscreen-layout.ts';
import type { UrlState } from '../url-state.ts';
import { syntheticElements } from './synthetic.ts';

export interface BenchResult {
  elements: number;
  layout: string;
  webgl: boolean;
  firstGraphMs: number;
  createMs: number;
  layoutMs: number;
}

declare global {
  interface Window {
    __bench?: BenchResult;
    __benchCy?: import('cytoscape').Core;
  }
}

export function BenchView({ state }: { state: UrlState }) {
  const ref = useRef<HTMLDivElement>(null);
  const [result, setResult] = useState<BenchResult>();
  const n = state.n ?? 1000;
  useEffect(() => {
    const t0 = performance.now();
    const elements = syntheticElements(n);
    const cy = createCy(ref.current!, [], { webgl: state.webgl, expectedSize: n });
    const createMs = performance.now() - t0;
    window.__benchCy = cy;
    const layout = chooseLayout('neighbourhood', n, state.layout);
    let cancelled = false;
    // The same path as a large view in the graph view (CyCanvas): layout off screen, then draw.
    addLaidOut(cy, elements, layout).then((layoutMs) => {
      // First graph = the laid-out graph painted: wait one frame after the layout.
      requestAnimationFrame(() => {
        if (cancelled) return;
        const r = {
          elements: cy.elements().length,
          layout,
          webgl: !!state.webgl,
          firstGraphMs: performance.now() - t0,
          createMs,
          layoutMs,
        };
        window.__bench = r;
        setResult(r);
      });
    });
    return () => {
      cancelled = true;
      cy.destroy();
    };
  }, [n, state.layout, state.webgl]);
  return (
    <section aria-labelledby="bench-h" className="bench">
      <h1 id="bench-h">Bench: {n} synthetic elements</h1>
      <p role="status">
        {result
          ? `${result.elements} elements, ${result.layout}: layout ${Math.round(result.layoutMs)} ms, first graph ${Math.round(result.firstGraphMs)} ms`
          : 'Laying out…'}
      </p>
      <div ref={ref} className="cy cy-bench" role="img" aria-label="Synthetic benchmark graph" />
    </section>
  );
}
