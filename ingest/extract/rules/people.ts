// People: an honorific and a capitalised name ("Ms. Shamika N. Sirimanne",
// "Ambassador Benedicto Fonseca Filho", "Professor Omid Maghazei"), a name
// under "(signed)", a surname alone ("Mr. Major") resolved to the person of
// that surname, and an e-mail address resolved to the named person it
// belongs to. Each full mention's affiliation chain gives AFFILIATED_WITH.

import { idFor, props } from '../claims.ts';
import { addMention, addNode, claimedProperty, type DocContext, sourceAt } from '../context.ts';
import { matchesOf } from '../matches.ts';
import { affiliationClaims } from './affiliation-claims.ts';
import { anchoredMatches, wordStart } from './anchored-matches.ts';
import { bodyInName, shortLineBreak } from './name-ends.ts';
import { addTails, knownBySurname, otherGender, tails } from './people-surnames.ts';
import { hasTrigger, triggerWords } from './trigger-words.ts';

// "H.E. Mr." stacks two honorifics; the second one is kept. "Amb." is "Ambassador" abbreviated, before a name on
// the same line ("• Amb. Carl Hallergard, Depute Head of EU Delegation to the UN", a Geneva event's programme).
// "Hon." is "Honourable", a minister's or legislator's style in Commonwealth and West African texts ("the
// Minister of Information … of The Gambia, Hon. Ebrima Sillah", an ECOWAS page on the WAIGF).
// British usage drops the full stop of a
// contraction ("Dr Jovan Kurbalija", "Ms Anja Gengo"): the name must then follow on the same line.
// "His Excellency" / "Her Excellency" is "H.E." written out ("Her Excellency Mercedes Aráoz, former Vice
// President … of Peru", a co-chair's welcome of new Broadband Commissioners).
// A web page's copy may set a space inside the abbreviation: "chaired by H .E. Mr. X, Minister, …" (the
// outcomes page of an annual ITU forum).
const HON =
  '(?:(?:H\\s?\\.\\s?E\\.|(?:His|Her)[^\\S\\n]+Excellency)\\s+)?((?:His|Her)[^\\S\\n]+Excellency(?=[^\\S\\n]+\\p{Lu}\\p{Ll})|Mr\\.|Ms\\.|Mrs\\.|Mx\\.|Dr\\.|Prof\\.|(?:Mr|Ms|Mrs|Mx|Dr|Prof)(?=[^\\S\\n]+(?:\\p{Lu}\\.[^\\S\\n]?)*\\p{Lu}\\p{Ll})|Professor|Ambassador|Amb\\.(?=[^\\S\\n]+\\p{Lu}\\p{Ll})|H\\s?\\.\\s?E\\.|Judge|Minister|Sir|Dame|Hon\\.(?=[^\\S\\n]+\\p{Lu}\\p{Ll})|Honourable|Honorable)';
// A title written right after a name is not part of it ("Ms. Maria Silva Vice Chair of …"), nor is
// the title line under a name in a list of focal points or a signature block ("Ms. X\nChief, …").
// Nor the first word of a post written after a name without a comma: "Mr. Vladimir Stankovic Programme
// Officer", "Ms. Scarlett Fondeur Gil Economic Affairs Officer" (a WSIS Forum 2024 session's speaker list).
const TITLE_WORD =
  '(?:Vice|Chair|Chairman|Chairperson|President|Minister|Director|Secretary|Ambassador|Professor|Head|Deputy|Executive|Senior|Special|Permanent|Representative|Acting|Co-Chair|Chief|Officer|Adviser|Advisor|Counsellor|Counselor|Coordinator|Consultant|Rapporteur|Economist|Expert|Programme|Economic|Liaison)\\b';
// The words of a name are one space apart: a list of participants copied from a PDF table puts its
// columns a run of spaces or a tab apart ("Mr. Peter Sample        Hungary\nMs. Ana Sample"), which gave
// a person "Peter Sample Hungary Ms" and lost the next one. A line break may part them where a paragraph
// is wrapped at its width ("chaired by Mr. Peter\nMajor", text from PDFs and hard-wrapped files);
// shortLineBreak cuts the name at a break that ends a short line (a list's row, a signature block).
// A line that starts with an honorific starts another name ("Ms. Eva Sample UNESCO\nMr. Jan Sample").
const SP =
  '(?:[ \\u00A0]|[ \\u00A0]?\\n(?!H\\.\\s?E\\.|(?:Mr|Ms|Mrs|Mx|Dr|Prof|Professor|Ambassador|Amb|Judge|Minister|Sir|Dame)\\b))';
