// The Document node of the file itself: UN symbol from the masthead, title,
// date of issue and kind of document (MODEL.md "Document").

import { slugify } from '../../../cypher/model/ids.ts';
import { props } from '../claims.ts';
import { addNode, type DocContext } from '../context.ts';
import { headlineUnderStamp } from './distributor-stamp.ts';
import { firstLineHeadline, headlineLike, proseBlock } from './document-headline.ts';
import { headlineTitle } from './document-headline-symbol.ts';
import { documentId } from './document-id.ts';
import { issueDate } from './document-issue-date.ts';
import { documentKind } from './document-kind.ts';
import { CAPS_HEADLINE, LONE_SYMBOL, listEntry, TITLE_START } from './document-masthead.ts';
import { BULLET_LINE, ownSymbols } from './document-own-symbols.ts';
import { headlineUnderSymbol, isPressSymbol } from './document-press.ts';
import { sessionMasthead } from './document-press-session.ts';
import { selfResolution } from './document-self.ts';
import { selfInstrument } from './document-self-instrument.ts';
import { wholeTitle } from './document-title-whole.ts';
import { journalTitle } from './journal-issue.ts';
import { beforeSalutation } from './letter-salutation.ts';
import { capsHeadlineIn } from './press-headline.ts';
import { instrumentWithSymbol } from './symbols.ts';
import { agendaItemName } from './title-agenda-items.ts';
import { headlineUnderCategory, headlineUnderPosted } from './title-category-label.ts';
import { headlineUnderBadge } from './title-date-badge.ts';
import { flatMastheadTitle } from './title-flat-masthead.ts';
import { furniture, labelLine } from './title-furniture.ts';
import { inlineOfficeTitle } from './title-inline-subject.ts';
import { headlineUnderMenu } from './title-issuer-line.ts';
import { afterLinkLead, linkListItem } from './title-labels.ts';
import { linkCell } from './title-link-cells.ts';
import { restatedHeading } from './title-restated.ts';
import { titleBeforeSummary } from './title-run-on.ts';
import { statementHeader } from './title-statement-header.ts';

const MASTHEAD_LINES = 14;

// A footnote's citation of an early Assembly resolution by its session in Roman numerals, alone on its line
// ("Resolution 217 A (III).", the Universal Declaration, in a draft resolution's footnotes, A/C.3/69/L.26/Rev.1),
// is no title.
const ROMAN_CITATION = /^Resolution\s+\d{1,4}(?:\s+[A-H])?\s+\([IVXL]+\)\.?$/i;

