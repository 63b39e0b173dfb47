// The Document node of the file itself: UN symbol from the masthead, title,
// date of issue and kind of document (MODEL.md "Document").

import { makeId, slugify } from '../../../cypher/model/ids.ts';
import type { Passage } from '../../types.ts';
import { props } from '../claims.ts';
import { addNode, type DocContext } from '../context.ts';
import { datelineStart, firstDate, numericDateLine } from '../parse/dates.ts';
import { dayWithHours, placeDateline, wholeDayDate } from './document-dated-symbol.ts';
import {
  CAPS_HEADLINE,
  docTypeOf,
  firstLineHeadline,
  headlineLike,
  LONE_SYMBOL,
  listEntry,
  mastheadSymbols,
  proseBlock,
  symbolsBeforeDistr,
  TITLE_START,
} from './document-masthead.ts';
import { monthLineDate } from './document-month-line.ts';
import { headlineUnderSymbol, isPressSymbol, pressReleaseSymbol, wholeHeadline } from './document-press.ts';
import { sessionMasthead } from './document-press-session.ts';
import { selfInstrument, selfResolution } from './document-self.ts';
import { beforeSalutation, letterDate } from './letter-salutation.ts';
import { capsHeadlineIn } from './press-headline.ts';
import { findSymbols } from './symbols.ts';
import { furniture, labelLine } from './title-furniture.ts';
import { linkListItem } from './title-labels.ts';
import { openTitleRest, titleRest } from './title-wrap.ts';

const MASTHEAD_LINES = 14;

// "Report of the Secretary-General" under a UN masthead is the kind of the document; its subject is the
// heading above it, and an "Addendum" below it has its own heading (A/67/66/Add.1–E/2012/49/Add.1,
// A/74/821): "<subject> — Report of the Secretary-General — Addendum: <heading>".
const BY_OFFICE = /^(?:Report|Note) (?:of|by) the Secretary-General$/i;

function withSubject(ctx: DocContext, titleP: Passage, line: string): string {
  if (!BY_OFFICE.test(line) || titleP.text.trim().split('\n').length > 1) return line;
  const i = ctx.passages.indexOf(titleP);
  const headingAt = (k: number) => {
    const q = ctx.passages[k];
    if (!q || (q.kind !== 'heading' && q.kind !== 'text') || q.text.length > 300) return undefined;
    const t = clean(q.text.replace(/\s*\n\s*/g, ' '));
    // Masthead furniture is no subject: "Distr.: General", "Item 14 of the agenda", "Seventy-fourth session".
    return /\b(?:Distr\.|Original:|session|[Ii]tem \d|[Aa]genda)\b|^\d/.test(t) || !/\p{Ll}/u.test(t)
      ? undefined
      : t;
  };
  const subject = headingAt(i - 1);
  if (!subject) return line;
  const addendum = /^\s*Addendum\s*$/.test(ctx.passages[i + 1]?.text ?? '') ? headingAt(i + 2) : undefined;
  return `${subject} — ${line}${addendum ? ` — Addendum: ${addendum}` : ''}`;
}

