// Side panel of the graph view: legend-with-filters generated from the model,
// date range, layout and renderer, exports, and the nodes in view as a list
// (the keyboard and screen-reader route to what the canvas shows).

import type { Core } from 'cytoscape';
import { toGraphML } from '../export/graphml.ts';
import { download, toCsv, toJson } from '../export/tabular.ts';
import { EDGE_LEGEND, NODE_LEGEND, NODE_TYPES, RELATIONSHIP_TYPES } from '../model-legend.ts';
import type { Entity, Relationship } from '../types.ts';
import { LAYOUTS, type LayoutName, type UrlState } from '../url-state.ts';
import type { Navigate } from '../use-url-state.ts';

interface Props {
  state: UrlState;
  navigate: Navigate;
  layout: LayoutName;
  nodes: readonly Entity[];
  edges: readonly Relationship[];
  cy: () => Core | null;
  onExpand: (id: string) => void;
  onSelectEdge: (id: string) => void;
}

function toggle(
  list: readonly string[] | undefined,
  all: readonly string[],
  key: string,
): string[] | undefined {
  const cur = list ?? all;
  const next = cur.includes(key) ? cur.filter((k) => k !== key) : [...cur, key];
  return next.length === all.length ? undefined : next;
}

/** Enter applies a typed date (the value is committed on blur). */
const blurOnEnter = (e: React.KeyboardEvent<HTMLInputElement>) => {
  if (e.key === 'Enter') e.currentTarget.blur();
};

export function GraphControls({ state, navigate, layout, nodes, edges, cy, onExpand, onSelectEdge }: Props) {
  const set = (patch: Partial<UrlState>) => navigate({ ...state, ...patch }, 'replace');
  const base = (state.id ?? 'graph').replace(/[^a-z0-9-]+/gi, '-');
  const exportPng = () => {
    const c = cy();
    if (!c) return;
    const blob = c.png({
      output: 'blob',
      full: true,
      bg: '#ffffff',
      scale: 2,
      maxWidth: 4000,
      maxHeight: 4000,
    });
    download(`${base}.png`, blob as unknown as Blob);
  };
  const expanded = new Set([state.id, ...(state.expanded ?? [])]);
  return (
    <aside className="graph-side" aria-label="Graph controls">
      <fieldset>
        <legend>Node types</legend>
        {NODE_LEGEND.map((e) => (
          <label key={e.key} className="check" title={e.description}>
            <input
              type="checkbox"
              checked={!state.types || state.types.includes(e.key)}
              onChange={() => set({ types: toggle(state.types, NODE_TYPES, e.key) })}
            />
            <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
            {e.key} <span className="muted">({nodes.filter((n) => n.type === e.key).length})</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Relationship types</legend>
        {EDGE_LEGEND.map((e) => (
          <label key={e.key} className="check" title={e.description}>
            <input
              type="checkbox"
              checked={!state.rels || state.rels.includes(e.key)}
              onChange={() => set({ rels: toggle(state.rels, RELATIONSHIP_TYPES, e.key) })}
            />
            <span className="line-swatch" style={{ background: e.color }} aria-hidden="true" />
            {e.key} <span className="muted">({edges.filter((r) => r.type === e.key).length})</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="dates">
        <legend>Date range</legend>
        <label>
          From{' '}
          <input
            type="text"
            inputMode="numeric"
            placeholder="2015"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            defaultValue={state.since ?? ''}
            key={`s${state.since}`}
            onBlur={(e) => set({ since: e.target.value.trim() || undefined })}
            onKeyDown={blurOnEnter}
          />
        </label>
        <label>
          To{' '}
          <input
            type="text"
            inputMode="numeric"
            placeholder="2018"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            defaultValue={state.until ?? ''}
            key={`u${state.until}`}
            onBlur={(e) => set({ until: e.target.value.trim() || undefined })}
            onKeyDown={blurOnEnter}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Layout</legend>
        <label>
          Layout{' '}
          <select value={layout} onChange={(e) => set({ layout: e.target.value as LayoutName })}>
            {LAYOUTS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.webgl === true}
            onChange={(e) => set({ webgl: e.target.checked || undefined })}
          />
          WebGL renderer
        </label>
      </fieldset>
      <fieldset className="exports">
        <legend>Export this view</legend>
        <button type="button" onClick={exportPng}>
          PNG
        </button>
        <button
          type="button"
          onClick={() => download(`${base}.graphml`, toGraphML(nodes, edges), 'application/xml')}
        >
          GraphML
        </button>
        <button type="button" onClick={() => download(`${base}.csv`, toCsv(nodes, edges), 'text/csv')}>
          CSV
        </button>
        <button
          type="button"
          onClick={() => download(`${base}.json`, toJson(nodes, edges), 'application/json')}
        >
          JSON
        </button>
      </fieldset>
      <details>
        <summary>Nodes in view ({nodes.length})</summary>
        <ul className="node-list" data-testid="node-list">
          {nodes.map((n) => (
            <li key={n.id}>
              <span className="muted">{n.type}</span> {n.name}{' '}
              {!expanded.has(n.id) && (
                <button
                  type="button"
                  className="small"
                  onClick={() => onExpand(n.id)}
                  aria-label={`Expand ${n.name}`}
                >
                  Expand
                </button>
              )}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>Edges in view ({edges.length})</summary>
        <ul className="node-list">
          {edges.map((r) => (
            <li key={r.id}>
              <button type="button" className="linklike" onClick={() => onSelectEdge(r.id)}>
                {nodes.find((n) => n.id === r.from)?.name ?? r.from} — {r.type} →{' '}
                {nodes.find((n) => n.id === r.to)?.name ?? r.to}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
