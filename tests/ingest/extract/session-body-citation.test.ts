// A session cited after its body's name and a comma, as UN footnotes cite records: "Records of the General
// Conference, Forty-first Session, Paris, 9–24 November 2021" (GA resolutions citing UNESCO's
// Recommendation on the Ethics of Artificial Intelligence) is the General Conference's session, not that of
// the last Council or Assembly the document named (rules/session-body.ts). Sentences paraphrase the genre.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const sessions = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'PART_OF' && e.from.startsWith('meeting:'))
    .map((e) => `${e.from} ${e.to}`)
    .sort();

const BEFORE =
  'The General Assembly,\n\nRecalling Economic and Social Council resolution 2023/3 of 7 June 2023,\n\nWelcoming the Recommendation on the Ethics of Artificial Intelligence,^{1}\n\n__________________\n';

describe('a session cited after its body and a comma', () => {
  it.each([
    [
      "the General Conference's session, not the Council's",
      `${BEFORE}^{1} United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1, annex VII.\n`,
      ['meeting:unesco-general-conference-41 organization:unesco-general-conference'],
    ],
    [
      '"adopted by <body> at its … session" after other bodies in the sentence',
      'The General Assembly,\n\nRecalling all relevant General Assembly resolutions, all relevant Human Rights Council resolutions, as well as the agreed conclusions adopted by the Commission on the Status of Women at its sixty-seventh session, on 17 March 2023,\n',
      ['meeting:csw-67 organization:csw'],
    ],
    // The body citing its resolution does not hold the session: the clause's subject does (GA resolution
    // 78/132 ¶54's shape).
    [
      '"as requested by <body> in its resolution …, <subject> will organize, during its … session"',
      '54. Notes that, as requested by the Economic and Social Council in its resolution 2023/3, the Commission on Science and Technology for Development will collect inputs and will organize, during its twenty-seventh session, in 2024, a substantive discussion;\n',
      ['meeting:cstd-27 organization:cstd'],
    ],
    // Unchanged: the Assembly's Official Records cited by supplement add no session.
    [
      'the General Assembly, Seventy-eighth Session, Supplement No. 53',
      `${BEFORE}^{1} Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53).\n`,
      [],
    ],
  ])('%s', (_, text, want) => {
    expect(sessions(text)).toEqual(want);
  });
});
