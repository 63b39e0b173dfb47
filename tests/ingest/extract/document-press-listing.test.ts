// A page listing several press releases (rules/document-press.ts): press.un.org's "Appointments" page sets
// each release's symbol alone over its first paragraph. The page is none of them: it keeps its file name and
// cites each symbol. A release with its own symbol alone, however many others of other series it cites, stays
// that release. Texts are invented.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const documentOf = (text: string) =>
  extractText(text, 'listing.txt').nodes.find((n) => n.type === 'Document')!;

const ENTRY =
  'United Nations Secretary-General Jon Sample announced today the appointment of Ana Example of Chile.';

describe('a page listing press releases', () => {
  it('is none of the releases it lists', () => {
    const d = documentOf(`Appointments\n\n\nSG/A/9995\n\n${ENTRY}\n\nSG/A/9993\n\n${ENTRY}\n`);
    expect(d.id).toBe('document:listing');
    expect(d.properties.symbol).toBeUndefined();
  });

  it('lists releases under a symbol on the first line too', () => {
    const d = documentOf(`SG/A/9995\n\n${ENTRY}\n\nSG/A/9993\n\n${ENTRY}\n`);
    expect(d.properties.symbol).toBeUndefined();
  });

  it('a release alone keeps its symbol', () => {
    const d = documentOf(`SG/A/9995\n\n${ENTRY}\n`);
    expect(d.properties.symbol).toBe('SG/A/9995');
  });

  it('a release citing a symbol of another series keeps its own', () => {
    const d = documentOf(`SG/A/9995\n\n${ENTRY}\n\nGA/12001\n\n${ENTRY}\n`);
    expect(d.properties.symbol).toBe('SG/A/9995');
  });

  it('the same symbol repeated is one release', () => {
    const d = documentOf(`GA/10999\n\n${ENTRY}\n\nGA/10999\n`);
    expect(d.properties.symbol).toBe('GA/10999');
  });
});