export function documentRule(ctx: DocContext): void {
  const { doc } = ctx;
  const head = ctx.passages.slice(0, MASTHEAD_LINES).filter((p) => p.kind !== 'footnote');
  const { own, symbol, issued } = ownSymbols(ctx, head);
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
  // `at`: the passage's index when the caller has it (looking it up is a walk of the passages, and the title search
  // tries every passage above the first numbered paragraph). Whether the passage is a list's entry is asked last.
  const lineOf = (
    p: DocContext['passages'][number],
    test: (line: string) => boolean,
    at?: number,
  ): boolean => {
    const all = p.text.split('\n');
    const first = (): boolean => listEntry(ctx.passages, at ?? ctx.passages.indexOf(p), symbol);
    const lines = p.kind === 'heading' ? all : all.slice(0, 1);
    // A list item is no title, nor a line under one: "- Tunis Agenda for the Information Society" under
    // "For more information, see:" (a CSTD announcement); "- Working Group on … Second Meeting" in a page's list
    // of related meetings, then its contacts ("Ms. Anne Miroux" over "Director of UNCTAD Division on …").
    // A page number ("- 2 –" over a PDF page's masthead) is no list item.
    const item = lines.findIndex((l) => BULLET_LINE.test(l) && /\p{L}/u.test(l));
    titleLine = (item < 0 ? lines : lines.slice(0, item)).find(
      (l, k) => test(l.trim()) && !agendaItemName(all, k) && !(k === 0 ? first() : listed(all[k - 1])),
    );
    return titleLine !== undefined;
  };
  // A press release's wrapped headline in capitals under its furniture lines (press-headline.ts).
  const pressHeadline = (p: DocContext['passages'][number]): boolean => {
    titleLine = capsHeadlineIn(p.text);
    return titleLine !== undefined;
  };
  const restated = (): DocContext['passages'][number] | undefined => {
    const r = restatedHeading(ctx);
    if (r) titleLine = r.line;
    return r?.p;
  };
  const inline = (): DocContext['passages'][number] | undefined => {
    const f = inlineOfficeTitle(ctx);
    if (f) titleLine = f.line;
    return f?.p;
  };
  // A masthead flattened onto one line holds its title before "Summary" (title-flat-masthead.ts).
  const flat = (): DocContext['passages'][number] | undefined => {
    const f = flatMastheadTitle(ctx);
    if (f) titleLine = f.line;
    return f?.p;
  };
  const headlined = (): DocContext['passages'][number] | undefined => {
    const h = headlineTitle(ctx);
    if (h) titleLine = h.line;
    return h?.p;
  };
  // A letter's salutation is looked for a few blocks further than its title (letter-salutation.ts).
  const letterOpening = beforeSalutation(ctx.passages.slice(0, 8)).slice(0, 5);
  const firstParagraph = ctx.passages.findIndex((p) => p.kind === 'paragraph');
  const titleP =
    // A 2015-layout press masthead's headline, right under its session and meeting lines.
    sessionMasthead(ctx)?.headline ??
    (symbol && /\/(?:RES|DEC)\//.test(symbol) ? numbered : undefined) ??
    ctx.passages.find(
      (p) => p.kind === 'heading' && /^#{2,}\s*\**\s*\S/.test(p.text) && /\d{4}/.test(p.text),
    ) ??
    ctx.passages.find(
      (p, i) =>
        (p.kind === 'heading' || p.kind === 'text') &&
        // Below the numbered paragraphs a "Summary Report" or "Summary of key points" heads a section of the
        // body (an IGF initiatives' virtual meeting summary), not the document: a masthead comes first.
        (firstParagraph < 0 || i < firstParagraph) &&
        lineOf(p, (l) => TITLE_START.test(l) && !labelLine(ctx, l) && !ROMAN_CITATION.test(l), i) &&
        !linkListItem(ctx, p) &&
        !linkCell(ctx, p),
    ) ??
    (slides ? ctx.passages[0] : undefined) ??
    // A press release's headline right under its symbol (and date) lines, before a second deck (document-press.ts).
    (isPressSymbol(symbol) ? headlineUnderSymbol(ctx, symbol, firstLineHeadline) : undefined) ??
    // A masthead run into one line giving "<subject> Report of the Secretary-General" (title-inline-subject.ts).
    (symbol ? inline() : undefined) ??
    flat() ??
    // Else a page's heading restated by the longer line under it, below the site's banner (title-restated.ts).
    restated() ??
    // Else the headline under a distributor's stamp on a redistributed release (distributor-stamp.ts).
    headlineUnderStamp(ctx, (l) => firstLineHeadline(l) && !furniture(ctx, l)) ??
    // Else the headline under a news page's category label ("Press Release", title-category-label.ts).
    headlineUnderCategory(ctx, (l) => firstLineHeadline(l) && !furniture(ctx, l)) ??
    // Else the headline under a blog's name and a post's date line (title-category-label.ts).
    headlineUnderPosted(ctx, (l) => firstLineHeadline(l) && !furniture(ctx, l)) ??
    // Else the headline under a blog's date badge ("Friday" / "Sep132024", title-date-badge.ts).
    headlineUnderBadge(ctx, (l) => firstLineHeadline(l) && !furniture(ctx, l)) ??
    // Else the headline under a site's name and its menu bar ("Register | Login", title-issuer-line.ts).
    headlineUnderMenu(ctx, (l) => firstLineHeadline(l) && !furniture(ctx, l)) ??
    // Else a statement's header line, "Statement … at the … (New York, 25 August 2022)" (title-statement-header.ts).
    statementHeader(ctx) ??
    // Else the first heading line of the opening lines that is not masthead furniture, or a press
    // release's headline in capitals ("SECOND COMMITTEE APPROVES DRAFT PROPOSAL …"); in a letter, only
    // above its salutation ("Excellency,") and not in its addressee blocks (letter-salutation.ts).
    letterOpening.find(
      (p) =>
        (p.kind === 'heading' &&
          !proseBlock(p.text) &&
          !afterLinkLead(ctx, p) &&
          lineOf(p, (l) => headlineLike(l) && !furniture(ctx, l))) ||
        (p.kind === 'text' && lineOf(p, (l) => CAPS_HEADLINE.test(l))) ||
        (p.kind === 'text' && p === ctx.passages[0] && pressHeadline(p)),
    ) ??
    // Else a web page's headline as its first line of plain text (document-headline.ts).
    [ctx.passages[0]].find(
      (p) =>
        p?.kind === 'text' &&
        ctx.passages.length > 1 &&
        lineOf(p, (l) => firstLineHeadline(l) && !furniture(ctx, l)),
    ) ??
    // Else a press release's headline under its lone symbol line (document-press.ts).
    headlineUnderSymbol(ctx, symbol, firstLineHeadline) ??
    // Else a page's headline naming the report and its symbol in brackets (document-headline-symbol.ts).
    headlined();
  const { line, whole } = wholeTitle(ctx, titleP, titleLine, numbered);
  // The Journal of the United Nations is titled by its masthead, not by the first body it lists (journal-issue.ts).
  const title = journalTitle(doc.text) ?? (whole && titleBeforeSummary(whole));
  const date = issued ?? issueDate(ctx, head);
  const docType = documentKind(ctx, symbol, line, slides);
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
  else if (src)
    selfInstrument(ctx, title, src, symbol ? instrumentWithSymbol(ctx.gazetteer, symbol) : undefined);
}
