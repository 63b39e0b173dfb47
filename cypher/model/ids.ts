// Stable, readable, URL-safe ids (MODEL.md: `person:peter-major`,
// `resolution:a-res-70-125`): `<label prefix>:<slug>`.

import { LABELS, type NodeLabel } from './labels.ts';

export const ID_PATTERN = /^[a-z]+:[a-z0-9]+(?:[-.+][a-z0-9]+)*\+*$/;

/** Lower-case ASCII slug: accents folded, every other run of characters becomes "-". "+" is kept (WSIS+20). */
/**
 * Latin letters that have no decomposition, so NFKD leaves them whole and the slug lost them
 * ("Michael Møller" gave person:michael-m-ller): their usual ASCII spellings.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
};
const UNDECOMPOSED_RE = /[øØæÆœŒßđĐðÐłŁþÞıħĦ]/g;

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c] ?? c)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+]+/g, '-')
    .replace(/-*\+-*/g, '+')
    .replace(/^[-+]+|-+$/g, '');
}

export function idPrefix(label: NodeLabel): string {
  const spec = LABELS.find((l) => l.label === label);
  if (!spec) throw new Error(`unknown label ${label}`);
  return spec.idPrefix;
}

export function makeId(label: NodeLabel, key: string): string {
  const slug = slugify(key);
  if (!slug) throw new Error(`cannot make an id for ${label} from ${JSON.stringify(key)}`);
  return `${idPrefix(label)}:${slug}`;
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** The label an id's prefix names, if any. */
export function labelOfId(id: string): NodeLabel | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return LABELS.find((l) => l.idPrefix === prefix)?.label;
}
