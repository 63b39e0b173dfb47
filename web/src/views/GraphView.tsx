// Graph view: the neighbourhood of the current entity, click a node to expand
// it, filters / legend / layout / exports on the side, evidence of the selected
// edge below. State (expanded nodes, filters, layout, edge) is in the URL.

import type { Core } from 'cytoscape';
import { useMemo, useRef, useState } from 'react';
import { fetchNeighbourhood } from '../api.ts';
import { EvidencePanel } from '../components/EvidencePanel.tsx';
import { MissingEntity } from '../components/MissingEntity.tsx';
import { ViewTabs } from '../components/ViewTabs.tsx';
import { CyCanvas } from '../graph/CyCanvas.tsx';
import { toElements } from '../graph/elements.ts';
import { filterGraph } from '../graph/filters.ts';
import { GraphControls } from '../graph/GraphControls.tsx';
import { chooseLayout } from '../graph/layouts.ts';
import type { Entity, Subgraph } from '../types.ts';
import type { UrlState } from '../url-state.ts';
import { useQuery } from '../use-query.ts';
import { type Navigate, useTitle } from '../use-url-state.ts';

export function GraphView({ state, navigate }: { state: UrlState; navigate: Navigate }) {
  const id = state.id!;
  const expanded = state.expanded ?? [];
  const ids = [id, ...expanded.filter((x) => x !== id)];
  const q = useQuery(ids.join(','), (signal) => fetchNeighbourhood(ids, 500, signal));
  // Keep the last graph while the next one loads, so expanding does not blank the canvas.
  const last = useRef<{ key: string; graph: Subgraph } | null>(null);
  if (q.data) last.current = { key: id, graph: q.data };
  const graph = last.current?.key === id ? last.current.graph : undefined;
  const cyRef = useRef<Core | null>(null);
  const [layoutMs, setLayoutMs] = useState<number>();

  const { types, rels, since, until } = state;
  const shown = useMemo(
    () => filterGraph(graph?.nodes ?? [], graph?.edges ?? [], { types, rels, since, until }, [id]),
    [graph, id, types, rels, since, until],
  );
  const elements = useMemo(() => toElements(shown.nodes, shown.edges), [shown]);
  const layout = chooseLayout('neighbourhood', elements.length, state.layout);
  const focusNode = graph?.nodes.find((n) => n.id === id);
  const edge = state.edge ? graph?.edges.find((e) => e.id === state.edge) : undefined;
  const byId = new Map<string, Entity>((graph?.nodes ?? []).map((n) => [n.id, n]));
  useTitle(`Graph: ${focusNode?.name ?? id}`);

  const expand = (nodeId: string) => {
    if (nodeId === id || expanded.includes(nodeId)) return;
    navigate({ ...state, expanded: [...expanded, nodeId] }, 'replace');
  };
  const selectEdge = (edgeId: string | undefined) => navigate({ ...state, edge: edgeId }, 'replace');

  return (
    <div className="graph-layout">
      <section className="graph-main" aria-labelledby="graph-h">
        <header className="view-header">
          <h1 id="graph-h">
            Graph: {focusNode?.name ?? id}
            <span className="muted small-text">
              {' '}
              {shown.nodes.length} nodes, {shown.edges.length} edges
              {graph?.truncated ? ' (truncated)' : ''}
              {q.loading ? ' · loading…' : ''}
              {layoutMs !== undefined ? ` · layout ${Math.round(layoutMs)} ms` : ''}
            </span>
          </h1>
          <ViewTabs id={id} type={focusNode?.type} current="graph" navigate={navigate} />
        </header>
        {q.error && <p role="alert">Could not load the neighbourhood: {q.error}</p>}
        {graph && !focusNode && <MissingEntity id={id} navigate={navigate} />}
        <p className="hint">
          Click a node to expand its neighbours, double-click to open its page; click an edge to see its
          evidence.
        </p>
        <CyCanvas
          elements={elements}
          layout={layout}
          webgl={state.webgl}
          focus={id}
          expanded={expanded}
          selectedEdge={state.edge}
          label={`Graph of ${focusNode?.name ?? id}: ${shown.nodes.length} nodes and ${shown.edges.length} edges. The node list beside it gives the same content.`}
          onNode={expand}
          onNodeOpen={(n) => navigate({ view: 'entity', id: n })}
          onEdge={selectEdge}
          onReady={(cy) => {
            cyRef.current = cy;
          }}
          onLayout={setLayoutMs}
        />
        {edge && (
          <EvidencePanel
            relationship={edge}
            byId={byId}
            navigate={navigate}
            onClose={() => selectEdge(undefined)}
          />
        )}
      </section>
      <GraphControls
        state={state}
        navigate={navigate}
        layout={layout}
        nodes={shown.nodes}
        edges={shown.edges}
        cy={() => cyRef.current}
        onExpand={expand}
        onSelectEdge={selectEdge}
      />
    </div>
  );
}
