// How a model property reads on an entity page: "Adopted on 16 December 2015",
// not "adoptedOn 2015-12-16". Labels come from the property key (the model is
// the source of truth, so a new property reads well without web changes);
// the model's description becomes the tooltip. Dates stay as precise as the
// source: the model allows partial dates ("2018", "2018-05"), and a reader
// must not be shown an invented day.

import { LABELS, type PropertySpec } from '../../cypher/model/labels.ts';
import { RELATIONSHIPS } from '../../cypher/model/relationships.ts';

// Keys whose split form would mislead or read badly.
const LABEL_OVERRIDES: Readonly<Record<string, string>> = {
  docType: 'Document type',
  sha256: 'SHA-256',
  email: 'E-mail',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "startYear" → "Start year", "stakeholderGroup" → "Stakeholder group". */
export function propertyLabel(key: string): string {
  const override = LABEL_OVERRIDES[key];
  if (override) return override;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The model's spec of `key` on a node label or relationship type named `type`. */
function spec(type: string, key: string): PropertySpec | undefined {
  const owner: { readonly properties: Readonly<Record<string, PropertySpec>> } | undefined =
    LABELS.find((l) => l.label === type) ?? RELATIONSHIPS.find((r) => r.type === type);
  return owner?.properties[key];
}

/** The model's description of `key` on nodes (or relationships) of `type`, for a tooltip. */
export function propertyDescription(type: string, key: string): string | undefined {
  return spec(type, key)?.description;
}

/** "2015-12-16" → "16 December 2015", "2018-05" → "May 2018", "2018" → "2018"; anything else as is. */
export function formatIsoDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !name) return value;
  if (!name) return year!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** A property value of a node label or relationship type as text: lists joined, dates written out. */
export function propertyValue(type: string, key: string, value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  const text = String(value);
  return spec(type, key)?.type === 'date' ? formatIsoDate(text) : text;
}
