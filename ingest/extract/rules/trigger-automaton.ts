// The trigger words (trigger-words.ts) as one automaton (Aho–Corasick, made a
// full transition table): a passage is read once, one table read per
// character, and the automaton's state says which words end there. The
// table of words by their first two letters it replaces walked a chain of
// words at a third of the positions ("the following", "the panel", "the
// group" … all start "the") and compared letters again for each.
//
// Same words found: all words are lower-case printable ASCII, a letter of the
// text is folded as the i flag folds it without the u flag (A–Z onto a–z only),
// and a character no word holds (any code unit ≥ 128 among them) sends the
// automaton back to its start.

/** The automaton of a list of words; made again when a word is registered (trigger-words.ts). */
export interface TriggerAutomaton {
  /** The number of words it was made from. */
  readonly size: number;
  /** The class of each ASCII code unit, its letters folded (0: held by no word). */
  readonly classOf: Uint8Array;
  /** log2 of a state's row width: a state is kept as its row's offset, state << shift. */
  readonly shift: number;
  /** The next state's row offset, at a row offset plus a class. */
  readonly delta: Int32Array;
  /** The words that end at state s: outWords[outStart[s] … outStart[s + 1]). */
  readonly outStart: Int32Array;
  readonly outWords: Int32Array;
}

const lower = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/** The automaton of `words` (lower-case printable ASCII, as trigger-words.ts registers them). */
export function triggerAutomaton(words: readonly string[]): TriggerAutomaton {
  const classOf = characterClasses(words);
  const classes = Math.max(...classOf) + 1;
  let shift = 0;
  while (1 << shift < classes) shift++;
  const trie = wordTrie(words, classOf);
  const { delta, outputs } = transitions(trie, classes, shift);
  const outStart = new Int32Array(trie.length + 1);
  for (let s = 0; s < trie.length; s++) outStart[s + 1] = outStart[s]! + outputs[s]!.length;
  return { size: words.length, classOf, shift, delta, outStart, outWords: Int32Array.from(outputs.flat()) };
}

function characterClasses(words: readonly string[]): Uint8Array {
  const classOf = new Uint8Array(128);
  let next = 1;
  for (const w of words)
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (classOf[c] === 0) classOf[c] = next++;
    }
  // An upper-case letter of the text is its lower-case one.
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c | 32]!;
  return classOf;
}

interface TrieState {
  readonly children: Map<number, number>;
  /** The words that end here. */
  readonly ends: number[];
}

function wordTrie(words: readonly string[], classOf: Uint8Array): TrieState[] {
  const trie: TrieState[] = [{ children: new Map(), ends: [] }];
  words.forEach((w, id) => {
    let s = 0;
    for (let k = 0; k < w.length; k++) {
      const c = classOf[lower(w.charCodeAt(k))]!;
      let t = trie[s]!.children.get(c);
      if (t === undefined) {
        t = trie.length;
        trie.push({ children: new Map(), ends: [] });
        trie[s]!.children.set(c, t);
      }
      s = t;
    }
    trie[s]!.ends.push(id);
  });
  return trie;
}

/** The full table, breadth first: a state's missing moves are its longest proper suffix state's. */
function transitions(trie: TrieState[], classes: number, shift: number) {
  const delta = new Int32Array(trie.length << shift);
  const fail = new Int32Array(trie.length);
  const outputs: number[][] = trie.map((t) => [...t.ends]);
  const queue: number[] = [];
  for (let c = 0; c < classes; c++) {
    const t = trie[0]!.children.get(c) ?? 0;
    delta[c] = t << shift;
    if (t !== 0) queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    outputs[s]!.push(...outputs[fail[s]!]!);
    for (let c = 0; c < classes; c++) {
      const t = trie[s]!.children.get(c);
      const viaFail = delta[(fail[s]! << shift) + c]!;
      if (t === undefined) {
        delta[(s << shift) + c] = viaFail;
        continue;
      }
      fail[t] = viaFail >> shift;
      delta[(s << shift) + c] = t << shift;
      queue.push(t);
    }
  }
  return { delta, outputs };
}

/** Sets in `bits` (chunk k of `bitsPerChunk` at bits[1 + k]) the bit of each word `text` holds. */
export function markWords(a: TriggerAutomaton, text: string, bits: number[], bitsPerChunk: number): void {
  const { classOf, delta, outStart, outWords, shift } = a;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    s = c < 128 ? delta[s + classOf[c]!]! : 0;
    const state = s >> shift;
    const end = outStart[state + 1]!;
    for (let o = outStart[state]!; o < end; o++) {
      const w = outWords[o]!;
      bits[1 + Math.floor(w / bitsPerChunk)]! |= 1 << (w % bitsPerChunk);
    }
  }
}
