// Splits a document into passages with locators a reader can follow
// (issue 3, item 2): "para 65", "para 8(c)", "footnote 33", "slide 4",
// "page 2", and "line 40" for everything else. Offsets point into the text.

import type { Passage, PassageKind, SourceDocument } from '../types.ts';
import { continuesNumbers, continuesSentence } from './block-joins.ts';
import { classifyLine, type Line, splitLines } from './classify.ts';
import { bodyMarkers, footnoteHead } from './markers.ts';
import { fixNumbers } from './numbering.ts';
import { wholeParagraphLine } from './paragraph-lines.ts';
import { slideTitles } from './slides.ts';
import { DANGLING, wrappedLine } from './wrapped-lines.ts';

interface Block {
  kind: PassageKind;
  locator: string;
  first: Line;
  last: Line;
}

function pageOf(doc: Pick<SourceDocument, 'pageStarts'>, offset: number): number | undefined {
  const starts = doc.pageStarts;
  if (!starts || starts.length === 0) return undefined;
  let page = 1;
  for (let i = 0; i < starts.length; i++) if (starts[i]! <= offset) page = i + 1;
  return page;
}

export function segment(doc: Pick<SourceDocument, 'text' | 'pageStarts'>): Passage[] {
  const lines = splitLines(doc.text);
  for (const l of lines) classifyLine(l);
  fixNumbers(lines);
  const slides = slideTitles(lines);
  const blocks: Block[] = [];
  let para: string | undefined;
  let cur: Block | undefined;
  let afterFootnotes = false;
  let slide = 0;
  const fallback = (l: Line): string => {
    if (slides.size > 0) return `slide ${Math.max(slide, 1)}`;
    const page = pageOf(doc, l.start);
    return page ? `page ${page}` : `line ${l.no}`;
  };
  const open = (kind: PassageKind, locator: string, l: Line): void => {
    cur = { kind, locator, first: l, last: l };
    blocks.push(cur);
  };
  for (const l of lines) {
    if (slides.has(l.no)) {
      slide++;
      open('slide', `slide ${slide}`, l);
      continue;
    }
    switch (l.kind) {
      case 'blank':
        cur = undefined;
        continue;
      case 'para':
        para = l.mark;
        afterFootnotes = false;
        open('paragraph', `para ${para}`, l);
        continue;
      case 'item':
        open('item', para ? `para ${para}(${l.mark})` : fallback(l), l);
        continue;
      case 'footnote':
        afterFootnotes = true;
        open('footnote', `footnote ${l.mark}`, l);
        continue;
      case 'bullet':
        open('bullet', fallback(l), l);
        continue;
      default: {
        const continues = cur && (cur.kind === 'paragraph' || cur.kind === 'footnote' || cur.kind === 'item');
        // A paragraph's line left on a joining word goes on, even into a title-cased line ("… request the Chair of
        // the" | "Commission on Science and …": a web copy of A/RES/70/125 ¶65 had been cut in three).
        const goesOn =
          l.kind === 'text' || (l.kind === 'heading' && DANGLING.test(cur?.last.text.trimEnd() ?? ''));
        if (continues && cur && goesOn) {
          cur.last = l;
          continue;
        }
        if (cur && cur.kind === 'bullet') {
          cur.last = l;
          continue;
        }
        const resumes = para && afterFootnotes && l.kind === 'text';
        const lower = para && /^\s*[a-z]/.test(l.text);
        // Text taken out of a PDF breaks a paragraph's sentence over a blank line ("74. We encourage" |
        // "the UN Secretary-General to examine …", "… by the UN Secretary-" | "General, involving …",
        // Tunis Agenda): the paragraph goes on when its last line stops mid-sentence.
        const prev = blocks[blocks.length - 1];
        const sameParagraph = para && !afterFootnotes && prev?.locator === `para ${para}`;
        // A short unfinished line looks like a heading; one ending on "of", "the", "by" … is not one.
        const unfinished = prev?.kind === 'heading' && DANGLING.test(prev.last.text.trimEnd());
        // A copy that puts a blank line after every line of the PDF (a document-sharing site's copy of a CSTD
        // session report: "… In addition, it" | "considered two priority themes, “Smart cities and …") leaves
        // lines under 100 characters, which read alone as headings; a line opening in lower case after one left
        // mid-sentence goes on with it (continuesSentence), as no heading opens in lower case.
        // Under a numbered paragraph such a line resumes the paragraph itself (`lower` below: "2. The Ministry,
        // through the" | "Nigerian …," | "organized the meeting with …" is para 2, a report of the third African IGF).
        const lowerHeading = !para && l.kind === 'heading' && /^\s*\p{Ll}/u.test(l.text);
        const sameText = (prev?.kind === 'text' || unfinished) && (l.kind === 'text' || lowerHeading);
        const wrapped = !para && wrappedLine(prev, l);
        // A list of numbers broken over a blank line joins whatever the lines looked like alone (headings).
        const numbersGoOn =
          (prev?.kind === 'text' || prev?.kind === 'heading') &&
          (l.kind === 'text' || l.kind === 'heading') &&
          continuesNumbers(prev.last.text.trimEnd(), l.text);
        if (
          prev &&
          (numbersGoOn ||
            wrapped ||
            ((sameParagraph || sameText) && continuesSentence(prev.last.text, l.text)))
        ) {
          if (unfinished || numbersGoOn || wrapped) prev.kind = 'text';
          prev.last = l;
          cur = prev;
          continue;
        }
        if (resumes || lower) {
          afterFootnotes = false;
          open('paragraph', `para ${para}`, l);
          continue;
        }
        // One paragraph to a line (paragraph-lines.ts): the next line is a passage of its own.
        if (cur && cur.kind === l.kind && !(l.kind === 'text' && wholeParagraphLine(cur.last.text))) {
          cur.last = l;
          continue;
        }
        // A masthead's body name wrapped after a comma ("Committee on Information and Communications
        // Technology," over " Science, Technology and Innovation", an ESCAP committee document): the short
        // capitalised line under it looks like a heading but ends the name the line above left open. Only a
        // body's name: a title line "Report of the Special Rapporteur on …," over the holder's name stays apart.
        if (
          cur &&
          cur.kind === 'text' &&
          l.kind === 'heading' &&
          cur.first === cur.last &&
          BODY_LINE.test(cur.last.text)
        ) {
          cur.last = l;
          continue;
        }
        open(l.kind === 'heading' ? 'heading' : 'text', fallback(l), l);
      }
    }
  }
  // Pushed one by one, not `blocks.map`: map gave a packed array from optimised code and a holey one
  // otherwise, so documents' passage lists had two layouts in turn, and every rule's loop over
  // ctx.passages compiled for one was thrown away at the other ("wrong map", 24 MB bench corpus: the
  // list changed layout 5 times in the first 40 documents, each rule compiled up to 5 times).
  const passages: Passage[] = [];
  for (const b of blocks) passages.push(toPassage(doc.text, b));
  return passages;
}

