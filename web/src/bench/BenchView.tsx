// The bench page (`?view=bench&n=5000`): builds synthetic elements in the page,
// draws them with the app's own Cytoscape set-up and layout choice, and
// publishes timings on window.__bench for tests/bench/web-bench.ts.

import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { createCy } from '../graph/cy-setup.ts';
import { chooseLayout } from '../graph/layouts.ts';
import { addLaidOut, warmLayoutWorker } from '../graph/offscreen-layout.ts';
import type { UrlState } from '../url-state.ts';
import { syntheticElements } from './synthetic.ts';

export interface BenchResult {
  elements: number;
  layout: string;
  webgl: boolean;
  firstGraphMs: number;
  createMs: number;
  layoutMs: number;
  /** Longest time between two frames while the layout ran (main thread blocked). */
  layoutMaxFrameGapMs: number;
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
    let cancelled = false;
    let cy: Core | undefined;
    const run = () => {
      const t0 = performance.now();
      const elements = syntheticElements(n);
      cy = createCy(ref.current!, [], { webgl: state.webgl, expectedSize: n });
      const drawn = cy;
      const createMs = performance.now() - t0;
      window.__benchCy = drawn;
      const layout = chooseLayout('neighbourhood', n, state.layout);
      // How long the page stops responding while the layout runs: the longest gap between frames.
      let maxGap = 0;
      let last = performance.now();
      let watching = true;
      const watch = (now: number) => {
        maxGap = Math.max(maxGap, now - last);
        last = now;
        if (watching) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      // The same path as a large view in the graph view (CyCanvas): layout off screen, then draw.
      addLaidOut(drawn, elements, layout).then((layoutMs) => {
        watching = false;
        const layoutMaxFrameGapMs = Math.max(maxGap, performance.now() - last);
        // First graph = the laid-out graph painted: wait one frame after the layout.
        requestAnimationFrame(() => {
          if (cancelled) return;
          const r = {
            elements: drawn.elements().length,
            layout,
            webgl: !!state.webgl,
            firstGraphMs: performance.now() - t0,
            createMs,
            layoutMs,
            layoutMaxFrameGapMs,
          };
          window.__bench = r;
          setResult(r);
        });
      });
    };
    // The graph view starts the layout worker on mount, while its data loads; the bench does the
    // same before it starts the clock.
    warmLayoutWorker().then(() => {
      if (!cancelled) run();
    });
    return () => {
      cancelled = true;
      cy?.destroy();
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
