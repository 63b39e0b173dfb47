// A document's graph crosses from its worker as JSON text (outcome-json.ts)
// when JSON carries it exactly: strings, finite numbers (not -0), booleans,
// null, plain objects and arrays without holes, no undefined. Keys come back in the same order (JSON.parse
// adds them in the order JSON.stringify wrote them, which is the object's
// order); like the structured clone, JSON keeps own enumerable string keys
// only. Anything else (never met on the seeds, the unseen sets or the
// synthetic corpus) goes by structured clone.

/** Whether JSON.parse(JSON.stringify(v)) gives back a value equal to `v` in every key, value and order. */
export function isPlainJson(v: unknown, depth = 0): boolean {
  if (v === null) return true;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'object':
      break;
    default:
      return false;
  }
  if (depth > 64) return false;
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return false;
    for (let i = 0; i < v.length; i++) if (!(i in v) || !isPlainJson(v[i], depth + 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  const o = v as Record<string, unknown>;
  for (const k in o) if (!isPlainJson(o[k], depth + 1)) return false;
  return true;
}
