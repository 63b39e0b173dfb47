// An event page's "Where" field, the place of the gathering the page is about: "Where :" over "UNESCO
// Headquarters, 7, place de Fontenoy, 75007, Paris, France" (UNESCO's event pages, read with their "When"
// field by meetings-extraordinary.ts). The address ends with the city and the country: a Member State the
// gazetteer knows last, the city just before it; a street, a postcode or a building is neither.

import type { DocContext } from '../context.ts';
import { memberStateNamed } from './body-kinds.ts';
import { cityName, type MeetingPlace } from './meeting-place.ts';

const WHERE_LABEL = /^\s*(?:Where|Venue|Location)\b[^:\n]{0,20}:\s*$/i;
const HEAD_PASSAGES = 8;
// A city is capitalised words: no figure (a postcode, a street number), no long run of words (a building).
const CITY = /^\p{Lu}[\p{L}’'.-]*(?:[\s-]\p{Lu}[\p{L}’'.-]*){0,2}$/u;

/** The city and country the page's "Where" field ends with. */
export function whereField(ctx: DocContext): MeetingPlace | undefined {
  const head = ctx.passages.slice(0, HEAD_PASSAGES);
  const i = head.findIndex((q) => WHERE_LABEL.test(q.text));
  const value = i >= 0 ? head[i + 1]?.text.trim() : undefined;
  if (!value || value.includes('\n')) return undefined;
  const parts = value.split(',').map((x) => x.trim());
  const country = memberStateNamed(ctx, parts.at(-1));
  const before = parts.at(-2);
  const city = country && before && CITY.test(before) ? cityName(ctx, before) : undefined;
  if (!country || !city) return undefined;
  return { city, country };
}
