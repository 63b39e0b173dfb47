// Every view's state lives in the URL (issue 5, point 7): the address is the
// state, so a shared link or a reload shows the same view. Only query
// parameters on `/` are used, so no server-side route fallback is needed.

export const VIEWS = ['home', 'entity', 'graph', 'lineage', 'roles', 'document', 'bench'] as const;
export type View = (typeof VIEWS)[number];

export const LAYOUTS = ['fcose', 'breadthfirst', 'concentric', 'dagre', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface UrlState {
  readonly view: View;
  /** Entity (or document) id the view is about. */
  readonly id?: string;
  /** Lineage target ("Trace to"), or with `dir` up the origin traced from. */
  readonly to?: string;
  /** Lineage direction: absent = what the node led to; `up` = where it came from. */
  readonly dir?: 'up';
  /** Graph: nodes the user expanded, in order. */
  readonly expanded?: readonly string[];
  /** Node-type filter: types shown (absent = all). */
  readonly types?: readonly string[];
  /** Relationship-type filter: types shown (absent = all). */
  readonly rels?: readonly string[];
  /** Date range (ISO, inclusive; partial dates allowed). */
  readonly since?: string;
  readonly until?: string;
  readonly layout?: LayoutName;
  readonly webgl?: boolean;
  /** Selected edge (TYPE|from|to) whose evidence is shown. */
  readonly edge?: string;
  /** Document reader: quote to scroll to, or a locator ("para 2"). */
  readonly quote?: string;
  readonly loc?: string;
  /** Roles timeline: filter by person or body name. */
  readonly who?: string;
  /** Bench: number of synthetic elements. */
  readonly n?: number;
}

const LIST_KEYS = ['expanded', 'types', 'rels'] as const;
const TEXT_KEYS = ['id', 'to', 'since', 'until', 'edge', 'quote', 'loc', 'who'] as const;
const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isView(v: string | null): v is View {
  return v !== null && (VIEWS as readonly string[]).includes(v);
}

function isLayout(v: string | null): v is LayoutName {
  return v !== null && (LAYOUTS as readonly string[]).includes(v);
}

/** Parses a query string (with or without `?`). Unknown or malformed values are dropped, never thrown. */
export function decodeState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const raw = p.get('view');
  const state: Record<string, unknown> = { view: isView(raw) ? raw : p.get('id') ? 'entity' : 'home' };
  for (const k of TEXT_KEYS) {
    const v = p.get(k);
    if (v) state[k] = v;
  }
  for (const k of ['since', 'until'] as const) {
    if (state[k] !== undefined && !ISO_PARTIAL.test(String(state[k]))) delete state[k];
  }
  for (const k of LIST_KEYS) {
    const v = p.get(k);
    if (v !== null) state[k] = v === '' ? [] : v.split(',').filter(Boolean);
  }
  const layout = p.get('layout');
  if (isLayout(layout)) state.layout = layout;
  if (p.get('dir') === 'up') state.dir = 'up';
  if (p.get('webgl') === '1') state.webgl = true;
  const n = Number(p.get('n'));
  if (Number.isInteger(n) && n > 0) state.n = Math.min(n, 50_000);
  return state as unknown as UrlState;
}

/** Builds the query string (with leading `?`) in a stable key order; empty values are left out. */
export function encodeState(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.view !== 'home') p.set('view', state.view);
  for (const k of TEXT_KEYS) {
    const v = state[k];
    if (v) p.set(k, v);
  }
  for (const k of LIST_KEYS) {
    const v = state[k];
    // An empty list is meaningful for filters (nothing shown) but not for `expanded`.
    if (v && (v.length > 0 || k !== 'expanded')) p.set(k, v.join(','));
  }
  if (state.layout) p.set('layout', state.layout);
  if (state.dir) p.set('dir', state.dir);
  if (state.webgl) p.set('webgl', '1');
  if (state.n) p.set('n', String(state.n));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The state of a view reached by following a link: keeps nothing from the old view but what is given. */
export function linkTo(view: View, id?: string, extra: Partial<UrlState> = {}): string {
  return `/${encodeState({ view, id, ...extra })}`;
}
