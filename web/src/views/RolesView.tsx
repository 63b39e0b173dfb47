// Roles timeline: who chaired, held posts or spoke where, as bars (from–to) or
// points (one date) on a time axis, with citations; filter by person or body.

import { fetchEntity, fetchRoles } from '../api.ts';
import { EntityLink } from '../components/EntityLink.tsx';
import { MissingEntity } from '../components/MissingEntity.tsx';
import { SourceList } from '../components/SourceList.tsx';
import { ViewTabs } from '../components/ViewTabs.tsx';
import { edgeColor } from '../model-legend.ts';
import {
  matchesWho,
  placeRoles,
  roleLine,
  roleSpan,
  spanText,
  statedIn,
  yearTicks,
} from '../timeline-scale.ts';
import type { UrlState } from '../url-state.ts';
import { useQuery } from '../use-query.ts';
import { type Navigate, useTitle } from '../use-url-state.ts';

const LABEL_W = 330;
const TRACK_W = 560;
const ROW_H = 26;
const short = (t: string) => (t.length > 52 ? `${t.slice(0, 51)}…` : t);

export function RolesView({ state, navigate }: { state: UrlState; navigate: Navigate }) {
  const id = state.id!;
  const q = useQuery(id, (signal) => fetchRoles(id, signal));
  const origin = useQuery(id, (signal) => fetchEntity(id, signal));
  useTitle(`Roles: ${origin.data?.name ?? id}`);
  const roles = (q.data ?? []).filter((r) => matchesWho(r, state.who));
  const { placed, undated, min, max } = placeRoles(roles);
  const x = (year: number) => LABEL_W + ((year - min) / (max - min)) * TRACK_W;
  const height = placed.length * ROW_H + 30;
  return (
    <section aria-labelledby="roles-h" className="roles">
      <header className="view-header">
        <h1 id="roles-h">Roles: {origin.data?.name ?? id}</h1>
        <ViewTabs id={id} type={origin.data?.type} current="roles" navigate={navigate} />
      </header>
      <label className="who">
        Filter by person or body{' '}
        <input
          type="search"
          defaultValue={state.who ?? ''}
          onChange={(e) => navigate({ ...state, who: e.target.value || undefined }, 'replace')}
        />
      </label>
      {q.loading && <p className="muted">Loading…</p>}
      {q.error && <p role="alert">Could not load roles: {q.error}</p>}
      {origin.data === null && <MissingEntity id={id} navigate={navigate} />}
      {q.data && origin.data !== null && roles.length === 0 && (
        <p>No roles recorded{state.who ? ` matching “${state.who}”` : ''}.</p>
      )}
      {placed.length > 0 && (
        <svg
          className="timeline"
          width={LABEL_W + TRACK_W + 20}
          height={height}
          role="img"
          aria-label={`Timeline of ${placed.length} roles from ${min} to ${max}; the list below gives each with its sources.`}
        >
          {yearTicks(min, max).map((y) => (
            <g key={y}>
              <line x1={x(y)} x2={x(y)} y1={0} y2={height - 20} stroke="#d0d0d0" />
              <text x={x(y)} y={height - 6} textAnchor="middle" fontSize="11" fill="#333">
                {y}
              </text>
            </g>
          ))}
          {placed.map((p, i) => {
            const y = i * ROW_H + 6;
            const color = edgeColor(p.role.type);
            const s = roleSpan(p.role);
            return (
              <g key={`${p.role.type}|${p.role.holder.id}|${p.role.target.id}|${p.role.role}|${p.start}`}>
                <title>{`${roleLine(p.role)} (${spanText(s)})`}</title>
                <text x={LABEL_W - 8} y={y + 13} textAnchor="end" fontSize="11" fill="#1a1a1a">
                  {short(roleLine(p.role, id))}
                </text>
                {p.point ? (
                  <circle cx={x(p.start)} cy={y + 9} r={6} fill={color} />
                ) : (
                  <rect
                    x={x(p.start)}
                    y={y + 3}
                    width={Math.max(4, x(p.end) - x(p.start))}
                    height={12}
                    rx={3}
                    fill={color}
                  />
                )}
              </g>
            );
          })}
        </svg>
      )}
      {roles.length > 0 && (
        <section aria-labelledby="roles-list-h">
          <h2 id="roles-list-h">Roles and their sources</h2>
          <ul className="facts">
            {[...placed.map((p) => p.role), ...undated].map((r) => {
              const s = roleSpan(r);
              return (
                <li key={`${r.type}|${r.holder.id}|${r.target.id}|${r.role}|${r.from}`} className="fact">
                  <p className="fact-line">
                    <EntityLink
                      id={r.holder.id}
                      name={r.holder.name}
                      type={r.holder.type}
                      navigate={navigate}
                    />{' '}
                    <strong>{r.role ?? r.type}</strong>{' '}
                    <EntityLink
                      id={r.target.id}
                      name={r.target.name}
                      type={r.target.type}
                      navigate={navigate}
                    />
                    <span className="muted">
                      {' '}
                      ({spanText(s)}
                      {r.datedBy === 'chaired-meetings' ? ', dated by the meetings chaired' : ''}
                      {r.datedBy === 'group-years' ? ", the group's years" : ''}
                      {!s && statedIn(r.sources) ? `; stated in documents of ${statedIn(r.sources)}` : ''})
                    </span>
                  </p>
                  <SourceList sources={r.sources} navigate={navigate} />
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
