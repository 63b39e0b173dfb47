// The expressions of a document symbol (symbol-grammar.ts): its organ's letters, its parts, a joint symbol of
// two organs, and the copies' ways of breaking them.

import { WSIS } from './symbol-wsis.ts';

// A number part is "125" or "16.2" but never ends with a full stop: "… A/RES/70/125." ends the
// sentence, not the symbol. Two symbols joined by a hyphen or an en/em dash are one joint symbol,
// a report to two organs ("A/66/64–E/2011/77", the masthead of the Secretary-General's report).
// A copy converted from PDF may join them with a minus sign (U+2212): "United Nations A/73/66−E/2018/10"
// (a document-sharing site's copy of the 2018 WSIS report) is the same joint symbol.
// A copy may write the series in lower case: "(A/HRC/res/26/13, June 2014; A/HRC/res/20/8, June 2012)" (an
// NGOs' open letter on A/HRC/32/L.20); normaliseSymbol writes it RES. A draft's "L." typed in lower case before
// its number ("(document A/79/l.118)", a press release on the Assembly's AI resolution) is the draft's L.
// A revision typed in lower case, after a slash or run on with a full stop ("in its decision
// A/76/L.33.rev.1 of 20 January 2022", UNODC's Ad Hoc Committee page), is the draft's revision A/76/L.33/Rev.1.
// A symbol opens with its organ's letters: a lone capital with a number ("N.16/2005/5") is the tail of a
// subsidiary's part cut from its head where a PDF copy broke the line inside it ("E/2005/31E/C" | "N.16/2005/5",
// a document-sharing site's copy of the CSTD's report E/2005/31-E/CN.16/2005/5), no symbol of its own. A
// series of two letters or more keeps the number it may take.
const PART =
  '(?:[A-Z]{2,6}(?:\\.\\d+)?|[A-Z])(?:\\/(?:[A-Z][A-Za-z]*|res|dec|l(?=\\.\\d)|rev(?=\\.\\d)|\\d+(?:\\.\\d+)*)(?:\\.\\d+)?){2,7}(?:\\.[Rr]ev\\.\\d+)?';
const JOINED = '[A-Z](?:\\/(?:[A-Z][A-Za-z]*|\\d+)(?:\\.\\d+)?)+';
// A joint symbol whose dash the copy lost: "A/70/63E/2015/10" (a web copy of the Secretary-General's WSIS
// report), or "A/71/67*E/2016/51*" with only the reissue star between the halves. No symbol part is digits
// run into a capital and a slash, so the Council half (a year after its letter) is the joint's other half.
// The Council half may be a subsidiary's, its series before the year: "E/2005/31E/CN.16/2005/5" (a copy of a
// CSTD report's cover, E/2005/31-E/CN.16/2005/5).
const GLUED = `\\*?(?=[A-Z]\\/(?:[A-Z]{1,4}\\.\\d+\\/)?\\d{4}\\/)${JOINED}`;
export const GLUED_AT = /(?<=\/\d+)\*?(?=[A-Z]\/(?:[A-Z]{1,4}\.\d+\/)?\d{4}\/)/;
// A footnote's number run into its text where a web page flattened the notes into the paragraph: "agreed by
// consensus,2A/75/816." and "the current OEWG,4A/77/275 and A/78/265 respectively." (a web copy of an OEWG
// progress report; "the follow-up process,6E/2006/85.", dig.watch's ECOSOC resolution 2006/46): one or two digits right after punctuation are the note's number, not the symbol's.
// After a space too: "the 2021 OEWG on developments in the field of ICTs in the context of international
// security 2A/75/816 and the consensus reports of the 2010, 2013, 2015, and 2021 GGEs. 3A/65/201, A/68/98" (the
// same site's copy of the first progress report): no symbol opens with a digit, so the digits are the note's.
// Not after a noun a number labels ("the item 2A/98/816", "page 3A/…"): that number is the item's.
const LABELLED =
  '(?<!(?:[Ii]tems?|[Pp]ages?|[Pp]aras?|[Pp]aragraphs?|[Aa]nnex(?:es)?|[Cc]hapters?|[Ss]ections?|[Rr]ooms?|[Tt]ables?|[Ff]igures?|[Nn]o\\.)\\s[1-9]\\d?)';
// Every symbol opens with capitals (and a number or a hyphen) up to its first slash: tested first, one character
// at most positions, where the look-behinds of START were tried at every character of every passage.
const OPENS = '(?=[A-Z][A-Z\\d.-]*\\/)';
const START = `${OPENS}(?:(?<![\\w/.:-])|(?<=[,.;)”"’][1-9]\\d?)|(?<=\\s[1-9]\\d?)${LABELLED})`;
// ECLAC's series take one part after the body's "LC": "Distr. GENERAL LC/G.2491 25 April 2011" (the report of
// the third Ministerial Conference on the Information Society in Latin America and the Caribbean), "LC/R.2144"
// (the San Salvador Commitment), "LC/L.3265". Its longer ones ("LC/CAR/L.123") are PART's.
const ECLAC = 'LC\\/[A-Z]{1,3}\\.\\d{3,5}(?:\\/Rev\\.\\d+)?(?![\\w/])';
export const SYMBOL = new RegExp(`${START}(${WSIS}|${ECLAC}|${PART}(?:[-–—−]${JOINED}|${GLUED})?)`, 'g');
// The masthead (document-masthead.ts) still reads a dash-joined masthead as two symbols and joins them
// itself, keeping each half as the document's alias; it asks for hyphen joints only.
export const SYMBOL_HYPHEN = new RegExp(`${START}(${WSIS}|${ECLAC}|${PART}(?:-${JOINED}|${GLUED})?)`, 'g');