function clean(line: string): string {
  return (
    line
      .replace(/^#+\s*/, '')
      .replace(/\*+/g, '')
      .replace(/[*¹²³⁴⁵⁶⁷⁸⁹⁰]+$/, '')
      // A footnote marker set on the line as a plain digit: "Draft resolution for adoption by the Council1".
      .replace(/(?<=\p{Ll}{4})\d$/u, '')
      .trim()
  );
}

/**
 * A resolution's text copied without its masthead still says what it is: "Resolution adopted by the
 * General Assembly on 14 December 2022" over its number line "77/150. Information and …". The General
 * Assembly and the Human Rights Council number by session (A/RES/77/150, A/HRC/RES/38/7), the Economic and
 * Social Council by year (E/RES/2022/15).
 */
function adoptedSymbol(head: DocContext['passages']): string | undefined {
  const by = head
    .map((p) =>
      /\b(Resolution|Decision) adopted by the (General Assembly|Economic and Social Council|Human Rights Council)\b/.exec(
        p.text,
      ),
    )
    .find(Boolean);
  const n = head.map((p) => /^\s*\**(\d{2,4})\/(\d{1,3})\.\s+\S/.exec(p.text)).find(Boolean);
  if (!by || !n) return undefined;
  // The Human Rights Council numbers by session too: "38/7. The promotion, protection …" is A/HRC/RES/38/7.
  const prefix = by[2] === 'General Assembly' ? 'A' : by[2] === 'Human Rights Council' ? 'A/HRC' : 'E';
  if ((prefix !== 'E') !== n[1]!.length <= 3) return undefined;
  return `${prefix}/${by[1] === 'Decision' ? 'DEC' : 'RES'}/${n[1]}/${n[2]}`;
}

const RUN_ON_MASTHEAD =
  /^(?:[–—]\s*[A-Z]{1,6}(?:\/[\w.]+){2,7}\s+)?(?:United Nations|General Assembly|Economic and Social Council|Security Council)\b/;

// A footnote's citation of an early Assembly resolution by its session in Roman numerals, alone on its line
// ("Resolution 217 A (III).", the Universal Declaration, in a draft resolution's footnotes, A/C.3/69/L.26/Rev.1),
// is no title.
const ROMAN_CITATION = /^Resolution\s+\d{1,4}(?:\s+[A-H])?\s+\([IVXL]+\)\.?$/i;

// A list item: the line opens with a bullet.
const BULLET_LINE = /^\s*[-–—•*·]\s/;

export function documentRule(ctx: DocContext): void {
  const { doc } = ctx;
  const head = ctx.passages.slice(0, MASTHEAD_LINES).filter((p) => p.kind !== 'footnote');
  const headText = head.map((p) => p.text).join('\n');
  // The masthead symbol stands on a line of its own; a symbol inside a sentence is a reference.
  let beforeDistr: string[] | undefined;
  let issued: string | undefined;
  const found = findSymbols(headText).find((s) => {
    const lineStart = headText.lastIndexOf('\n', s.index) + 1;
    const lineEnd = headText.indexOf('\n', s.index);
    const line = headText.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    const before = headText.slice(lineStart, s.index).trim();
    const after = line.slice(s.index - lineStart + s.length).trim();
    // "A/RES/79/301" alone, or after a short masthead ("United Nations   A/RES/79/301"); or opening a
    // masthead run into one line ("A/66/64–E/2011/77 United Nations General Assembly … Distr.: General").
    if (s.index === 0 && RUN_ON_MASTHEAD.test(after)) return true;
    // "ECOSOC Resolution 2006/46" heading a resolution's text is its own number; "- General Assembly
    // resolution 79/243", an item of a page's list of useful documents (UNODC's Ad Hoc Committee page), cites it.
    if (BULLET_LINE.test(line)) return false;
    beforeDistr = symbolsBeforeDistr(s.symbol, after);
    if (beforeDistr) return true;
    // A reissued document's symbol line carries a star ("E/CN.16/2007/CRP.2* 16 May 2007"), and may carry
    // its date of issue after it on the line (document-dated-symbol.ts).
    const rest = after.replace(/^\*+\s*/, '');
    const date = wholeDayDate(rest);
    const own = (rest === '' || date !== undefined) && before.split(/\s+/).filter(Boolean).length <= 4;
    issued = own ? date : undefined;
    return own;
  });
  const own = beforeDistr ?? (found ? mastheadSymbols(head, found.symbol) : []);
  const symbol = own[0] ?? adoptedSymbol(head) ?? pressReleaseSymbol(ctx) ?? sessionMasthead(ctx)?.symbol;
  // Every symbol the masthead gives the document is its own: no REFERENCES to itself (references.ts).
  ctx.state.set('ownSymbols', own.join('\n'));
  const id = documentId(symbol, doc.idKey ?? doc.file, doc.sha256);
  ctx.info = { id };
  const slides = ctx.passages.some((p) => p.kind === 'slide');
  // The text of a resolution is titled by its number line: "79/301. Information and communications technologies …".
  const numbered = ctx.passages.slice(0, 20).find((p) => /^\s*\**\d{2,4}\/\d{1,3}\.\s+\S/.test(p.text));
  // The title is one line of its passage: a heading block also holds masthead furniture ("UNEDITED" over
  // "Draft Resolution for adoption by the Council"; a press release's "23/11/2005" over its dateline).
  let titleLine: string | undefined;
  // In a list of documents ("A/60/111" over "Letter dated 5 July 2005 from …") the line under another
  // document's symbol is that document's title.
  const listed = (line: string | undefined): boolean =>
    line !== undefined && LONE_SYMBOL.test(line) && line.trim() !== symbol;
  const lineOf = (p: DocContext['passages'][number], test: (line: string) => boolean): boolean => {
    const all = p.text.split('\n');
    const first = listEntry(ctx.passages, ctx.passages.indexOf(p), symbol);
    const lines = p.kind === 'heading' ? all : all.slice(0, 1);
    // A list item is no title, nor a line under one: "- Tunis Agenda for the Information Society" under
    // "For more information, see:" (a CSTD announcement); "- Working Group on … Second Meeting" in a page's list
    // of related meetings, then its contacts ("Ms. Anne Miroux" over "Director of UNCTAD Division on …").
    // A page number ("- 2 –" over a PDF page's masthead) is no list item.
    const item = lines.findIndex((l) => BULLET_LINE.test(l) && /\p{L}/u.test(l));
    titleLine = (item < 0 ? lines : lines.slice(0, item)).find(
      (l, k) => !(k === 0 ? first : listed(all[k - 1])) && test(l.trim()),
    );
    return titleLine !== undefined;
  };
  // A press release's wrapped headline in capitals under its furniture lines (press-headline.ts).
  const pressHeadline = (p: DocContext['passages'][number]): boolean => {
    titleLine = capsHeadlineIn(p.text);
    return titleLine !== undefined;
  };
  // A letter's salutation is looked for a few blocks further than its title (letter-salutation.ts).
  const letterOpening = beforeSalutation(ctx.passages.slice(0, 8)).slice(0, 5);
  const titleP =
    // A 2015-layout press masthead's headline, right under its session and meeting lines.
    sessionMasthead(ctx)?.headline ??
    (symbol && /\/(?:RES|DEC)\//.test(symbol) ? numbered : undefined) ??
    ctx.passages.find(
      (p) => p.kind === 'heading' && /^#{2,}\s*\**\s*\S/.test(p.text) && /\d{4}/.test(p.text),
    ) ??
    ctx.passages.find(
      (p) =>
        (p.kind === 'heading' || p.kind === 'text') &&
        lineOf(p, (l) => TITLE_START.test(l) && !labelLine(ctx, l) && !ROMAN_CITATION.test(l)) &&
        !linkListItem(ctx, p),
    ) ??
    (slides ? ctx.passages[0] : undefined) ??
    // Else the first heading line of the opening lines that is not masthead furniture, or a press
    // release's headline in capitals ("SECOND COMMITTEE APPROVES DRAFT PROPOSAL …"); in a letter, only
    // above its salutation ("Excellency,") and not in its addressee blocks (letter-salutation.ts).
    letterOpening.find(
      (p) =>
        (p.kind === 'heading' &&
          !proseBlock(p.text) &&
          lineOf(p, (l) => headlineLike(l) && !furniture(ctx, l))) ||
        (p.kind === 'text' && lineOf(p, (l) => CAPS_HEADLINE.test(l))) ||
        (p.kind === 'text' && p === ctx.passages[0] && pressHeadline(p)),
    ) ??
    // Else a web page's headline as its first line of plain text (document-masthead.ts).
    [ctx.passages[0]].find(
      (p) =>
        p?.kind === 'text' &&
        ctx.passages.length > 1 &&
        lineOf(p, (l) => firstLineHeadline(l) && !furniture(ctx, l)),
    ) ??
    // Else a press release's headline under its lone symbol line (document-press.ts).
    headlineUnderSymbol(ctx, symbol, firstLineHeadline);
  // A headline in capitals wrapped onto the next lines goes on there (press-headline.ts).
  if (titleP && titleLine && CAPS_HEADLINE.test(titleLine.trim()))
    titleLine = capsHeadlineIn(titleP.text.slice(titleP.text.indexOf(titleLine))) ?? titleLine;
  // A number line wrapped onto the next line goes on there (title-wrap.ts).
  const rest =
    titleP && titleP === numbered
      ? titleRest(ctx, titleP)
      : titleP && openTitleRest(ctx, titleP, titleLine ?? titleP.text.split('\n')[0]!);
  const line = titleP
    ? clean(
        `${(titleLine ?? titleP.text.split('\n')[0]!).replace(/^\s*\**\d{2,4}\/\d{1,3}\.\s+/, '')}${rest ? ` ${rest}` : ''}`,
      )
    : undefined;
  const title = titleP && line ? withSubject(ctx, titleP, wholeHeadline(ctx, line) ?? line) : line;
  const distr = head.find((p) => /Distr\.?:/.test(p.text));
  const standalone = ctx.passages.find(
    (p) => p.kind === 'heading' && /^\s*\d{1,2} \w+ \d{4}\s*$/.test(p.text),
  );
  const dateP = distr ?? standalone;
  const opening = ctx.passages.slice(0, 8).flatMap((p) => p.text.split('\n'));
  // The date of issue follows "Distr.:"; a masthead run into one line gives the session's dates before it
  // ("… New York, 2–27 July 2012 … Distr.: General 12 March 2012", A/67/66–E/2012/49).
  const afterDistr = dateP === distr && distr ? distr.text.slice(distr.text.search(/Distr\.?:/)) : undefined;
  const date =
    issued ??
    (afterDistr ? firstDate(afterDistr)?.start : undefined) ??
    (dateP ? firstDate(dateP.text)?.start : undefined) ??
    opening.reduce<string | undefined>((d, l) => d ?? numericDateLine(l), undefined) ??
    opening.reduce<string | undefined>((d, l) => d ?? wholeDayDate(l.trim()), undefined) ??
    opening.reduce<string | undefined>((d, l) => d ?? dayWithHours(l.trim()), undefined) ??
    opening.reduce<string | undefined>((d, l) => d ?? datelineStart(l), undefined) ??
    placeDateline(doc.text.trimStart().split('\n', 1)[0]!) ??
    letterDate(ctx.passages.slice(0, 8)) ??
    monthLineDate(doc.text);
  // A resolution's or decision's own symbol says what it is, whatever its title (E/RES/2023/3 "Assessment
  // of …"); a press headline in capitals, or any under a press release's symbol ("General Assembly Adopts
  // Landmark Resolutions …", GA/10907), says what happened, not what kind of document it is.
  const instrument = symbol !== undefined && /\/(?:RES|DEC)\//.test(symbol);
  const docType = slides
    ? 'presentation'
    : instrument
      ? 'resolution'
      : docTypeOf(line && !CAPS_HEADLINE.test(line) && !isPressSymbol(symbol) ? line : '', doc.text);
  const src = titleP ?? ctx.passages[0];
  const quote = src ? src.text.trim().slice(0, 300) : doc.file;
  ctx.info = { id, title, date, symbol, docType };
  addNode(
    ctx,
    {
      id,
      type: 'Document',
      name: title ?? symbol ?? doc.file,
      aliases: [...(symbol && title ? [symbol] : []), ...own.slice(1)],
      properties: props({ symbol, title, date, docType, file: doc.file, sha256: doc.sha256, text: doc.text }),
      source: { document: id, locator: src?.locator ?? 'line 1', quote: quote || doc.file },
    },
    'document',
  );
  ctx.state.set('docSlug', slugify(id.slice('document:'.length)));
  if (symbol && /\/(?:RES|DEC)\//.test(symbol)) selfResolution(ctx, symbol, src);
  else if (title && src) selfInstrument(ctx, title, src);
}

/** document:<symbol slug>, else document:<file base name slug>; a name with no Latin letter falls back to the hash. */
export function documentId(symbol: string | undefined, file: string, sha256: string): string {
  for (const key of [symbol, file.replace(/\.[a-z0-9]+$/i, ''), `file ${sha256.slice(0, 16)}`])
    if (key && slugify(key)) return makeId('Document', key);
  return 'document:unnamed';
}