// A possessive is not part of the name: "hosted by Mr. John Doe's organization" names "John Doe"
// (an apostrophe inside a name stays: "O'Neill", "D'souza"). The IGF's captions join a double first name
// with a non-breaking hyphen: "Mr. Ole\u2011Martin Martinsen, the 2025 host country Chair" (IGF 2024 open mic).
// A word ends on a letter, and before no hyphen or digit: "H.E. Mr. Pablo Macedo\nPC-1 and informal meeting"
// (ITU's list of WSIS chairpersons, where PrepCom 1 is "PC-1") named "Pablo Macedo PC-".
// A post glued to the name, the space lost where a web page set the name and the post in two blocks: "Mr.
// Houlin ZhaoSecretary-General of ITU", "Mr. Bocar BaCEO of …" (a Broadband Commission briefing page). A
// capital after a small letter that opens a post ends the word; "McDonald", "DeBroux" open none.
const GLUED = `(?<=\\p{Ll})(?:${TITLE_WORD}|Assistant\\b|Under-|CEO\\b|Founder\\b|Managing\\b)`;
const WORD = `(?!${TITLE_WORD})[\\p{Lu}](?:(?!${GLUED})(?:[\\p{L}\\u2011]|-(?=\\p{L})|['’](?!s\\b)))+(?![\\d-])`;
// Particles may come two together before the next capitalised word: "Mr. Ignacio Díaz de la Guardia
// (Spain), Rapporteur" (a General Assembly verbatim record) was cut to "Ignacio Díaz".
const ONE_PARTICLE = '(?:da|das|de|del|della|dos|du|van|von|der|den|bin|al|el|di|la|las|le|los)';
// A Dutch "in" only before its article: "Ambassador Robert in den Bosch of Netherlands, Chair of the Group of
// Governmental Experts" (a disarmament newsletter on the CCW group on autonomous weapons); a bare "in" before a
// capital is a place ("Mr. X in Geneva").
const PARTICLE = `(?:${ONE_PARTICLE}|in(?=${SP}(?:den|der|de|['’]t)${SP}))(?:${SP}(?:${ONE_PARTICLE}|['’]t))?`;
// "Lynn St. Amour": an abbreviated particle with its full stop, before a capitalised word.
const DOTTED = `(?:St|Ste|Sta)\\.(?=${SP}\\p{Lu})`;
// "Ali al-Hussein", "Jean d’Alembert": a particle joined to the word by a hyphen or an apostrophe.
const JOINED = "(?:al|el|ad|ar|as|at|an|bin|ibn|abu|d|l)['’-][\\p{Lu}][\\p{L}'’-]+";
// An initial without its full stop inside a name ("Mx Oktavía Hrund G Jóns"), never "A" or "I" (words).
const BARE_INITIAL = '(?![AI]\\s)\\p{Lu}(?=[^\\S\\n]+\\p{Lu}\\p{Ll})';
// Initials written together keep their full stops and no space: "Mr. Muhammadou M.O. Kah, Permanent
// Representative of the Gambia" (a CSTD inter-sessional panel speech) was cut to "Muhammadou M.".
const INITIALS = '\\p{Lu}\\.(?:\\p{Lu}\\.)*';
// An initial set against the surname, no space after its full stop: "Prof V.Minkin (Russian Federation)",
// "Mr H.Zhao" (an ITU chairman's outcomes of a preparatory meeting): the name is "V. Minkin".
const GLUED_INITIAL = '(?:\\p{Lu}\\.(?=\\p{Lu}\\p{Ll}))?';
// Initials before the surname, no first name written out: "The Plenary meetings were chaired by Mr. R.N. Jha,
// Chairman, India" (a report on an ITU Council session), "Chairman: Dr E. Spina (Italy)" (the masthead of an ITU
// Council summary record), "Ms. A. B. Sample". Only after an honorific (PERSON): "E. coli" names no one.
const LEAD_INITIALS = '(?:\\p{Lu}\\.(?:[^\\S\\n]?\\p{Lu}\\.)*[^\\S\\n](?=\\p{Lu}\\p{Ll}))?';
const NAME = `(${LEAD_INITIALS}${GLUED_INITIAL}${WORD}(?:${SP}(?:${INITIALS}|${BARE_INITIAL}|${DOTTED}|${PARTICLE}(?=${SP}\\p{Lu})|${JOINED}|${WORD}))*)`;
// "Prof. Dr Vladimir Minkin (Russian Federation)" (an ITU working group's officers): a doctor's title after
// the professor's is no first name; the first honorific is kept.
const THEN_DR = '(?:\\s+Dr\\.?(?=\\s+\\p{Lu}\\p{Ll}))?';
// A Yoruba first name shortened with an apostrophe: "Mr. 'Gbenga Sesan from Nigeria" (the IGF Leadership
// Panel's appointment notice, 2022) is Gbenga Sesan; the apostrophe is not part of the name.
const ELISION = "['‘]?";
const PERSON = new RegExp(`\\b${HON}${THEN_DR}\\s+${ELISION}${NAME}`, 'gu');
// The same search from the honorifics (anchoredMatches): a match starts on "H." or on an honorific's first
// letters, at a word character after a non-word one.
const PERSON_AT = new RegExp(PERSON.source, 'uy');
const HONORIFIC_ANCHOR = /H ?\.|His|Her|Mr|Ms|Mx|Dr|Prof|Amb|Judge|Minister|Sir|Dame|Hon/g;
// A heading in capitals ("STATEMENT … BY MR. MOHAMMED AL-HADHRAMI, PERMANENT MISSION OF …"): the name
// in capitals, two to four words, ended by punctuation; written in the graph as a name is written.
const UPPER_PERSON =
  /\b(MR|MS|MRS|MX|DR|H\.\s?E\.\s+MR|H\.\s?E\.\s+MS)\.\s+([A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)*(?:\s+[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)*){1,3})(?=\s*[,;:()]|\s*$)/gm;
