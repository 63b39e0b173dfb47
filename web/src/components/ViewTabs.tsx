// The views of one entity: page, graph, lineage, roles, document text.

import { linkTo, type View } from '../url-state.ts';
import { type Navigate, onLinkClick } from '../use-url-state.ts';

const TABS: readonly { view: View; label: string; types?: readonly string[] }[] = [
  { view: 'entity', label: 'Page' },
  { view: 'graph', label: 'Graph' },
  {
    view: 'lineage',
    label: 'Lineage',
    types: ['Resolution', 'Document', 'WorkingGroup', 'Process', 'Meeting'],
  },
  // Process: its chairs and co-facilitators (CHAIRED Person → Process, an extension of MODEL.md).
  {
    view: 'roles',
    label: 'Roles',
    types: ['Person', 'Organization', 'WorkingGroup', 'Meeting', 'Process'],
  },
  { view: 'document', label: 'Text', types: ['Document'] },
];

export function ViewTabs({
  id,
  type,
  current,
  navigate,
}: {
  id: string;
  type?: string;
  current: View;
  navigate: Navigate;
}) {
  return (
    <nav className="tabs" aria-label="Views of this entity">
      {TABS.filter((t) => !t.types || !type || t.types.includes(type)).map((t) => {
        const href = linkTo(t.view, id);
        return (
          <a
            key={t.view}
            href={href}
            aria-current={t.view === current ? 'page' : undefined}
            onClick={onLinkClick(navigate, href)}
          >
            {t.label}
          </a>
        );
      })}
    </nav>
  );
}
