// Typeahead search across all types (names, aliases, symbols, acronyms), with
// the WAI-ARIA combobox pattern: arrow keys move, Enter opens, Escape closes.

import { useEffect, useId, useRef, useState } from 'react';
import { searchEntities } from '../api.ts';
import { nodeStyle } from '../model-legend.ts';
import { flatten, groupHits, matchNote, moveActive, typeHeading } from '../search-groups.ts';
import type { SearchHit } from '../types.ts';
import { linkTo } from '../url-state.ts';
import type { Navigate } from '../use-url-state.ts';

const DEBOUNCE_MS = 150;

export function SearchBox({ navigate }: { navigate: Navigate }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setHits([]);
      setStatus('');
      return;
    }
    const ctl = new AbortController();
    const t = setTimeout(() => {
      searchEntities(q, ctl.signal).then(
        (h) => {
          setHits(h);
          setActive(-1);
          setOpen(true);
          setStatus(h.length ? `${h.length} results` : 'No results');
        },
        (e: unknown) =>
          !ctl.signal.aborted && setStatus(`Search failed: ${e instanceof Error ? e.message : e}`),
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(t);
      ctl.abort();
    };
  }, [text]);

  const groups = groupHits(hits);
  const flat = flatten(groups);
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const choose = (h: SearchHit | undefined) => {
    if (!h) return;
    setOpen(false);
    setText('');
    navigate(linkTo('entity', h.entity.id));
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => moveActive(a, e.key, flat.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(flat[Math.max(active, 0)]);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    }
  };

  const expanded = open && flat.length > 0;
  let index = -1;
  return (
    <search className="search" aria-label="Search the atlas">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search people, bodies, meetings, documents by name, alias, symbol or acronym
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder="Search: Fonseca, WGEC, A/RES/70/125 …"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => hits.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <div role="status" className="visually-hidden">
        {status}
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="search-results"
        hidden={!expanded}
      >
        {groups.map((g) => (
          // biome-ignore lint/a11y/useSemanticElements: a group inside a custom listbox (combobox pattern)
          <div role="group" key={g.type} aria-labelledby={`${listId}-g-${g.type}`}>
            <div id={`${listId}-g-${g.type}`} className="search-group" role="presentation">
              <span className="swatch" style={{ background: nodeStyle(g.type).color }} aria-hidden="true" />
              {typeHeading(g.type)}
            </div>
            {g.hits.map((h) => {
              index++;
              const i = index;
              const note = matchNote(h);
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users choose with arrow keys + Enter on the combobox input (aria-activedescendant)
                // biome-ignore lint/a11y/useFocusableInteractive: options stay unfocusable; focus remains in the input, per the combobox pattern
                <div
                  key={h.entity.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'option active' : 'option'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(h)}
                  onMouseEnter={() => setActive(i)}
                >
                  <span className="option-name">{h.entity.name}</span>
                  {note && <span className="option-note"> · {note}</span>}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </search>
  );
}
