// A body's name followed by "Chamber" or "Hall" names a room at United Nations Headquarters, not the body:
// "the informal consultations … will take place in person in the Economic and Social Council Chamber"
// (the Global Digital Compact co-facilitators' letter of February 2024), "the Trusteeship Council
// Chamber", "the General Assembly Hall". The room hosts a meeting; the body takes no part in it, so the
// name is no mention of the body (precision first: no Economic and Social Council node from its room).

import { triggerWords } from './trigger-words.ts';

const ROOM = /^\s+(?:Chamber|Hall)\b/;
// Its nouns: a passage without one names no room, and its bodies are not searched (gazetteer-mentions.ts).
export const ROOM_WORDS = triggerWords(['chamber', 'hall']);

/** Whether the body name ending at `end` in `text` is the name of a room. */
export function roomName(text: string, end: number): boolean {
  return ROOM.test(text.slice(end, end + 12));
}
