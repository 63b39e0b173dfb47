// The URL is the state store: views read it, and change it with navigate()
// (push: a new history entry, e.g. following a link) or replace (filters,
// layout, selection: so Back leaves the view rather than undoing each click).

import { useCallback, useEffect, useState } from 'react';
import { decodeState, encodeState, type UrlState } from './url-state.ts';

export type Navigate = (next: UrlState | string, mode?: 'push' | 'replace') => void;

export function useUrlState(): [UrlState, Navigate] {
  const [state, setState] = useState<UrlState>(() => decodeState(window.location.search));
  useEffect(() => {
    const onPop = () => setState(decodeState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback<Navigate>((next, mode = 'push') => {
    const search = typeof next === 'string' ? next.replace(/^\//, '') : encodeState(next);
    const url = `${window.location.pathname}${search}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setState(decodeState(search));
    if (mode === 'push') {
      window.scrollTo(0, 0);
      // A new view: screen-reader and keyboard users continue from the main content, not the link.
      document.getElementById('main')?.focus({ preventScroll: true });
    }
  }, []);
  return [state, navigate];
}

/** Sets the window title for the current view (history entries and tabs stay distinguishable). */
export function useTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · IG Atlas` : 'IG Atlas';
  }, [title]);
}

/** An in-app link: plain <a href> (open in new tab works) that navigates without reloading. */
export function onLinkClick(navigate: Navigate, href: string) {
  return (e: { preventDefault: () => void; button?: number; metaKey?: boolean; ctrlKey?: boolean }) => {
    if (e.button !== undefined && e.button !== 0) return;
    if (e.metaKey || e.ctrlKey) return;
    e.preventDefault();
    navigate(href);
  };
}
