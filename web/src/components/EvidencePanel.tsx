// The evidence of one relationship: its two ends, properties and sources.

import { edgeCaption } from '../graph/elements.ts';
import { propertyLabel, propertyValue } from '../property-text.ts';
import type { Entity, Relationship } from '../types.ts';
import type { Navigate } from '../use-url-state.ts';
import { EntityLink } from './EntityLink.tsx';
import { SourceList } from './SourceList.tsx';

export function EvidencePanel({
  relationship: r,
  byId,
  navigate,
  onClose,
}: {
  relationship: Relationship;
  byId: ReadonlyMap<string, Pick<Entity, 'name' | 'type'>>;
  navigate: Navigate;
  onClose: () => void;
}) {
  const from = byId.get(r.from) ?? r.fromEntity;
  const to = byId.get(r.to) ?? r.toEntity;
  const props = Object.entries(r.properties).filter(([, v]) => v !== null && v !== '');
  return (
    <section className="evidence" aria-labelledby="evidence-h" data-testid="evidence">
      <header>
        <h2 id="evidence-h">Evidence: {edgeCaption(r)}</h2>
        <button type="button" className="small" onClick={onClose} aria-label="Close evidence">
          Close
        </button>
      </header>
      <p>
        <EntityLink id={r.from} name={from?.name ?? r.from} type={from?.type} navigate={navigate} />{' '}
        <strong>{r.type}</strong>{' '}
        <EntityLink id={r.to} name={to?.name ?? r.to} type={to?.type} navigate={navigate} />
        {props.length > 0 && (
          <span className="muted">
            {' '}
            (
            {props
              .map(([k, v]) => `${propertyLabel(k).toLowerCase()}: ${propertyValue(r.type, k, v)}`)
              .join(', ')}
            )
          </span>
        )}
      </p>
      <SourceList sources={r.sources} navigate={navigate} />
    </section>
  );
}
