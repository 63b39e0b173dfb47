// What is worked out once per passage while its document is extracted (its
// sentences, the trigger words it holds), kept on the passage itself under one
// symbol nothing else reads (invisible to JSON, Object.keys and structured
// clones). A weak map from passages cost a lookup per call and an ephemeron per
// passage in every collection: for the trigger words alone, ~3 % of
// extraction's time. One holder object under one symbol, its fields all made at
// once, gives every passage one more shape at most, whichever cache is filled
// first (a symbol per cache, added in any order, made the rules' reads of a
// passage's fields polymorphic).

import type { Passage } from '../types.ts';
import type { Sentence } from './sentences.ts';

export interface PassageCache {
  /** sentences(p): ";" ends a sentence. */
  withSemicolons: Sentence[] | undefined;
  /** sentences(p, false). */
  withoutSemicolons: Sentence[] | undefined;
  /** rules/trigger-words.ts: the words registered when the passage was read, then the bits of those it holds. */
  triggers: number[] | undefined;
}

const CACHE = Symbol('passage cache');

interface Holding {
  [CACHE]?: PassageCache;
}

/** A passage that cannot take the holder (frozen) keeps it here. */
const frozen = new WeakMap<Passage, PassageCache>();

export function passageCache(p: Passage): PassageCache {
  const held = (p as Passage & Holding)[CACHE];
  if (held !== undefined) return held;
  if (!Object.isExtensible(p)) {
    let kept = frozen.get(p);
    if (kept === undefined) {
      kept = { withSemicolons: undefined, withoutSemicolons: undefined, triggers: undefined };
      frozen.set(p, kept);
    }
    return kept;
  }
  const made: PassageCache = { withSemicolons: undefined, withoutSemicolons: undefined, triggers: undefined };
  (p as Passage & Holding)[CACHE] = made;
  return made;
}
