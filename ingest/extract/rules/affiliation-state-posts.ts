// A State's post keeps the words of its portfolio: "Mr. X, Minister of Communication and Information
// Technology of the Government of the Kingdom of Saudi Arabia" (the IGF 2024 opening ceremony) holds the post
// "Minister of Communication and Information Technology" of Saudi Arabia, not "Minister"; "Minister of
// Foreign Affairs of Kenya" is "Minister of Foreign Affairs". The post ends at the "of" after which the rest
// is the State's name alone (with "the Government of" before it); "Permanent Representative of Singapore"
// stays "Permanent Representative".

import type { DocContext } from '../context.ts';
import { memberStateNamed } from './body-kinds.ts';

const OF = /\s+of\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?/g;

/** The post in `text` ("<post> of <State>"), up to the "of" that the State's name alone follows. */
export function statePost(ctx: DocContext, text: string): string | undefined {
  for (const m of text.matchAll(OF)) {
    if (m.index === 0) continue;
    if (memberStateNamed(ctx, text.slice(m.index + m[0].length).trim())) return text.slice(0, m.index);
  }
  return undefined;
}
