// The explorer talks to the API over HTTP only (DEVELOPERS.md layering): one
// POST per question to /graphql, errors surfaced with the server's message.

import type {
  DocumentText,
  EntityWithRelationships,
  LineagePath,
  Role,
  SearchHit,
  Subgraph,
} from './types.ts';

const SOURCE = 'document documentLabel documentDate locator quote';
// A lineage path repeats its nodes: with their sources, A/RES/70/125's 605 paths over 282 documents came to 75 MB
// (8–19 s); without, 3.4 MB. A node's sources are on its own page; a hop's evidence keeps its sources.
const ENTITY_SUMMARY = 'id type name aliases properties';
const ENTITY = `${ENTITY_SUMMARY} sources { ${SOURCE} }`;
const REL = `id type from to properties sources { ${SOURCE} }`;
const REL_WITH_ENDS = `${REL} fromEntity { id type name } toEntity { id type name }`;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The API answered ${res.status} ${res.statusText} without JSON.`);
  }
  if (body.errors?.length) {
    const e = body.errors[0]!;
    throw new ApiError(e.message, e.extensions?.code);
  }
  if (!body.data) throw new ApiError(`The API answered ${res.status} with no data.`);
  return body.data;
}

export const searchEntities = (query: string, signal?: AbortSignal) =>
  graphql<{ search: SearchHit[] }>(
    'query Search($q: String!) { search(query: $q, limit: 20) { score match matched entity { id type name aliases properties } } }',
    { q: query },
    signal,
  ).then((d) => d.search);

export const fetchEntity = (id: string, signal?: AbortSignal) =>
  graphql<{ node: EntityWithRelationships | null }>(
    `query Node($id: ID!) { node(id: $id) { ${ENTITY} relationships(limit: 200) { ${REL_WITH_ENDS} } } }`,
    { id },
    signal,
  ).then((d) => d.node);

export const fetchNeighbourhood = (ids: readonly string[], limit = 500, signal?: AbortSignal) =>
  graphql<{ neighbourhood: Subgraph }>(
    `query Hood($ids: [ID!]!, $limit: Int) { neighbourhood(ids: $ids, depth: 1, limit: $limit) {
       truncated nodes { ${ENTITY} } edges { ${REL} } } }`,
    { ids, limit },
    signal,
  ).then((d) => d.neighbourhood);

/** Lineage from `from`: down (what it led to) or up (where it came from); with `to`, the chains from one to the other. */
export const fetchLineage = (
  from: string,
  to: string | undefined,
  signal?: AbortSignal,
  direction: 'down' | 'up' = 'down',
) =>
  graphql<{ lineage: LineagePath[] }>(
    `query Lineage($from: ID!, $to: ID, $direction: String) { lineage(from: $from, to: $to, direction: $direction, maxHops: 6) {
       nodes { ${ENTITY_SUMMARY} } hops { forward relationship { ${REL} } } } }`,
    { from, to: to ?? null, direction },
    signal,
  ).then((d) => d.lineage);

export const fetchRoles = (id: string, signal?: AbortSignal) =>
  graphql<{ roles: Role[] }>(
    `query Roles($id: ID!) { roles(id: $id) { type role from to datedBy sources { ${SOURCE} }
       holder { ${ENTITY} } target { ${ENTITY} } } }`,
    { id },
    signal,
  ).then((d) => d.roles);

export const fetchDocument = (id: string, signal?: AbortSignal) =>
  graphql<{ document: DocumentText | null }>(
    `query Doc($id: ID!) { document(id: $id) { text entity { ${ENTITY} }
       mentions { entityId type start end text } } }`,
    { id },
    signal,
  ).then((d) => d.document);
