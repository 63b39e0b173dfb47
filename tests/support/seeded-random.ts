// A small seeded generator for tests that compare two implementations over
// many generated inputs: the same seed gives the same inputs on every run, so a
// failure can be reproduced (Math.random cannot be seeded).

/** `next(n)`: a whole number from 0 to n − 1, from a linear congruential sequence started at `seed`. */
export function seededRandom(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x % n;
  };
}
