// The Cytoscape canvas. The instance lives in a ref, outside React state
// (DEVELOPERS.md): element changes are applied as a diff inside cy.batch(), and
// the instance is destroyed on unmount.

import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { LayoutName } from '../url-state.ts';
import { createCy, runLayout } from './cy-setup.ts';
import { diffElements } from './elements.ts';
import { LARGE_VIEW } from './layouts.ts';
import { addLaidOut, warmLayoutWorker } from './offscreen-layout.ts';
import { graphStyle } from './style.ts';

export interface CyCanvasProps {
  readonly elements: ElementDefinition[];
  readonly layout: LayoutName;
  readonly webgl?: boolean;
  readonly focus?: string;
  readonly expanded?: readonly string[];
  readonly selectedEdge?: string;
  readonly label: string;
  readonly onNode?: (id: string) => void;
  /** Double-click (double-tap) on a node. */
  readonly onNodeOpen?: (id: string) => void;
  readonly onEdge?: (id: string | undefined) => void;
  readonly onReady?: (cy: Core) => void;
  readonly onLayout?: (ms: number) => void;
  /** A drawing too big to read when fitted opens legibly on `focus`, placed at this side. */
  readonly readableFrom?: 'left' | 'right';
}

export function CyCanvas(props: CyCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  // Create once per renderer choice; destroy on unmount.
  useEffect(() => {
    warmLayoutWorker();
    const cy = createCy(container.current!, [], { webgl: props.webgl });
    cyRef.current = cy;
    cy.on('tap', 'node', (e) => handlers.current.onNode?.(e.target.id()));
    cy.on('dbltap', 'node', (e) => handlers.current.onNodeOpen?.(e.target.id()));
    cy.on('tap', 'edge', (e) => handlers.current.onEdge?.(e.target.id()));
    cy.on('tap', (e) => e.target === cy && handlers.current.onEdge?.(undefined));
    handlers.current.onReady?.(cy);
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, [props.webgl]);

  // Patch elements and lay out.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the drawn elements, the layout or the instance (webgl) change
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const current = new Set(cy.elements().map((e) => e.id()));
    const { add, remove } = diffElements(current, props.elements);
    if (add.length === 0 && remove.length === 0 && cy.data('layout') === props.layout) return;
    const wasEmpty = current.size === 0;
    const large = props.elements.length > LARGE_VIEW;
    if (wasEmpty && large) {
      // A big first drawing: lay out off screen, then add the positioned elements in one batch.
      cy.style(graphStyle(true, props.readableFrom !== undefined));
      cy.data({ large: true, layout: props.layout });
      addLaidOut(cy, props.elements, props.layout, {
        root: props.focus,
        readableFrom: props.readableFrom,
      }).then((ms) => {
        // The elements arrive after the marking effect below ran on an empty instance: mark them now.
        if (!cy.destroyed()) markElements(cy, handlers.current);
        handlers.current.onLayout?.(ms);
      });
      return;
    }
    cy.batch(() => {
      for (const id of remove) cy.getElementById(id).remove();
      if (add.length) {
        // New nodes start next to a neighbour already drawn, so an incremental layout stays calm. A first
        // drawing's nodes start apart, on a grid the layout then replaces: all at (0, 0), every edge was
        // drawn between two points in the same place, and Cytoscape warned once per edge in the console.
        let n = 0;
        const placed = add.map((e) => {
          if (e.group !== 'nodes') return e;
          if (wasEmpty) {
            const i = n++;
            return { ...e, position: { x: (i % 20) * 60, y: Math.floor(i / 20) * 60 } };
          }
          const edge = props.elements.find(
            (x) => x.group === 'edges' && (x.data.source === e.data.id || x.data.target === e.data.id),
          );
          const other = edge && (edge.data.source === e.data.id ? edge.data.target : edge.data.source);
          const p = other ? cy.getElementById(String(other)).position() : undefined;
          return p
            ? { ...e, position: { x: p.x + Math.random() * 40 - 20, y: p.y + Math.random() * 40 - 20 } }
            : e;
        });
        cy.add(placed);
      }
      if (cy.data('large') !== large) {
        cy.style(graphStyle(large, props.readableFrom !== undefined));
        cy.data('large', large);
      }
    });
    const incremental = !wasEmpty && cy.data('layout') === props.layout;
    cy.data('layout', props.layout);
    runLayout(cy, props.layout, { incremental, root: props.focus, readableFrom: props.readableFrom }).then(
      (ms) => handlers.current.onLayout?.(ms),
    );
  }, [props.elements, props.layout, props.webgl]);

  // Classes for focus / expanded / selected edge; re-applied when elements change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements need the classes too
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) markElements(cy, props);
  }, [props.focus, props.expanded, props.selectedEdge, props.elements, props.webgl]);

  return (
    <div
      ref={container}
      className="cy"
      role="img"
      aria-label={props.label}
      data-testid="cy"
      data-count={props.elements.length}
    />
  );
}

/** The focus, expanded nodes and the selected edge, as classes and selection. */
function markElements(cy: Core, props: CyCanvasProps): void {
  cy.batch(() => {
    cy.nodes().removeClass('focus expanded');
    if (props.focus) cy.getElementById(props.focus).addClass('focus');
    for (const id of props.expanded ?? []) cy.getElementById(id).addClass('expanded');
    cy.elements().unselect();
    if (props.selectedEdge) cy.getElementById(props.selectedEdge).select();
  });
}
