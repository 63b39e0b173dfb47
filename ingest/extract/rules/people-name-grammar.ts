// The grammar of a person's name after an honorific (rules/people.ts): the honorifics, the words of a
// name (particles, initials, joined and dotted forms) and where the name stops (a post, a possessive, a column).

// "H.E. Mr." stacks two honorifics; the second one is kept. "Amb." is "Ambassador" abbreviated, before a name on
// the same line ("• Amb. Carl Hallergard, Depute Head of EU Delegation to the UN", a Geneva event's programme).
// "Hon." is "Honourable", a minister's or legislator's style in Commonwealth and West African texts ("the
// Minister of Information … of The Gambia, Hon. Ebrima Sillah", an ECOWAS page on the WAIGF).
// British usage drops the full stop of a
// contraction ("Dr Jovan Kurbalija", "Ms Anja Gengo"): the name must then follow on the same line.
// "His Excellency" / "Her Excellency" is "H.E." written out ("Her Excellency Mercedes Aráoz, former Vice
// President … of Peru", a co-chair's welcome of new Broadband Commissioners).
// "His Eminence" is a cardinal's style, the rank after it no part of the name ("His Eminence Cardinal Pietro
// Parolin, Secretary of State, Holy See", a UN Journal's list of speakers, q97).
// A web page's copy may set a space inside the abbreviation: "chaired by H .E. Mr. X, Minister, …" (the
// outcomes page of an annual ITU forum).
// French honorifics, written without a full stop: "1990 and then H.E. Mme Ruth Lerner Almea (Venezuela)" (the
// G77 Paris chapter's list of its chairs) named "Mme Ruth Lerner Almea".
// The second of two stacked honorifics may end a line, its stop dropped: "Ambassador of Trinidad and Tobago H.E. Mr"
// | "Colin Michael Connelly (Caribbean)" (an ACP press release copied from a PDF) named "Mr Colin Michael
// Connelly". After "H.E." the short honorific is one whatever the line (stops and breaks are layout there); "Mine"
// there is the copy's misreading of "Mme" ("1994-95 H.E. Mine Nina Sibal (India)", same list), before a given
// name and a surname only; people.ts keeps it as one only in a text that stacks "H.E. Mme"/"H.E. Mr" elsewhere.
const STACKED =
  '(?<=(?:H\\s?\\.\\s?E\\.|Excellency)\\s+)(?:(?:Mr|Ms|Mrs|Mme|Mlle)\\.?(?=\\s+\\p{Lu}\\p{Ll})|Mine(?=[^\\S\\n]+\\p{Lu}\\p{Ll}+[^\\S\\n]+\\p{Lu}\\p{Ll}))';
const HON = `(?:(?:H\\s?\\.\\s?E\\.|(?:His|Her)[^\\S\\n]+Excellency)\\s+)?(${STACKED}|(?:His|Her)[^\\S\\n]+Excellency(?=[^\\S\\n]+\\p{Lu}\\p{Ll})|His[^\\S\\n]+Eminence(?:[^\\S\\n]+Cardinal)?(?=[^\\S\\n]+\\p{Lu}\\p{Ll})|Mr\\.|Ms\\.|Mrs\\.|Mx\\.|Dr\\.|Prof\\.|(?:Mr|Ms|Mrs|Mx|Dr|Prof)(?=[^\\S\\n]+(?:\\p{Lu}\\.[^\\S\\n]?)*\\p{Lu}\\p{Ll})|Professor|Ambassador|Amb\\.(?=[^\\S\\n]+\\p{Lu}\\p{Ll})|H\\s?\\.\\s?E\\.|Judge|Minister|Sir|Dame|Hon\\.(?=[^\\S\\n]+\\p{Lu}\\p{Ll})|Honourable|Honorable|(?:Mme|Mlle)\\.?(?=[^\\S\\n]+\\p{Lu}\\p{Ll}))`;
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
// A name opens on no honorific: "H.E. Mr" over a line break gave "Mr Colin Michael Connelly" (STACKED above).
const NO_HONORIFIC = '(?!(?:Mr|Mrs|Ms|Mx|Mme|Mlle|Dr|Prof)\\b)';
const NAME = `(${NO_HONORIFIC}${LEAD_INITIALS}${GLUED_INITIAL}${WORD}(?:${SP}(?:${INITIALS}|${BARE_INITIAL}|${DOTTED}|${PARTICLE}(?=${SP}\\p{Lu})|${JOINED}|${WORD}))*)`;
// "Prof. Dr Vladimir Minkin (Russian Federation)" (an ITU working group's officers): a doctor's title after
// the professor's is no first name; the first honorific is kept.
const THEN_DR = '(?:\\s+Dr\\.?(?=\\s+\\p{Lu}\\p{Ll}))?';
// A Yoruba first name shortened with an apostrophe: "Mr. 'Gbenga Sesan from Nigeria" (the IGF Leadership
// Panel's appointment notice, 2022) is Gbenga Sesan; the apostrophe is not part of the name.
const ELISION = "['‘]?";
const PERSON = new RegExp(`\\b${HON}${THEN_DR}\\s+${ELISION}${NAME}`, 'gu');
// The same search from the honorifics (anchoredMatches): a match starts on "H." or on an honorific's first
// letters, at a word character after a non-word one.
export const PERSON_AT = new RegExp(PERSON.source, 'uy');
export const HONORIFIC_ANCHOR = /H ?\.|His|Her|Mr|Ms|Mx|Mme|Mlle|Dr|Prof|Amb|Judge|Minister|Sir|Dame|Hon/g;
