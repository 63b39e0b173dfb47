// A bullet pairing an actor with a process by dashes (participation-bullets.ts).

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const took = (text: string): string[] =>
  extractText(`Information about other events\n\n${text}\n`)
    .edges.filter((e) => e.type === 'PARTICIPATED_IN')
    .map((e) => `${e.from} -> ${e.to}`);

const cases: [string, string, string[]][] = [
  [
    'State - process - place',
    '• Kenya - Global Digital Compact - Nairobi consultations',
    ['organization:kenya -> process:gdc'],
  ],
  ['body – process', '• ITU – WSIS+20 review', ['organization:itu -> process:wsis+20']],
  ['not an activity after the dash', '• UNESCO - preparation for the Global Digital Compact', []],
  ['not without a dash', '• Kenya hosted a consultation on the Global Digital Compact', []],
  ['not the process first', '• Global Digital Compact - Kenya', []],
  ['not running text', 'In the past year Kenya - Global Digital Compact - has been discussed.', []],
];

describe('a bullet pairing an actor with a process', () => {
  for (const [name, text, want] of cases)
    it(name, () => {
      expect(took(text)).toEqual(want);
    });
});
