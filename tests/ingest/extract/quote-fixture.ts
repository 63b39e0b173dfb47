// One text for the quote tests (quote-in, source-cache): stops, abbreviations, a symbol with full stops,
// blank lines, a sentence longer than a quote and preambular clauses one to a line, so every branch of the
// bounds is reached.
export const QUOTE_TEXT = [
  'Mr. Peter Major (Hungary) chaired the session; Ms. Anriette Esterhuysen was Vice-Chair.',
  '',
  'In para. 65 of resolution 70/125 (see E/CN.16/2019/2), e.g. the General Assembly called for it. The',
  'Commission met!  Did it report? Yes.',
  '',
  '',
  `${'The working group on enhanced cooperation '.repeat(12)}met in Geneva, Switzerland, on 26 and 27 January 2017.`,
  'St. Kitts, Dr. No and A. B. Smith et al. vs. the rest.',
  'The Sample Council,',
  'Recalling its resolution 90/1 of 1 May 2090,',
  'Welcoming the convening of the Sample Summit, at which resolution 90/2 was adopted,',
  'Aware of the work of the Commission, and recalling resolution 90/3,',
  'Decides to act.',
].join('\n');
