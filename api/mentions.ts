// Entity mentions in a document's text, for the document reader: where the
// names, aliases, symbols and acronyms of the nodes sourced in that document
// occur. Computed on demand from the stored text, so it never goes stale.
// Rules: longest match wins, mentions never overlap, whole words only, and a
// surface form shared by several nodes (e.g. the acronym "WGEC" of both
// working groups) is skipped as ambiguous unless it is a node's full name.

import type { GraphNode } from '../cypher/model/graph.ts';

export interface Mention {
  readonly entityId: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Form {
  readonly text: string;
  readonly node: GraphNode;
  readonly isName: boolean;
}

const MIN_LENGTH = 3;
const WORD = /[\p{L}\p{N}]/u;

function formsOf(node: GraphNode): Form[] {
  const out: Form[] = [{ text: node.name, node, isName: true }];
  for (const a of node.aliases) out.push({ text: a, node, isName: false });
  for (const key of ['symbol', 'acronym'] as const) {
    const v = node.properties[key];
    if (typeof v === 'string') out.push({ text: v, node, isName: false });
  }
  return out.filter((f) => f.text.trim().length >= MIN_LENGTH);
}

function usableForms(nodes: readonly GraphNode[]): Form[] {
  const byText = new Map<string, Form[]>();
  for (const n of nodes)
    for (const f of formsOf(n)) {
      const key = f.text.toLowerCase();
      const list = byText.get(key) ?? [];
      if (!list.some((x) => x.node.id === f.node.id)) list.push(f);
      byText.set(key, list);
    }
  const out: Form[] = [];
  for (const list of byText.values()) {
    if (list.length === 1) out.push(list[0]!);
    else {
      const names = list.filter((f) => f.isName);
      if (names.length === 1) out.push(names[0]!);
    }
  }
  // Longest first: "Working Group on Enhanced Cooperation (2016–2018)" before "Working Group on Enhanced Cooperation".
  return out.sort((a, b) => b.text.length - a.text.length);
}

function isBoundary(text: string, index: number): boolean {
  const ch = text[index];
  return ch === undefined || !WORD.test(ch);
}

/** Lower case that keeps every offset (a few characters, e.g. "İ", grow when lower-cased). */
function sameLengthLower(text: string): string {
  return Array.from(text, (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  }).join('');
}

export function findMentions(text: string, nodes: readonly GraphNode[]): Mention[] {
  const lower = sameLengthLower(text);
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([ts, te]) => s < te && ts < e);
  const found: Mention[] = [];
  for (const form of usableForms(nodes)) {
    const needle = sameLengthLower(form.text);
    // Short all-caps forms (acronyms, symbols) must match case exactly: "IGF", not "igf".
    const exactCase = form.text.length <= 5;
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      if (exactCase && text.slice(i, end) !== form.text) continue;
      if (!isBoundary(text, i - 1) || !isBoundary(text, end)) continue;
      if (overlaps(i, end)) continue;
      taken.push([i, end]);
      found.push({ entityId: form.node.id, type: form.node.type, start: i, end, text: text.slice(i, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