const UPPER_WORDS = /\b(?:MR|MS|MRS|MX|DR)\.\s+[A-Z]{2}/;
// Its honorifics: a passage without one is not searched (trigger-words.ts).
const UPPER_HONORIFICS = triggerWords(['mr.', 'ms.', 'mrs.', 'mx.', 'dr.']);

/** "AL-HADHRAMI" → "Al-Hadhrami"; particles stay lower-case ("DAS NEVES" → "das Neves"). */
export function nameCase(upper: string): string {
  return upper
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\s(Da|Das|De|Del|Dos|Du|Van|Von|Der|Bin|Di|La|Le)\s/g, (w) => w.toLowerCase());
}

export function personId(name: string): string {
  return idFor('Person', name);
}

export function peopleRule(ctx: DocContext): void {
  const ps = ctx.passages;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    for (const m of anchoredMatches(PERSON_AT, HONORIFIC_ANCHOR, p.text, 0, wordStart)) {
      const written = m[1]!.replace(/\s/g, '');
      // One form per honorific: "Dr" is "Dr.".
      // "Prime Minister Sarah X", "Foreign Minister …": "Minister" ends a post, it is no honorific.
      const post =
        written === 'Minister' && /\p{Lu}\p{Ll}+\s+$/u.test(p.text.slice(Math.max(0, m.index - 20), m.index));
      const honorific = post
        ? undefined
        : /^(?:Mr|Ms|Mrs|Mx|Dr|Prof)$/.test(written)
          ? `${written}.`
          : written === 'HisExcellency' || written === 'HerExcellency'
            ? 'H.E.'
            : written === 'Amb.'
              ? 'Ambassador'
              : written === 'Hon.' || written === 'Honorable'
                ? 'Honourable'
                : written;
      const start = p.start + m.index;
      const nameAt = start + m[0].length - m[2]!.length;
      const line = shortLineBreak(ctx.doc.text, nameAt, m[2]!);
      const cut = bodyInName(ctx, nameAt, nameAt + (line ?? m[2]!.length)) ?? line;
      const name = (cut ? m[2]!.slice(0, cut) : m[2]!)
        .replace(/\s+/g, ' ')
        .replace(/^(\p{Lu}\.)(?=\p{Lu})/u, '$1 ')
        .trim();
      const end = cut ? start + m[0].length - m[2]!.length + cut : start + m[0].length;
      const surface = ctx.doc.text.slice(start, end);
      const source = sourceAt(ctx, p, start, end);
      if (!name.includes(' ')) {
        const k = knownBySurname(ctx, name);
        if (k && !otherGender(claimedProperty(ctx, k.id, 'honorific'), honorific))
          addMention(ctx, { id: k.id, type: 'Person', name: k.name, start, end, surface, passage: p });
        continue;
      }
      // "Mr. Mulet Lind" after "Mr. David Mulet Lind": the same person by the last words of the name.
      const longer = tails(ctx).get(name);
      if (longer) {
        addMention(ctx, {
          id: longer.id,
          type: 'Person',
          name: longer.name,
          start,
          end,
          surface,
          passage: p,
        });
        affiliationClaims(ctx, p, longer.id, end);
        continue;
      }
      const id = personId(name);
      addTails(ctx, id, name);
      addNode(
        ctx,
        { id, type: 'Person', name, aliases: [surface], properties: props({ honorific }), source },
        'people',
      );
      addMention(ctx, { id, type: 'Person', name, start, end, surface, passage: p });
      affiliationClaims(ctx, p, id, end);
    }
    if (hasTrigger(p, UPPER_HONORIFICS) && UPPER_WORDS.test(p.text)) upperPeople(ctx, p);
    signature(ctx, p, ps[i - 1]);
  }
}

