// The merge clusters of entity resolution (resolve.ts): which ids have been joined into one entity,
// and which id each cluster keeps.

/**
 * Union-find over node ids, where a `fixed` id (a stored entity, stored-anchors.ts) is always the one
 * kept and two fixed ids are never joined. `join` gives the kept root, and whether the sides swapped.
 */
export function clusters(fixed: ReadonlySet<string>) {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let x = id;
    while (parent.has(x)) x = parent.get(x)!;
    return x;
  };
  const join = (kept: string, merged: string): { kept: string; swapped: boolean } | undefined => {
    const k = find(kept);
    const m = find(merged);
    if (k === m || (fixed.has(k) && fixed.has(m))) return undefined;
    const swapped = fixed.has(m);
    if (swapped) parent.set(k, m);
    else parent.set(m, k);
    return { kept: swapped ? m : k, swapped };
  };
  return { find, join };
}
