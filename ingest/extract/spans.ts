// Character spans already taken by a rule, asked "does [a, b) overlap one?"
// for every candidate match: kept sorted by start with the longest length, so
// a question looks at the few spans near it, not at every span of a long
// document (a list scanned each time made meeting extraction quadratic).

export interface Spans {
  /** Records [start, end). */
  add(start: number, end: number): void;
  /** Whether no recorded span overlaps [a, b) (a < end and b > start). */
  free(a: number, b: number): boolean;
}

export function makeSpans(): Spans {
  const starts: number[] = [];
  const ends: number[] = [];
  let maxLength = 0;
  /** Index of the first span starting at or after `offset`. */
  const lowerBound = (offset: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    add(start, end) {
      // Spans mostly come in text order: appending is the common case.
      const i =
        starts.length === 0 || starts[starts.length - 1]! <= start ? starts.length : lowerBound(start);
      starts.splice(i, 0, start);
      ends.splice(i, 0, end);
      if (end - start > maxLength) maxLength = end - start;
    },
    free(a, b) {
      // A span overlapping [a, b) starts before b and after a - maxLength (it ends after a).
      for (let i = lowerBound(a - maxLength); i < starts.length && starts[i]! < b; i++)
        if (a < ends[i]!) return false;
      return true;
    },
  };
}
