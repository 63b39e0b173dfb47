// What the words after "Chair of the" name when the gazetteer knows no body in them (affiliation-claims.ts,
// which otherwise makes an organisation of the words): a gathering is no body ("Chair of the Informal
// Consultations", "… of the Round Table"), and a body's common noun is the body the text means by it
// ("Chair of the twenty-seventh session of the Commission", a Commission's report; "Vice-Chair of the
// Council" with no Council named gave an Organization "Council").

import { type DocContext, mentionsCovering } from '../context.ts';

const GATHERING =
  /\b(?:[Cc]onsultations?|[Cc]onference|[Ss]ummit|[Dd]ialogue|[Ss]egment|[Dd]ebate|[Nn]egotiations|[Ww]orkshop|[Ss]eminar|[Ss]ymposium|[Rr]etreat|[Rr]ound[- ]?[Tt]able|[Hh]earing|[Bb]riefing)s?$/;
const COMMON_NOUN =
  /^(?:Commission|Council|Committee|Assembly|Panel|Forum|Bureau|Board|Secretariat|Conference)$/;

/**
 * The body chaired, named by `words` at `at`: its id ("the Commission" resolved by gazetteer-mentions.ts),
 * null for none (a gathering, or a common noun with no body behind it), undefined when the words may name
 * an organisation of their own.
 */
export function chairedWords(ctx: DocContext, words: string, at: number): string | null | undefined {
  if (COMMON_NOUN.test(words))
    return mentionsCovering(ctx, at).find((m) => m.type === 'Organization')?.id ?? null;
  if (GATHERING.test(words)) return null;
  // A process the gazetteer knows, or its edition, is no body and no organisation (MODEL.md CHAIRED): "Virgilio
  // Almeida, Chairman of NETmundial," (news of the 2014 São Paulo meeting) gave an Organization "NETmundial"
  // beside the Process; "Chair of NETmundial+10" likewise. The chair's gathering is left to the meeting rules,
  // the chair of the Process itself to rules/chair-process.ts (CHAIRED Person → Process).
  const base = words.replace(/(?:\+\s?\d*|\s+\d{4})$/, '');
  if (
    ctx.gazetteer
      .match(base)
      .some((m) => m.entry.type === 'Process' && m.start === 0 && m.end === base.length)
  )
    return null;
  // Words the gazetteer's mentions already read as a known body, as a short name does ("Chair of the
  // Leadership Panel" in an IGF transcript that named the IGF: rules/short-names.ts): that body.
  const known = mentionsCovering(ctx, at).find(
    (m) => m.type === 'Organization' && m.start === at && m.end === at + words.length,
  );
  return known?.id;
}
