// What kind of document a file is (MODEL.md Document `docType`), from its symbol, title line and text
// (rules/document.ts).

import type { DocContext } from '../context.ts';
import { CAPS_HEADLINE, docTypeOf } from './document-masthead.ts';
import { isPressSymbol, pressOfficeLine } from './document-press.ts';
import { sessionMasthead } from './document-press-session.ts';

/** The docType of the document whose masthead gives `symbol` and title line `line`; slides are a presentation. */
export function documentKind(
  ctx: DocContext,
  symbol: string | undefined,
  line: string | undefined,
  slides: boolean,
): string | undefined {
  const { doc } = ctx;
  // A resolution's or decision's own symbol says what it is, whatever its title (E/RES/2023/3 "Assessment
  // of …"); a press headline in capitals, or any under a press release's symbol ("General Assembly Adopts
  // Landmark Resolutions …", GA/10907), says what happened, not what kind of document it is; so does one under a
  // press masthead's session and meeting lines when the copy lost the symbol line ("Seventy-eighth Session," /
  // "63rd Meeting (AM)" / "General Assembly Adopts Landmark Resolution on …").
  const instrument = symbol !== undefined && /\/(?:RES|DEC)\//.test(symbol);
  return slides
    ? 'presentation'
    : instrument
      ? 'resolution'
      : docTypeOf(
          line &&
            !CAPS_HEADLINE.test(line) &&
            !isPressSymbol(symbol) &&
            !pressOfficeLine(doc.text) &&
            !sessionMasthead(ctx)
            ? line
            : '',
          doc.text,
        );
}
