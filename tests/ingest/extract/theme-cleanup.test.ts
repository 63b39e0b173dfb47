// Theme cleanup (rules/theme-cleanup.ts): a gazetteer theme no relationship
// uses and the document names only in passing is taken out of the claims; the
// other claims stay, in their order, in the same array (later code holds it).

import { describe, expect, it } from 'vitest';
import type { NodeLabel } from '../../../cypher/model/labels.ts';
import {
  addEdge,
  addMention,
  addNode,
  type DocContext,
  makeContext,
} from '../../../ingest/extract/context.ts';
import { themeCleanupRule } from '../../../ingest/extract/rules/theme-cleanup.ts';
import { loadGazetteer } from '../../../ingest/gazetteer/load.ts';
import type { Passage } from '../../../ingest/types.ts';
import { docFromText } from './helpers.ts';

const LONG =
  'The delegates spoke at length about many matters, among them capacity building and also ' +
  'internet fragmentation, in a long sentence that runs well past sixty characters.';
const TEXT = `${LONG}\nDigital cooperation\n`;

function context(): { ctx: DocContext; p: Passage } {
  const doc = docFromText('cleanup.txt', TEXT);
  const p: Passage = { locator: 'para 1', kind: 'paragraph', start: 0, end: TEXT.length, text: TEXT };
  return { ctx: makeContext(doc, [p], loadGazetteer(), [], 'document:cleanup'), p };
}

function claim(ctx: DocContext, id: string, type: NodeLabel, rule: string): void {
  const source = { document: ctx.info.id, locator: 'para 1', quote: 'q' };
  addNode(ctx, { id, type, name: id, source }, rule);
}

function mention(ctx: DocContext, p: Passage, id: string, words: string): void {
  const start = TEXT.indexOf(words);
  addMention(ctx, {
    id,
    type: 'Theme',
    name: id,
    start,
    end: start + words.length,
    surface: words,
    passage: p,
  });
}

describe('theme cleanup', () => {
  it('takes out only the gazetteer themes named in passing, keeping the rest in order', () => {
    const { ctx, p } = context();
    claim(ctx, 'theme:capacity-building', 'Theme', 'gazetteer'); // in a long line only: out
    claim(ctx, 'organization:example', 'Organization', 'gazetteer');
    claim(ctx, 'theme:internet-fragmentation', 'Theme', 'gazetteer'); // used by a relationship: kept
    claim(ctx, 'theme:capacity-building', 'Theme', 'gazetteer'); // a second claim: out too
    claim(ctx, 'theme:listed', 'Theme', 'themes:list'); // not the gazetteer's: kept
    claim(ctx, 'theme:digital-cooperation', 'Theme', 'gazetteer'); // on a short line: kept
    claim(ctx, 'theme:never-named', 'Theme', 'gazetteer'); // no mention at all: out
    mention(ctx, p, 'theme:capacity-building', 'capacity building');
    mention(ctx, p, 'theme:internet-fragmentation', 'internet fragmentation');
    mention(ctx, p, 'theme:digital-cooperation', 'Digital cooperation');
    const source = { document: ctx.info.id, locator: 'para 1', quote: 'q' };
    addEdge(
      ctx,
      { type: 'ADDRESSES', from: ctx.info.id, to: 'theme:internet-fragmentation', source },
      'test',
    );
    const nodes = ctx.claims.nodes;
    themeCleanupRule(ctx);
    expect(ctx.claims.nodes).toBe(nodes);
    expect(nodes.map((n) => n.id)).toEqual([
      'organization:example',
      'theme:internet-fragmentation',
      'theme:listed',
      'theme:digital-cooperation',
    ]);
  });

  it('keeps a theme named three times, or after "themes:"', () => {
    const { ctx, p } = context();
    claim(ctx, 'theme:capacity-building', 'Theme', 'gazetteer');
    for (let i = 0; i < 3; i++) mention(ctx, p, 'theme:capacity-building', 'capacity building');
    themeCleanupRule(ctx);
    expect(ctx.claims.nodes.map((n) => n.id)).toEqual(['theme:capacity-building']);

    const listed = makeContext(
      docFromText('themes.txt', `${'x'.repeat(70)} the themes: capacity building, and more.`),
      [],
      loadGazetteer(),
      [],
      'document:themes',
    );
    const text = listed.doc.text;
    const q: Passage = { locator: 'para 1', kind: 'paragraph', start: 0, end: text.length, text };
    claim(listed, 'theme:capacity-building', 'Theme', 'gazetteer');
    const start = text.indexOf('capacity building');
    addMention(listed, {
      id: 'theme:capacity-building',
      type: 'Theme',
      name: 'theme:capacity-building',
      start,
      end: start + 17,
      surface: 'capacity building',
      passage: q,
    });
    themeCleanupRule(listed);
    expect(listed.claims.nodes).toHaveLength(1);
  });

  it('removes every claim of many unused themes in one pass', () => {
    const { ctx, p } = context();
    for (let i = 0; i < 2000; i++) {
      claim(ctx, `theme:t${i}`, 'Theme', 'gazetteer');
      claim(ctx, `organization:o${i}`, 'Organization', 'gazetteer');
    }
    mention(ctx, p, 'theme:t1', 'capacity building');
    themeCleanupRule(ctx);
    expect(ctx.claims.nodes).toHaveLength(2000);
    expect(ctx.claims.nodes.every((n, i) => n.id === `organization:o${i}`)).toBe(true);
  });
});
