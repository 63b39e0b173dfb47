import { nodeStyle } from '../model-legend.ts';
import { linkTo } from '../url-state.ts';
import { type Navigate, onLinkClick } from '../use-url-state.ts';

export function EntityLink({
  id,
  name,
  type,
  navigate,
}: {
  id: string;
  name: string;
  type?: string;
  navigate: Navigate;
}) {
  const href = linkTo(type === 'Document' ? 'document' : 'entity', id);
  return (
    <a href={href} onClick={onLinkClick(navigate, href)} className="entity-link">
      {type && <span className="swatch" style={{ background: nodeStyle(type).color }} aria-hidden="true" />}
      {name}
    </a>
  );
}
