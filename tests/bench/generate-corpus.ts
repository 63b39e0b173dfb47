// A synthetic corpus of UN-style documents for the ingest benchmark (issue 3,
// item 9): symbols, sessions, dated meetings, numbered paragraphs with lettered
// items, honorifics + names + posts, delegations, resolution references and
// footnotes, from a seeded generator so every run reads the same bytes.
//   npx tsx tests/bench/generate-corpus.ts [dir] [--mb 24] [--seed 42]

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Word lists as `a|b|c` strings: compact, and one edit away from a new variant. */
const words = (list: string) => list.split('|');

const FIRST = words(
  'Peter|Shamika|Benedicto|Anriette|Juan|Marie|Olga|Kwame|Lina|Hiroshi|Fatou|Sérgio|Ana|Jovan|Chengetai|Doreen|Ivo|Zoë|Tomás|Nnenna|Raúl|Ingrid|Amina|Lars',
);
const LAST = words(
  'Major|Sirimanne|Fonseca Filho|Esterhuysen|Pérez|Dubois|Kowalska|Mensah|Haddad|Tanaka|Diallo|Müller|Nakamura|Kurbalija|Masango|Bogdan-Martin|Novák|Østergaard|García|Nwakanma|Rodríguez|Lindqvist|Okafor|Johansson',
);
const HONORIFIC = words('Mr.|Ms.|Mrs.|Ambassador|Professor|Dr.|H.E. Mr.|H.E. Ms.');
const POST = words(
  'Director, Division on Technology and Logistics|Permanent Representative|Head of Unit|Senior Adviser|Chief, Science, Technology and ICT Branch|Secretary-General|Counsellor',
);
const ORG = words(
  'UNCTAD|ITU|UNESCO|UNDP|the Internet Society|ICANN|the World Bank|the OECD|the European Commission|the Association for Progressive Communications|the University of Geneva|Microsoft',
);
const STATES = words(
  'Brazil|Egypt|Switzerland|India|Kenya|Japan|Mexico|Peru|Sweden|Nigeria|Indonesia|Canada|Hungary|South Africa|Portugal|Tunisia',
);
const THEMES = words(
  'enhanced cooperation|data for development|digital divides|cybersecurity|artificial intelligence|the digital economy|open data|gender equality in science|rural connectivity|e-government',
);
const GROUPS = words(
  'Working Group on Enhanced Cooperation|Working Group on Improvements to the Internet Governance Forum|Commission on Science and Technology for Development|Internet Governance Forum|Multistakeholder Advisory Group',
);
const CITIES = words('Geneva|New York|Vienna|Lisbon|Tunis|Addis Ababa|Bangkok|Santiago');
const MONTHS = words('January|February|March|April|May|June|July|August|September|October|November|December');
const ORDINAL = words(
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh',
);
const VERBS = words('recalled|stressed|welcomed|noted with concern|underlined|encouraged|emphasized|invited');

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}

type Rng = ReturnType<typeof rng>;

const person = (r: Rng) => `${r.pick(HONORIFIC)} ${r.pick(FIRST)} ${r.pick(LAST)}`;
const date = (r: Rng, year: number) => `${r.int(1, 28)} ${r.pick(MONTHS)} ${year}`;
const resolution = (r: Rng) =>
  r.next() < 0.5
    ? `General Assembly resolution ${r.int(56, 78)}/${r.int(100, 299)}`
    : `A/RES/${r.int(56, 78)}/${r.int(100, 299)}`;

