// A body's name followed by "Chamber" or "Hall" names a room at United Nations Headquarters, not the body:
// "the informal consultations … will take place in person in the Economic and Social Council Chamber"
// (the Global Digital Compact co-facilitators' letter of February 2024), "the Trusteeship Council
// Chamber", "the General Assembly Hall". The room hosts a meeting; the body takes no part in it, so the
// name is no mention of the body (precision first: no Economic and Social Council node from its room).

const ROOM = /^\s+(?:Chamber|Hall)\b/;

/** Whether the body name ending at `end` in `text` is the name of a room. */
export function roomName(text: string, end: number): boolean {
  return ROOM.test(text.slice(end, end + 12));
}
