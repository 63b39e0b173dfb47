// A body's name followed by "Chamber" or "Hall" is a room at Headquarters (rules/room-names.ts): "in the
// Economic and Social Council Chamber" (a co-facilitators' letter) names no Council. Invented sentences.

import { describe, expect, it } from 'vitest';
import { roomName } from '../../../ingest/extract/rules/room-names.ts';
import { extractText, hasNode } from './helpers.ts';

describe('a room named after a body', () => {
  // [text, the body's name in it, is a room]
  const CASES: [string, string, boolean][] = [
    [
      'will take place in the Economic and Social Council Chamber from 10 a.m.',
      'Economic and Social Council',
      true,
    ],
    ['a meeting in the General Assembly Hall on Friday', 'General Assembly', true],
    ['held in the Trusteeship Council\nChamber', 'Trusteeship Council', true],
    // Negative: the body itself, and a body whose own name goes on with "Chamber …".
    ['the Economic and Social Council adopted its resolution', 'Economic and Social Council', false],
    ['the General Assembly. Hall rentals are extra.', 'General Assembly', false],
    ['the General Assembly Hallmark report', 'General Assembly', false],
  ];
  it.each(CASES)('%s', (text, body, room) => {
    expect(roomName(text, text.indexOf(body) + body.length)).toBe(room);
  });

  const g = (text: string) => extractText(text);
  it.each([
    [
      'The informal consultations will take place in person in the Economic and Social Council Chamber from 10 a.m. to 1 p.m.',
      false,
    ],
    ['The Economic and Social Council, in its resolution 2098/3, requested the Commission to report.', true],
  ])('%s', (text, council) => {
    expect(hasNode(g(text), 'organization:ecosoc')).toBe(council);
  });
});
