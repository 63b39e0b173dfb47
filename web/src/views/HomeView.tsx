// Start page: what is in the atlas (stats) and the documents it was built from.

import { graphql } from '../api.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import type { Entity } from '../types.ts';
import { useQuery } from '../use-query.ts';
import { type Navigate, useTitle } from '../use-url-state.ts';

interface HomeData {
  stats: { nodes: number; edges: number; documents: number; nodesByType: { key: string; count: number }[] };
  documents: Pick<Entity, 'id' | 'type' | 'name' | 'properties'>[];
}

export function HomeView({ navigate }: { navigate: Navigate }) {
  const q = useQuery('home', (signal) =>
    graphql<HomeData>(
      'query Home { stats { nodes edges documents nodesByType { key count } } documents { id type name properties } }',
      {},
      signal,
    ),
  );
  useTitle(undefined);
  return (
    <section aria-labelledby="home-h" className="home">
      <h1 id="home-h">IG Atlas</h1>
      <p>
        Internet governance processes as a graph: resolutions, working groups, meetings, people and
        organisations, every fact tied to the paragraph and quote that supports it. Search above to start.
      </p>
      {q.error && <p role="alert">Could not reach the API: {q.error}</p>}
      {q.data && (
        <>
          <p>
            {q.data.stats.nodes} entities, {q.data.stats.edges} relationships, from {q.data.stats.documents}{' '}
            documents: {q.data.stats.nodesByType.map((c) => `${c.count} ${c.key}`).join(', ')}.
          </p>
          <h2>Documents</h2>
          <ul className="doc-list">
            {q.data.documents.map((d) => (
              <li key={d.id}>
                <EntityLink
                  id={d.id}
                  type="Document"
                  name={String(d.properties.symbol ?? d.name)}
                  navigate={navigate}
                />{' '}
                <span className="muted">{d.properties.symbol ? d.name : ''}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
