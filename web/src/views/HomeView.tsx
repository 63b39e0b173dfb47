// Start page: what is in the atlas (stats), where mandate lineage starts
// (resolutions, working groups, processes), the UN bodies and how they relate
// (a graph of each one's neighbours), and the documents it was built from apart
// from the ones they only cite.

import { graphql } from '../api.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import {
  documentCaption,
  documentLabel,
  type ListedEntity,
  splitDocuments,
  startingOrder,
} from '../home-lists.ts';
import { linkTo } from '../url-state.ts';
import { useQuery } from '../use-query.ts';
import { type Navigate, onLinkClick, useTitle } from '../use-url-state.ts';

interface Page {
  total: number;
  items: ListedEntity[];
}

interface HomeData {
  stats: { nodes: number; edges: number; documents: number; nodesByType: { key: string; count: number }[] };
  documents: ListedEntity[];
  resolutions: Page;
  groups: Page;
  processes: Page;
  bodies: Page;
}

const LISTED = 'total items { id type name properties }';
const HOME_QUERY = `query Home {
  stats { nodes edges documents nodesByType { key count } }
  documents { id type name properties }
  resolutions: nodes(type: "Resolution", limit: 100) { ${LISTED} }
  groups: nodes(type: "WorkingGroup", limit: 100) { ${LISTED} }
  processes: nodes(type: "Process", limit: 100) { ${LISTED} }
  bodies: nodes(type: "Organization", kind: "un-body", limit: 100) { ${LISTED} }
}`;

export function HomeView({ navigate }: { navigate: Navigate }) {
  const q = useQuery('home', (signal) => graphql<HomeData>(HOME_QUERY, {}, signal));
  useTitle(undefined);
  const docs = q.data ? splitDocuments(q.data.documents) : undefined;
  return (
    <section aria-labelledby="home-h" className="home">
      <h1 id="home-h">IG Atlas</h1>
      <p>
        Internet governance processes as a graph: resolutions, working groups, meetings, people and
        organisations, every fact tied to the paragraph and quote that supports it. Search above, or start
        from a mandate below.
      </p>
      {q.error && <p role="alert">Could not reach the API: {q.error}</p>}
      {q.data && docs && (
        <>
          <p>
            {q.data.stats.nodes} entities, {q.data.stats.edges} relationships, from {docs.ingested.length}{' '}
            ingested documents: {q.data.stats.nodesByType.map((c) => `${c.count} ${c.key}`).join(', ')}.
          </p>
          <div className="starting-points">
            <StartingPoints title="Resolutions" page={q.data.resolutions} navigate={navigate} />
            <StartingPoints title="Working groups" page={q.data.groups} navigate={navigate} />
            <StartingPoints title="Processes" page={q.data.processes} navigate={navigate} />
            <StartingPoints title="UN bodies" page={q.data.bodies} navigate={navigate} view="graph" />
          </div>
          <DocumentList title="Ingested documents" docs={docs.ingested} navigate={navigate} />
          <DocumentList title="Documents they cite" docs={docs.cited} navigate={navigate} />
        </>
      )}
    </section>
  );
}

/** A list of starting points, each with a link to its lineage or (bodies) to the graph of its neighbours. */
function StartingPoints({
  title,
  page,
  navigate,
  view = 'lineage',
}: {
  title: string;
  page: Page;
  navigate: Navigate;
  view?: 'lineage' | 'graph';
}) {
  if (page.total === 0) return null;
  const target = (id: string) => linkTo(view, id);
  return (
    <section aria-label={title}>
      <h2>
        {title} <span className="count">({page.total})</span>
      </h2>
      <ul className="doc-list">
        {startingOrder(page.items).map((e) => (
          <li key={e.id}>
            <EntityLink id={e.id} type={e.type} name={e.name} navigate={navigate} />{' '}
            <a
              className="small-text"
              href={target(e.id)}
              onClick={onLinkClick(navigate, target(e.id))}
              aria-label={`${view === 'graph' ? 'Graph' : 'Lineage'} of ${e.name}`}
            >
              {view}
            </a>
          </li>
        ))}
      </ul>
      {page.total > page.items.length && (
        <p className="muted">{page.total - page.items.length} more: use the search.</p>
      )}
    </section>
  );
}

function DocumentList({
  title,
  docs,
  navigate,
}: {
  title: string;
  docs: readonly ListedEntity[];
  navigate: Navigate;
}) {
  if (docs.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2>
        {title} <span className="count">({docs.length})</span>
      </h2>
      <ul className="doc-list">
        {docs.map((d) => (
          <li key={d.id}>
            <EntityLink id={d.id} type="Document" name={documentLabel(d)} navigate={navigate} />{' '}
            {documentCaption(d) && <span className="muted"> · {documentCaption(d)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
