// A shared link whose id the graph no longer holds (a re-ingest can rename or
// drop an entity): say so plainly instead of an empty view, and offer search.

import type { Navigate } from '../use-url-state.ts';

export function MissingEntity({ id, navigate }: { id: string; navigate: Navigate }) {
  return (
    <p role="alert" data-testid="missing-entity">
      No entity with id <code>{id}</code> in this graph: it may have been renamed or removed when its
      documents were ingested again.{' '}
      <a
        href="/"
        onClick={(e) => {
          e.preventDefault();
          navigate({ view: 'home' });
        }}
      >
        Search the graph
      </a>
      .
    </p>
  );
}
