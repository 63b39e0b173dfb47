// Results of pure functions of a string, kept: the same words (a theme's name,
// an entity's name, a person's name) recur thousands of times across a batch,
// and each call normalises or matches them again. Bounded: cleared when full.

export function memoByString<V>(fn: (key: string) => V, max = 50_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    // One lookup for a value kept (has, then get, hashed the key twice); `has` only for an undefined value.
    const kept = cache.get(key);
    if (kept !== undefined || cache.has(key)) return kept as V;
    const v = fn(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, v);
    return v;
  };
}
