// A State's post keeps the words of its portfolio: "Mr. X, Minister of Communication and Information
// Technology of the Government of the Kingdom of Saudi Arabia" (the IGF 2024 opening ceremony) holds the post
// "Minister of Communication and Information Technology" of Saudi Arabia, not "Minister"; "Minister of
// Foreign Affairs of Kenya" is "Minister of Foreign Affairs". The post ends at the "of" after which the rest
// is the State's name alone (with "the Government of" before it); "Permanent Representative of Singapore"
// stays "Permanent Representative", and so does "Permanent Representative of the Republic of Kenya" (the
// President of the General Assembly's letters and DESA's pages name the State in its long form, which the
// gazetteer need not know): not "Permanent Representative of the Republic".

import type { DocContext } from '../context.ts';
import { memberStateNamed, STATE_LONG_FORM } from './body-kinds.ts';

const OF = /\s+of\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?/g;

/** The post in `text` ("<post> of <State>"), up to the "of" that the State's name alone follows. */
export function statePost(ctx: DocContext, text: string): string | undefined {
  for (const m of text.matchAll(OF)) {
    if (m.index === 0) continue;
    const rest = text.slice(m.index + m[0].length).trim();
    if (memberStateNamed(ctx, rest)) return text.slice(0, m.index);
    const long = STATE_LONG_FORM.exec(rest);
    if (long && memberStateNamed(ctx, rest.slice(long[0].length))) return text.slice(0, m.index);
  }
  return undefined;
}