function upperPeople(ctx: DocContext, p: (typeof ctx.passages)[number]): void {
  for (const m of matchesOf(UPPER_PERSON, p.text)) {
    const written = m[1]!.replace(/^H\.\s?E\.\s+/, '');
    const honorific = `${written[0]}${written.slice(1).toLowerCase()}.`;
    const name = nameCase(m[2]!);
    const start = p.start + m.index;
    const end = start + m[0].length;
    const id = personId(name);
    const source = sourceAt(ctx, p, start, end);
    addNode(
      ctx,
      { id, type: 'Person', name, aliases: [m[0]], properties: props({ honorific }), source },
      'people:capitals',
    );
    addMention(ctx, { id, type: 'Person', name, start, end, surface: m[0], passage: p });
  }
}

/** "(signed)" then the signatory's name on the next line, then title lines. */
function signature(
  ctx: DocContext,
  p: (typeof ctx.passages)[number],
  prev: (typeof ctx.passages)[number] | undefined,
): void {
  if (!prev || !/^\s*\(signed\)\s*$/i.test(prev.text)) return;
  const first = /^\s*([\p{Lu}][\p{L}'’-]+(?:\s+(?:\p{Lu}\.|[\p{Lu}][\p{L}'’-]+)){1,4})\s*$/mu.exec(p.text);
  if (!first || first.index > 2) return;
  const name = first[1]!;
  const start = p.start + p.text.indexOf(name);
  const end = start + name.length;
  const id = personId(name);
  addNode(ctx, { id, type: 'Person', name, source: sourceAt(ctx, p, start, end) }, 'people:signature');
  addMention(ctx, { id, type: 'Person', name, start, end, surface: name, passage: p });
  ctx.state.set('signedBy', id);
  // Each following line is "Title, Organisation".
  let lineStart = p.start + p.text.indexOf('\n', end - p.start) + 1;
  while (lineStart > p.start && lineStart < p.end) {
    const nl = ctx.doc.text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl > p.end ? p.end : nl;
    const line = ctx.doc.text.slice(lineStart, lineEnd);
    const comma = line.indexOf(',');
    if (comma > 0) affiliationClaims(ctx, p, id, lineStart + comma, lineStart, lineEnd);
    if (lineEnd >= p.end) break;
    lineStart = lineEnd + 1;
  }
}
