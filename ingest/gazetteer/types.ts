// A gazetteer entry: general knowledge about a well-known body, process,
// instrument, Member State or theme (seeds/gazetteer/*.json). It gives
// canonical names and ids; it never asserts a fact by itself.

import type { NodeLabel } from '../../cypher/model/labels.ts';

export interface GazetteerEntry {
  /** Canonical id, e.g. organization:cstd. */
  readonly id: string;
  readonly type: NodeLabel;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronym?: string;
  /** Organization.kind. */
  readonly kind?: string;
  /** Resolution.kind. */
  readonly rkind?: string;
  /**
   * An instrument adopted as a resolution: its symbol ("A/RES/70/1" is the 2030 Agenda), or a summit outcome's own
   * document symbol ("WSIS-05/TUNIS/DOC/7" is the Tunis Commitment); one node either way.
   */
  readonly symbol?: string;
  readonly startYear?: number;
  /** A group that has ended (a panel that delivered its report): its last year. */
  readonly endYear?: number;
  /**
   * A one-off gathering held on stated days (type Meeting: the Summit of the Future, 22–23 September 2024): its
   * first and last day, ISO. A summit is a Meeting (MODEL.md), dated wherever it is named.
   */
  readonly startDate?: string;
  readonly endDate?: string;
  /** The process holds a yearly meeting named by its year ("IGF 2023"). */
  readonly annual?: boolean;
  /**
   * A body that has held one numbered session a year since session `ordinal`, in `year`: its nth session is
   * held in year + n - ordinal (the CSTD met yearly from its eighth session, May 2005), as `annual` dates
   * a process's editions.
   */
  readonly yearlySessions?: { readonly ordinal: number; readonly year: number };
  /**
   * Topics whose working groups and meetings belong to this process: a "Working Group on Enhanced
   * Cooperation" is part of the process towards enhanced cooperation (Tunis Agenda ¶69–71).
   */
  readonly covers?: readonly string[];
  /**
   * The body (or the organisation it belongs to) has a Secretary-General of its own: in its documents a
   * bare "the Secretary-General" is that head (ITU Plenipotentiary Resolution 102 "instructs the
   * Secretary-General"), not the United Nations Secretary-General.
   */
  readonly ownSecretaryGeneral?: boolean;
  /**
   * A non-member observer State of the United Nations (the Holy See, the State of Palestine): kind other, no
   * Member State, but a State that sponsors drafts beside Member States (produced-sponsors.ts).
   */
  readonly observerState?: boolean;
}

export interface GazetteerMatch {
  readonly entry: GazetteerEntry;
  readonly start: number;
  readonly end: number;
  /** The words as written in the text. */
  readonly surface: string;
}

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  /** All non-overlapping longest matches in `text`, in order. */
  match(text: string): GazetteerMatch[];
  /** Matches of entries of one label only (a theme inside a body's name). */
  matchType(text: string, type: GazetteerEntry['type']): GazetteerMatch[];
}
