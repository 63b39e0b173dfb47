// Entity page: type, names, aliases, key properties, relationships grouped by
// type and direction, and for every fact its sources with "copy citation".

import { fetchEntity } from '../api.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import { MissingEntity } from '../components/MissingEntity.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { ViewTabs } from '../components/ViewTabs.tsx';
import { nodeStyle } from '../model-legend.ts';
import { propertyDescription, propertyLabel, propertyValue } from '../property-text.ts';
import { groupRelationships, qualifier, relationshipNote } from '../relationship-text.ts';
import type { EntityWithRelationships } from '../types.ts';
import { useQuery } from '../use-query.ts';
import { type Navigate, useTitle } from '../use-url-state.ts';

const HIDDEN_PROPS = new Set(['text', 'sha256']);

export function EntityView({ id, navigate }: { id: string; navigate: Navigate }) {
  const q = useQuery(id, (signal) => fetchEntity(id, signal));
  if (q.loading) return <p className="muted">Loading…</p>;
  if (q.error)
    return (
      <p role="alert">
        Could not load {id}: {q.error}
      </p>
    );
  if (!q.data) return <MissingEntity id={id} navigate={navigate} />;
  return <EntityPage entity={q.data} navigate={navigate} />;
}

function EntityPage({ entity, navigate }: { entity: EntityWithRelationships; navigate: Navigate }) {
  useTitle(entity.name);
  const props = Object.entries(entity.properties).filter(
    ([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
  );
  const groups = groupRelationships(entity.id, entity.relationships);
  return (
    <article className="entity" aria-labelledby="entity-name">
      <header className="entity-header">
        <p className="entity-type">
          <span className="swatch" style={{ background: nodeStyle(entity.type).color }} aria-hidden="true" />
          {entity.type}
        </p>
        <h1 id="entity-name">{entity.name}</h1>
        {entity.aliases.length > 0 && (
          <p className="aliases">
            Also known as: {entity.aliases.filter((a) => a !== entity.name).join(' · ')}
          </p>
        )}
        <ViewTabs id={entity.id} type={entity.type} current="entity" navigate={navigate} />
      </header>
      {props.length > 0 && (
        <section aria-labelledby="props-h">
          <h2 id="props-h">Key facts</h2>
          <dl className="props">
            {props.map(([k, v]) => (
              <div key={k}>
                <dt title={propertyDescription(entity.type, k)}>{propertyLabel(k)}</dt>
                <dd>{propertyValue(entity.type, k, v)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section aria-labelledby="rels-h">
        <h2 id="rels-h">Relationships</h2>
        {groups.length === 0 && <p className="muted">No relationships recorded.</p>}
        {groups.map((g) => (
          <section key={g.key} className="rel-group" aria-label={g.heading}>
            <h3>
              {g.heading} <span className="count">({g.items.length})</span>
            </h3>
            <ul className="facts">
              {g.items.map((r) => {
                const other = g.outgoing ? r.toEntity : r.fromEntity;
                const otherId = g.outgoing ? r.to : r.from;
                const qual = qualifier(r, g.outgoing);
                const note = relationshipNote(r);
                return (
                  <li key={r.id} className="fact" data-rel={r.id}>
                    <p className="fact-line">
                      {qual && <span className="qualifier">{qual} </span>}
                      <EntityLink
                        id={otherId}
                        name={other?.name ?? otherId}
                        type={other?.type}
                        navigate={navigate}
                      />
                      {note && <span className="muted"> ({note})</span>}
                    </p>
                    <SourceList sources={r.sources} navigate={navigate} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby="src-h">
        <h2 id="src-h">Where it is mentioned</h2>
        <SourceList sources={entity.sources} navigate={navigate} />
      </section>
    </article>
  );
}
