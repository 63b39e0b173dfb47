// Whose "Secretary-General" a gazetteer match names (gazetteer-mentions.ts asks notTheUnSecretaryGeneral):
// another post's part, another body's head, or the document's own body's. The gazetteer reads a bare "the
// Secretary-General" as the United Nations Secretary-General, and in United Nations documents it is
// ("Report of the Secretary-General", A/74/821).
// A body with a Secretary-General of its own writes the same words for its own head: ITU Plenipotentiary
// Resolution 102 (Minneapolis, 1998) "instructs the Secretary-General"; the ITU Council's 2023 plenary page
// cites "the reports of the Secretary General submitted to the Council" (ITU's, not the UN's). Such a
// document names its body first, in its masthead, title or first sentence; there a bare mention is left
// out (which head the text means cannot be told from the words alone), unless it says "of the United Nations".

import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { DocContext } from '../context.ts';

// Masthead, title and first sentence: its first lines ("ITU CWG-Internet Open Consultation", "The first plenary
// meeting of the ITU Council was held …", "RESOLUTION 102 (Minneapolis, 1998) / Management of Internet domain
// names and addresses / The Plenipotentiary Conference of the International Telecommunication Union"). A body
// named further down, in a numbered paragraph ("1. … Chief, ICT Branch, ITU, opened the meeting"), is one the
// document talks about, not its own.
const HEAD_LINES = 4;
const HEAD_CHARS = 400;
// A symbol of a principal organ (A/68/339, E/CN.16/2012/CRP.6, S/…) is a United Nations document whatever its head.
const UN_SYMBOL = /^[AES]\//;
export const SECRETARY_GENERAL = 'organization:secretary-general';
const STATE_KEY = 'own-secretary-general';

function isBody(e: GazetteerEntry): boolean {
  return (
    (e.type === 'Organization' || e.type === 'WorkingGroup') &&
    e.kind !== 'member-state' &&
    e.id !== SECRETARY_GENERAL
  );
}

/** Whether the first body the document's head names has a Secretary-General of its own (not the UN's). */
function ownBodyHasOwnSecretaryGeneral(ctx: DocContext): boolean {
  let answer = ctx.state.get(STATE_KEY);
  if (answer === undefined) {
    const head = ctx.doc.text
      .slice(0, HEAD_CHARS)
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, HEAD_LINES)
      .join('\n');
    // The first body, not a theme, process or Member State: "Management of Internet domain names" is a topic,
    // "PP-22, Bucharest, Romania" the host. The Secretary-General entry itself says nothing about the body
    // ("Secretary-General of the ITU" is ITU's).
    const first = ctx.gazetteer.match(head).find((m) => isBody(m.entry));
    answer = first?.entry.ownSecretaryGeneral && !UN_SYMBOL.test(ctx.info.symbol ?? '') ? 'yes' : 'no';
    ctx.state.set(STATE_KEY, answer);
  }
  return answer === 'yes';
}

// "the Secretary-General of the United Nations" (or "of the Organization") is the UN's whatever the document,
// but not "of the United Nations Conference on …"; "UN Secretary-General" and "United Nations
// Secretary-General" are other surfaces of the entry, never bare.
const THE_UN = '(?:the\\s+)?(?:United\\s+Nations|UN|Organization)\\b(?![^\\S\\n]+\\p{Lu})';
const OF_THE_UN = new RegExp(`^\\s+of\\s+${THE_UN}`, 'u');

/** A bare "Secretary-General" in a document of a body with its own Secretary-General: not the UN's. */
function ownBodySecretaryGeneral(ctx: DocContext, text: string, at: number, surface: string): boolean {
  if (!/^Secretary[-\s]General$/i.test(surface)) return false;
  if (OF_THE_UN.test(text.slice(at + surface.length, at + surface.length + 40))) return false;
  return ownBodyHasOwnSecretaryGeneral(ctx);
}

// "Secretary-General" inside another post is not the United Nations Secretary-General: an "Under-Secretary-
// General for Economic and Social Affairs", an "Assistant Secretary-General for Policy Coordination" (ECOSOC/6218),
// a "Deputy Secretary-General", or another body's head: "ITU Secretary-General Houlin Zhao" (an acronym other
// than "UN" just before).
// Or the head "of" another body: "Ms. X, Secretary-General of the International Telecommunication Union",
// "Statement by Y, Secretary-General of UN Trade and Development (UNCTAD)" (UNCTAD's CSTD opening statements);
// "the Secretary-General of the United Nations" (or "of the Organization") is the one the gazetteer means, but
// not "of the United Nations Conference on …" nor "of UN Trade and Development".
const OF_OTHER_BODY = new RegExp(`^\\s+of\\s+(?!${THE_UN})(?:the\\s+)?\\p{Lu}`, 'u');
function otherSecretaryGeneral(text: string, at: number, surface: string): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  // Also hyphened: "after eight years as Deputy-Secretary General" (an ITU election press release).
  if (/(?:\bUnder[-\s]|\bAssistant[-\s]+|\bDeputy[-\s]+)$/i.test(before)) return true;
  if (
    /^Secretary[-\s]General$/i.test(surface) &&
    OF_OTHER_BODY.test(text.slice(at + surface.length, at + surface.length + 40))
  )
    return true;
  // Only in running text: in a line of capitals ("BY THE SECRETARY-GENERAL") every word looks like an acronym.
  if (!/\p{Ll}/u.test(surface)) return false;
  return /\b(?!UN\s)[A-Z]{2,8}\s+$/.test(before) || bodyWordBefore(text, at);
}

// Another body's name as a word or a possessive before the post: "Commonwealth Secretary-General Patricia
// Scotland", "ASEAN's Secretary-General", "The Ibero-American Secretary General" (u89). Whose head it is the
// gazetteer may not know; it is not the United Nations'. Not the words that stand before the UN's own head:
// its name, an article, a time ("Former", "Then", "Monday"), a greeting or a preposition opening a sentence.
const WORD_BEFORE = /(?<![\p{L}.])(\p{Lu}[\p{L}-]*)(?:['’]s)?\s+$/u;
const NOT_A_BODY = new Set(
  (
    'un united nations organization organisation the a an this that former then late acting interim current ' +
    'incoming outgoing new next newly elected our his her their its madam madame mister mr mrs ms dr dear excellency ' +
    'honourable honorable distinguished esteemed respected today yesterday tonight by from of and with to for at ' +
    'in on as when while after before meanwhile also deputy assistant under executive said says ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
// A participle opening a clause is no body's name: "Thanking Secretary-General X for …", "Welcoming …".
const PARTICIPLE = /\p{Ll}(?:ing|ed)$/u;
function bodyWordBefore(text: string, at: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return word !== undefined && !NOT_A_BODY.has(word.toLowerCase()) && !PARTICIPLE.test(word);
}

/** A gazetteer match of the Secretary-General entry that names another head than the UN's: no mention. */
export function notTheUnSecretaryGeneral(
  ctx: DocContext,
  text: string,
  at: number,
  surface: string,
): boolean {
  return otherSecretaryGeneral(text, at, surface) || ownBodySecretaryGeneral(ctx, text, at, surface);
}
