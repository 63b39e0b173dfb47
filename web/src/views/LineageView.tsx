// Lineage view: from an instrument to the bodies, reports and reviews it led to,
// or (`dir=up`) from a body or report back to the mandates it came from, drawn
// left to right in time order (dagre, rankDir LR), each hop labelled with its
// relationship and paragraph; clicking a hop shows its evidence.

import type { ElementDefinition } from 'cytoscape';
import { useMemo } from 'react';
import { fetchEntity, fetchLineage } from '../api.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import { EvidencePanel } from '../components/EvidencePanel.tsx';
import { DirectionPicker, TargetPicker } from '../components/LineagePickers.tsx';
import { MissingEntity } from '../components/MissingEntity.tsx';
import { ViewTabs } from '../components/ViewTabs.tsx';
import { CyCanvas } from '../graph/CyCanvas.tsx';
import { nodeElement } from '../graph/elements.ts';
import { chooseLayout } from '../graph/layouts.ts';
import { lineageDrawing, lineageTargets } from '../lineage.ts';
import { edgeColor } from '../model-legend.ts';
import type { EntitySummary } from '../types.ts';
import type { UrlState } from '../url-state.ts';
import { useQuery } from '../use-query.ts';
import { type Navigate, useTitle } from '../use-url-state.ts';

// Above this many steps the drawing cannot be read whole: say how to move around it.
const BIG_LINEAGE = 40;

export function LineageView({ state, navigate }: { state: UrlState; navigate: Navigate }) {
  const id = state.id!;
  const up = state.dir === 'up';
  // The unrestricted lineage is always fetched: it gives the "Trace to" choices, whatever the URL
  // says (a reload or deep link with `to` set has no earlier unrestricted answer to remember).
  const all = useQuery(`${id}>${up ? '<' : ''}`, (signal) =>
    fetchLineage(id, undefined, signal, up ? 'up' : 'down'),
  );
  const to = state.to;
  // Traced from an origin, the chains run down from it to this node: drawn as walked.
  const restricted = useQuery(to ? `${id}>${to}>${up ? '<' : ''}` : undefined, (signal) =>
    up ? fetchLineage(to!, id, signal) : fetchLineage(id, to, signal),
  );
  const q = to ? restricted : all;
  const origin = useQuery(id, (signal) => fetchEntity(id, signal));
  const drawing = useMemo(() => lineageDrawing(q.data ?? [], up && !to ? 'up' : 'down'), [q.data, up, to]);
  const elements = useMemo<ElementDefinition[]>(
    () => [
      ...drawing.nodes.map(nodeElement),
      ...drawing.hops.map((h) => ({
        group: 'edges' as const,
        data: {
          id: h.id,
          source: h.from,
          target: h.to,
          type: h.relationship.type,
          label: h.caption,
          color: edgeColor(h.relationship.type),
        },
      })),
    ],
    [drawing],
  );
  const byId = new Map<string, EntitySummary>(drawing.nodes.map((n) => [n.id, n]));
  const targets = useMemo(() => lineageTargets(all.data ?? [], id), [all.data, id]);
  const hop = drawing.hops.find((h) => h.id === state.edge);
  const name = origin.data?.name ?? id;
  useTitle(`${up ? 'Where it came from' : 'Lineage'}: ${name}`);
  const selectEdge = (edge: string | undefined) => navigate({ ...state, edge }, 'replace');

  return (
    <section aria-labelledby="lineage-h" className="lineage">
      <header className="view-header">
        <h1 id="lineage-h">{up ? `Where ${name} came from` : `Lineage from ${name}`}</h1>
        <ViewTabs id={id} type={origin.data?.type} current="lineage" navigate={navigate} />
      </header>
      {q.loading && <p className="muted">Loading…</p>}
      {q.error && <p role="alert">Could not load the lineage: {q.error}</p>}
      {origin.data === null && <MissingEntity id={id} navigate={navigate} />}
      <DirectionPicker state={state} navigate={navigate} />
      {q.data && origin.data !== null && q.data.length === 0 && (
        <p>
          No mandate lineage recorded {up ? 'leading to' : 'from'} {name}
          {state.to ? (up ? ' from the chosen origin' : ' to the chosen target') : ''}.
        </p>
      )}
      <TargetPicker state={state} navigate={navigate} nodes={targets} loading={all.loading} />
      {elements.length > 0 && (
        <CyCanvas
          elements={elements}
          layout={chooseLayout('lineage', elements.length, state.layout)}
          focus={id}
          readableFrom={up ? 'right' : 'left'}
          selectedEdge={state.edge}
          label={`${up ? 'Lineage leading to' : 'Lineage from'} ${name}, read left to right. The list below gives the same steps.`}
          onNode={(n) => navigate({ view: 'entity', id: n })}
          onEdge={selectEdge}
        />
      )}
      {drawing.hops.length > BIG_LINEAGE && (
        <p className="hint" data-testid="lineage-big">
          {drawing.hops.length} steps: the drawing opens on {name}; drag it or zoom out to see the rest, or
          choose one chain in “{up ? 'Trace from' : 'Trace to'}”.
        </p>
      )}
      {hop && (
        <EvidencePanel
          relationship={hop.relationship}
          byId={byId}
          navigate={navigate}
          onClose={() => selectEdge(undefined)}
        />
      )}
      {drawing.hops.length > 0 && (
        <section aria-labelledby="steps-h">
          <h2 id="steps-h">Steps ({drawing.hops.length})</h2>
          <ol className="steps" data-testid="lineage-steps">
            {drawing.hops.map((h) => (
              <li key={h.id}>
                <EntityLink
                  id={h.from}
                  name={byId.get(h.from)?.name ?? h.from}
                  type={byId.get(h.from)?.type}
                  navigate={navigate}
                />{' '}
                <button
                  type="button"
                  className="linklike hop"
                  onClick={() => selectEdge(h.id)}
                  aria-pressed={state.edge === h.id}
                >
                  → {h.caption} →
                </button>{' '}
                <EntityLink
                  id={h.to}
                  name={byId.get(h.to)?.name ?? h.to}
                  type={byId.get(h.to)?.type}
                  navigate={navigate}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
