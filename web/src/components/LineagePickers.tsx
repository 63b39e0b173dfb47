// The lineage view's choices (LineageView.tsx): which way to walk, and one chain to trace.

import type { EntitySummary } from '../types.ts';
import type { UrlState } from '../url-state.ts';
import type { Navigate } from '../use-url-state.ts';

/** "Trace to" ("Trace from" upwards): restricts the drawing to the paths that reach one body, report or review,
 * or that start at one mandate (`to` in the URL). */
export function TargetPicker({
  state,
  navigate,
  nodes,
  loading,
}: {
  state: UrlState;
  navigate: Navigate;
  nodes: readonly EntitySummary[];
  loading: boolean;
}) {
  if (nodes.length === 0 && !state.to) return null;
  const up = state.dir === 'up';
  const options = [...nodes];
  if (state.to && !options.some((n) => n.id === state.to))
    options.unshift({ id: state.to, type: '', name: state.to, aliases: [], properties: {} });
  return (
    <label className="trace-to">
      {up ? 'Trace from' : 'Trace to'}{' '}
      <select
        value={state.to ?? ''}
        aria-busy={loading || undefined}
        onChange={(e) => navigate({ ...state, to: e.target.value || undefined, edge: undefined }, 'replace')}
      >
        <option value="">{up ? 'everything it came from' : 'everything it led to'}</option>
        {options.map((n) => (
          <option key={n.id} value={n.id}>
            {n.type ? `${n.type}: ` : ''}
            {n.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Which way to walk: what the node led to (down), or the mandates and instruments it came from (`dir=up`). */
export function DirectionPicker({ state, navigate }: { state: UrlState; navigate: Navigate }) {
  const choices = [
    { dir: undefined, text: 'What it led to' },
    { dir: 'up' as const, text: 'Where it came from' },
  ];
  return (
    <fieldset className="lineage-direction">
      <legend className="visually-hidden">Lineage direction</legend>
      {choices.map((c) => (
        <label key={c.text}>
          <input
            type="radio"
            name="lineage-direction"
            checked={state.dir === c.dir}
            onChange={() => navigate({ ...state, dir: c.dir, to: undefined, edge: undefined })}
          />{' '}
          {c.text}
        </label>
      ))}
    </fieldset>
  );
}
