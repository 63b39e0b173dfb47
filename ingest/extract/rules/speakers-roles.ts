// The role a speaker took the floor in (speakers.ts): from the verb of the clause ("moderated by",
// "opened by", "made a presentation") or from the noun before a footnote marker ("The first panellist⁷").

export function verbRole(window: string): string | undefined {
  // "The meeting was chaired by Mr. X" (a Chair's summary): the chair presides, MODEL.md's
  // nearest role is moderator; it was given "presenter".
  if (/\bmoderat|\bchaired\b/i.test(window)) return 'moderator';
  if (/\bopen(?:ed|ing)\b|\bwelcom/i.test(window)) return 'opening';
  if (/\bkeynote\b/i.test(window)) return 'keynote';
  if (/\bpresent(?:ed|ing|ation)\b/i.test(window)) return 'presenter';
  return undefined;
}

export function nounRole(noun: string): string | undefined {
  const n = noun.toLowerCase();
  if (/keynote|introductory/.test(n)) return 'keynote';
  if (/panell?ist/.test(n)) return 'panellist';
  if (/moderator/.test(n)) return 'moderator';
  if (/participant/.test(n)) return 'participant';
  if (/delegate|representative/.test(n)) return 'delegate';
  return undefined;
}
