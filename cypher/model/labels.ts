// The node labels of the knowledge model: the single source of truth.
// Encodes ../shared/MODEL.md ("Node labels") exactly; additions are marked
// `extension` and documented in docs/model.md. Everything else (GraphQL SDL,
// LadybugDB DDL, Neo4j constraints, validation, the web legend) derives from it.

export type PropertyType = 'string' | 'int' | 'date' | 'string[]';

export interface PropertySpec {
  readonly type: PropertyType;
  readonly description: string;
  /** Closed vocabulary: a value outside it is rejected by validation. */
  readonly enum?: readonly string[];
  /** Open vocabulary: known values, listed for docs and UI; others are allowed. */
  readonly examples?: readonly string[];
  /** Not in MODEL.md; added by this project. */
  readonly extension?: true;
  /**
   * Several sources may state several values (a Chair later Acting Chair): merged
   * values are kept, distinct, joined with this separator instead of first-wins.
   */
  readonly joinWith?: string;
}

export interface LabelSpec {
  readonly label: string;
  /** Prefix of every id of this label: `person:peter-major`. */
  readonly idPrefix: string;
  readonly description: string;
  readonly properties: Readonly<Record<string, PropertySpec>>;
  /** Property holding a date used by the timeline (ISO, possibly partial). */
  readonly dateProperty?: string;
}

const s = (description: string, extra: Partial<PropertySpec> = {}): PropertySpec => ({
  type: 'string',
  description,
  ...extra,
});
const date = (description: string): PropertySpec => ({ type: 'date', description });
const int = (description: string): PropertySpec => ({ type: 'int', description });

export const ORGANIZATION_KINDS = [
  'un-body',
  'intergovernmental',
  'member-state',
  'private-sector',
  'civil-society',
  'technical-academic',
  'other',
] as const;

export const RESOLUTION_KINDS = ['resolution', 'decision', 'outcome-document'] as const;

export const LABELS = [
  {
    label: 'Document',
    idPrefix: 'document',
    description: 'One source file that was ingested (report, notification, presentation, resolution text).',
    dateProperty: 'date',
    properties: {
      symbol: s('UN document symbol when the text gives one, e.g. E/CN.16/2018/CRP.3'),
      title: s('Title as printed'),
      date: date('Date of issue (ISO)'),
      docType: s('Kind of document', {
        examples: ['report', 'notification', 'presentation', 'resolution', 'note', 'summary'],
      }),
      file: s('File name it was read from'),
      sha256: s('SHA-256 of the file bytes; unchanged files are not re-ingested'),
      text: s('Full extracted text, for the document reader and quote checks', { extension: true }),
      extractor: s(
        'Version (a hash) of the extraction code and data that produced the facts; a document extracted by another version is ingested again',
        { extension: true },
      ),
    },
  },
  {
    label: 'Resolution',
    idPrefix: 'resolution',
    description:
      'A formal text adopted by a body: GA / ECOSOC resolutions and decisions, summit outcome documents.',
    dateProperty: 'adoptedOn',
    properties: {
      symbol: s('Normalised symbol, e.g. A/RES/70/125'),
      adoptedOn: date('Adoption date (ISO) when stated'),
      kind: s('What kind of instrument', { enum: RESOLUTION_KINDS }),
    },
  },
  {
    label: 'WorkingGroup',
    idPrefix: 'workinggroup',
    description: 'A group set up to do a defined piece of work (WGEC 2016–2018, an expert panel).',
    properties: {
      startYear: int('Year it started'),
      endYear: int('Year it ended'),
      acronym: s('Acronym, e.g. WGEC'),
    },
  },
  {
    label: 'Meeting',
    idPrefix: 'meeting',
    description: 'A dated gathering: WG meeting, Commission session, panel, consultation, IGF, summit.',
    dateProperty: 'startDate',
    properties: {
      startDate: date('First day (ISO)'),
      endDate: date('Last day (ISO)'),
      ordinal: int('Ordinal: 1 for the first meeting or session'),
      city: s('City'),
      venue: s('Venue, e.g. Palais des Nations'),
      country: s('Country'),
    },
  },
  {
    label: 'Person',
    idPrefix: 'person',
    description: 'A named individual.',
    properties: {
      honorific: s('Honorific as written', { examples: ['Mr.', 'Ms.', 'Ambassador', 'Professor', 'Dr.'] }),
      email: s('E-mail address when the text gives one'),
    },
  },
  {
    label: 'Organization',
    idPrefix: 'organization',
    description:
      'UN organs and bodies, secretariats, intergovernmental organisations, companies, NGOs, Member States.',
    properties: {
      kind: s('Kind of organisation', { enum: ORGANIZATION_KINDS }),
      acronym: s('Acronym, e.g. UNCTAD'),
      country: s('Country it is based in, when stated', { extension: true }),
    },
  },
  {
    label: 'Theme',
    idPrefix: 'theme',
    description: 'A public-policy topic: enhanced cooperation, data for development, digital divides.',
    properties: {
      broader: s('Id of the parent theme'),
    },
  },
  {
    label: 'Process',
    idPrefix: 'process',
    description: 'A long-running governance process: WSIS, WSIS+10, WSIS+20, IGF, Global Digital Compact.',
    properties: {
      startYear: int('Year it started'),
      endYear: int('Year it ended'),
      acronym: s('Acronym, e.g. WSIS', { extension: true }),
    },
  },
] as const satisfies readonly LabelSpec[];

export type NodeLabel = (typeof LABELS)[number]['label'];

export const NODE_LABELS: readonly NodeLabel[] = LABELS.map((l) => l.label);

export function labelSpec(label: string): LabelSpec | undefined {
  return (LABELS as readonly LabelSpec[]).find((l) => l.label === label);
}

export function isNodeLabel(label: string): label is NodeLabel {
  return labelSpec(label) !== undefined;
}