function paragraph(r: Rng, n: number, year: number, notes: string[]): string {
  const kind = r.int(0, 5);
  const ref = () => {
    notes.push(`${person(r)}, ${r.pick(POST)}, ${r.pick(ORG)}.`);
    return `^{${notes.length}}`;
  };
  switch (kind) {
    case 0:
      return `${n}. ${person(r)}, ${r.pick(POST)}, ${r.pick(ORG)}, opened the meeting. ${person(r)} was elected Chair of the ${r.pick(ORDINAL)} session of the ${r.pick(GROUPS)}.`;
    case 1:
      return `${n}. The ${r.pick(ORDINAL)} meeting of the ${r.pick(GROUPS)} was held on ${r.int(1, 14)} and ${r.int(15, 28)} ${r.pick(MONTHS)} ${year} in ${r.pick(CITIES)}. Representatives from ${r.pick(STATES)}, ${r.pick(STATES)} and ${r.pick(STATES)} took the floor.`;
    case 2:
      return `${n}. Recalling paragraphs ${r.int(1, 60)}–${r.int(61, 120)} of the Tunis Agenda for the Information Society and ${resolution(r)} of ${date(r, year - r.int(1, 8))}, the delegate from ${r.pick(STATES)} ${r.pick(VERBS)} the importance of ${r.pick(THEMES)}.`;
    case 3:
      return `${n}. The first panellist${ref()} presented the work of ${r.pick(ORG)} on ${r.pick(THEMES)}. The second panellist${ref()} ${r.pick(VERBS)} the role of ${r.pick(THEMES)}; the session was moderated by ${person(r)}.`;
    case 4:
      return `${n}. The Working Group ${r.pick(VERBS)} the following issues:\n(a) ${r.pick(THEMES)}, as discussed in document E/CN.16/${year}/CRP.${r.int(1, 9)};\n(b) ${r.pick(THEMES)}, in cooperation with ${r.pick(ORG)};\n(c) ${r.pick(THEMES)}.`;
    default:
      return `${n}. Participants ${r.pick(VERBS)} that ${r.pick(THEMES)} and ${r.pick(THEMES)} required multistakeholder cooperation among Governments, the private sector, civil society and the technical and academic community, as requested in ${resolution(r)}.`;
  }
}

export function generateDocument(seed: number, targetBytes: number): { name: string; text: string } {
  const r = rng(seed);
  const year = r.int(2006, 2024);
  const symbol = r.pick([
    `E/CN.16/${year}/CRP.${r.int(1, 9)}`,
    `DTL/STICT/MISC/${year}/${r.int(1, 20)}`,
    `A/${r.int(60, 78)}/${r.int(60, 400)}`,
  ]);
  const notes: string[] = [];
  const parts = [
    symbol,
    '',
    r.pick(GROUPS),
    '',
    `${r.pick(ORDINAL).replace(/^./, (c) => c.toUpperCase())} session`,
    `${r.pick(CITIES)}, ${r.int(1, 10)}–${r.int(11, 20)} ${r.pick(MONTHS)} ${year}`,
    '',
    `Report of the ${r.pick(GROUPS)} on its ${r.pick(ORDINAL)} meeting`,
    '',
  ];
  let size = parts.join('\n').length;
  for (let n = 1; size < targetBytes; n++) {
    if (n % 12 === 1)
      parts.push(
        `${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][Math.floor(n / 12) % 8]}. ${r.pick(THEMES).replace(/^./, (c) => c.toUpperCase())}`,
        '',
      );
    const p = paragraph(r, n, year, notes);
    parts.push(p, '');
    size += p.length + 2;
  }
  parts.push(...notes.map((note, i) => `^{${i + 1}} ${note}`));
  return {
    name: `${String(seed).padStart(4, '0')}_${symbol.replace(/[^A-Za-z0-9]+/g, '-')}.txt`,
    text: `${parts.join('\n')}\n`,
  };
}

/** Writes documents of 20–160 KB until `totalBytes` is reached; returns their paths. */
export async function generateCorpus(
  dir: string,
  totalBytes = 24 * 1024 * 1024,
  seed = 42,
): Promise<string[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const r = rng(seed);
  const paths: string[] = [];
  for (let total = 0, i = 0; total < totalBytes; i++) {
    const doc = generateDocument(seed * 100_000 + i, r.int(20, 160) * 1024);
    const path = join(dir, doc.name);
    await writeFile(path, doc.text);
    paths.push(path);
    total += Buffer.byteLength(doc.text);
  }
  return paths;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const flag = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const dir = args[0] && !args[0].startsWith('--') ? args[0] : '.data/bench-corpus';
  const paths = await generateCorpus(dir, flag('--mb', 24) * 1024 * 1024, flag('--seed', 42));
  console.log(`${paths.length} documents written to ${dir}`);
}