const BODY_LINE =
  /^\s*(?:Committee|Commission|Council|Subcommittee|Board|Working Group) (?:on|of|for)\b.*,\s*$/;

function toPassage(text: string, b: Block): Passage {
  const start = b.first.start;
  const end = b.last.end;
  const body = text.slice(start, end);
  if (b.kind === 'footnote') {
    const head = footnoteHead(b.first.text);
    const s = start + (head?.textStart ?? 0);
    return passageOf(b.locator, b.kind, s, end, text.slice(s, end), undefined);
  }
  const refs = bodyMarkers(body, start);
  return passageOf(b.locator, b.kind, start, end, body, refs.length ? refs : undefined);
}

/**
 * Every passage from this one literal, footnoteRefs undefined when there are none: the footnote literal,
 * the other one and its spread of footnoteRefs gave passages three layouts (8 MB bench corpus: 50 413,
 * 11 830 and 5 915 passages), every rule's reads of p.text, p.start over ctx.passages had to tell
 * them apart, and segment itself was thrown away and compiled again 23 times ("wrong map", 2 after).
 * Segmenting the 24 MB bench corpus once: 444 -> 375 ms CPU (mean of 3 alternated runs). Readers test
 * `!p.footnoteRefs`; JSON leaves an undefined field out, as before.
 */
function passageOf(
  locator: string,
  kind: PassageKind,
  start: number,
  end: number,
  text: string,
  footnoteRefs: Passage['footnoteRefs'],
): Passage {
  return { locator, kind, start, end, text, footnoteRefs };
}
