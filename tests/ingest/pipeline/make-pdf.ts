// A minimal PDF writer for tests, so the PDF round trip needs no external
// tool: Courier (a standard-14 font, fixed pitch, so line widths are exact),
// WinAnsiEncoding, source lines wrapped greedily at the right margin, a blank
// source line as a blank line, `^{n}` drawn as a raised small marker, a new
// page when a page is full. Produces a valid PDF 1.4 file with an xref table.

const WIN_ANSI_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

function encode(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const byte = (cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp <= 0xff) ? cp : WIN_ANSI_HIGH[ch];
    if (byte === undefined)
      throw new Error(`make-pdf: character ${JSON.stringify(ch)} is not in WinAnsiEncoding`);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else out += byte < 0x80 ? ch : `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return out;
}

interface Options {
  readonly fontSize?: number;
  readonly width?: number;
  readonly height?: number;
  readonly margin?: number;
}

type Segment = { readonly text: string; readonly sup: boolean };

/** Splits a line into plain text and `^{n}` markers. */
function segments(line: string): Segment[] {
  return line
    .split(/(\^\{[^}]*\})/)
    .filter(Boolean)
    .map((s) => (s.startsWith('^{') ? { text: s.slice(2, -1), sup: true } : { text: s, sup: false }));
}

export function makePdf(text: string, options: Options = {}): Buffer {
  const size = options.fontSize ?? 10;
  const [W, H, M] = [options.width ?? 595, options.height ?? 842, options.margin ?? 56];
  const charW = 0.6 * size;
  const maxChars = Math.floor((W - 2 * M) / charW);
  const leading = size * 1.25;
  const visible = (l: string) => l.replace(/\^\{([^}]*)\}/g, '$1').length;
  // Greedy wrap on spaces, counting a marker as its digits.
  const lines: string[] = [];
  for (const source of text.replace(/\r\n?/g, '\n').split('\n')) {
    let current = '';
    for (const word of source.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && visible(candidate) > maxChars) {
        lines.push(current);
        current = word;
      } else current = candidate;
    }
    lines.push(current);
  }
  const pages: string[] = [];
  let ops = '';
  let y = H - M;
  for (const line of lines) {
    if (y < M) {
      pages.push(ops);
      ops = '';
      y = H - M;
    }
    let x = M;
    for (const seg of segments(line)) {
      const s = seg.sup ? size * 0.6 : size;
      ops += `BT /F1 ${s} Tf ${x.toFixed(2)} ${(seg.sup ? y + size * 0.4 : y).toFixed(2)} Td (${encode(seg.text)}) Tj ET\n`;
      x += seg.text.length * 0.6 * s;
    }
    y -= leading;
  }
  pages.push(ops);

  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>';
  pages.forEach((content, i) => {
    const id = pageIds[i]!;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${W} ${H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`;
  });
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
