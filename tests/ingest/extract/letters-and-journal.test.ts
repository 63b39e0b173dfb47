// Letters circulated as UN documents and the Journal of the United Nations (q92): a letter's signatories and
// their posts (rules/letter-signatories.ts), a speakers' list run onto one line (rules/affiliation.ts: the next
// honorific ends a post; rules/affiliation-state-long-form.ts: "Republic of Uganda" is the State), a session's
// heading run into the notice under it (rules/meeting-window.ts RUN_ON), two organs side by side in a masthead
// (rules/org-sub-bodies.ts COLUMN_GAP), a weekday after "meeting on" (rules/meeting-name-grammar.ts TOPIC) and the
// Journal's date of issue (rules/journal-issue.ts). Texts are written for the test, in the style of the genre.

import { describe, expect, it } from 'vitest';
import { extractText, hasEdge, hasNode, meetingLines, personFacts } from './helpers.ts';

const SIGNATORIES: [text: string, facts: string[]][] = [
  [
    "Letter dated 3 May 2030 from the Permanent Representative of Kenya to the United Nations addressed to the Secretary-General\n\nI have the honour to transmit the chair's summary of the conference (see annex).\n\n(Signed) Jane Wanjiru Example Permanent Representative",
    [
      'person:jane-wanjiru-example',
      'AFFILIATED_WITH person:jane-wanjiru-example organization:kenya Permanent Representative',
    ],
  ],
  [
    'I should be grateful if you would circulate the present letter as a document of the General Assembly.\n\n(Signed) Maria Example Permanent Representative of Chile to the United Nations',
    [
      'person:maria-example',
      'AFFILIATED_WITH person:maria-example organization:chile Permanent Representative',
    ],
  ],
  [
    'It would be appreciated if you could circulate the present letter.\n\n(Signed) Pavel EXAMPLEV\nActing Permanent Representative of the Russian\nFederation to the United Nations',
    [
      'person:pavel-examplev',
      'AFFILIATED_WITH person:pavel-examplev organization:russian-federation Acting Permanent Representative',
    ],
  ],
  // A plain-text copy of a mail keeps its emphasis as stars.
  [
    'Circulated under item 93.\n\n(*Signed*) *Wei *Example Permanent Representative of the People’s Republic of\nChina to the United Nations',
    ['person:wei-example', 'AFFILIATED_WITH person:wei-example organization:china Permanent Representative'],
  ],
  // Two signatures in columns: the names only, the post lines are split between them.
  [
    'We have the honour to transmit the joint declaration.\n\n(Signed)  Yu. EXAMPLOV                 (Signed)  A. EXAMPLOVA\nActing Permanent Representative          Permanent Representative\nof the Russian Federation                of Kazakhstan',
    ['person:a-examplova', 'person:yu-examplov'],
  ],
  // A joint letter's title names several States: a post without its State takes none of them.
  [
    'Letter dated 1 June 2030 from the Permanent Representatives of Chile and Kenya to the United Nations addressed to the Secretary-General\n\n(Signed) Maria Example Permanent Representative',
    ['person:maria-example'],
  ],
  // No name after "(Signed)", or a State no gazetteer knows: no person, or no post.
  ['(Signed) Permanent Representative of Chile to the United Nations', []],
  [
    '(Signed) Maria Example Permanent Representative of Examplistan to the United Nations',
    ['person:maria-example'],
  ],
];

describe("a letter's signatories", () => {
  for (const [text, facts] of SIGNATORIES)
    it(text.slice(-60), () => expect(personFacts(text).sort()).toEqual(facts.sort()));
  it('the signatory produced the letter', () => {
    const g = extractText(
      'Letter dated 3 May 2030 from the Permanent Representative of Kenya to the United Nations addressed to the Secretary-General\n\n(Signed) Jane Example Permanent Representative',
      'a-00-000.txt',
    );
    expect(g.edges.some((e) => e.type === 'PRODUCED' && e.from === 'person:jane-example')).toBe(true);
  });
});

const SPEAKERS: [text: string, facts: string[]][] = [
  [
    'Continuation of the general debate - Item 8 Addresses by: His Excellency John Example, Prime Minister, Republic of Uganda His Excellency Paul Sample, Prime Minister and Head of Government, Republic of Madagascar',
    [
      'person:john-example',
      'person:paul-sample',
      'AFFILIATED_WITH person:john-example organization:uganda Prime Minister',
      'AFFILIATED_WITH person:paul-sample organization:madagascar Prime Minister, Head of Government',
    ],
  ],
  [
    'Addresses by: His Excellency Tashi Example, Prime Minister, Kingdom of Bhutan',
    ['person:tashi-example', 'AFFILIATED_WITH person:tashi-example organization:bhutan Prime Minister'],
  ],
  // A long form before words that are no State's whole name is a body's name.
  [
    'Mr. John Example, Director, Republic of Example Institute',
    [
      'person:john-example',
      'AFFILIATED_WITH person:john-example organization:republic-of-example-institute Director',
    ],
  ],
];

describe('a speakers list run onto one line', () => {
  for (const [text, facts] of SPEAKERS)
    it(text.slice(0, 60), () => expect(personFacts(text).sort()).toEqual(facts.sort()));
});

describe('a session heading run into the notice under it', () => {
  it('the plenary meeting’s day is not the session’s', () => {
    const lines = meetingLines(
      extractText(
        'General Assembly Sixty-second session The 109th plenary meeting of the General Assembly will be held on Wednesday, 18 June 2030, in the General Assembly Hall.',
      ),
    );
    expect(lines.some((l) => l.startsWith('meeting:general-assembly-62 2030'))).toBe(false);
  });
  it('an agenda item’s letter does not date the session', () => {
    const lines = meetingLines(
      extractText(
        'United Nations A/72/999 General Assembly Seventy-second session Agenda item 122 Question of example Letter dated 2 October 2017 from the Permanent Representative of Chile',
      ),
    );
    expect(lines.some((l) => l.includes('2017-10-02'))).toBe(false);
  });
  it('a session dated in its own sentence keeps its date', () => {
    const lines = meetingLines(
      extractText(
        'The Commission on Science and Technology for Development held its twenty-first session in Geneva from 14 to 18 May 2018.',
      ),
    );
    expect(lines.some((l) => l.includes('2018-05-14'))).toBe(true);
  });
});

describe('two organs side by side in a masthead', () => {
  it('the Security Council is no part of the General Assembly', () => {
    const g = extractText(
      'General Assembly                                     Security Council\nSixty-seventh session                                Sixty-eighth year\nAgenda item 43',
    );
    expect(hasEdge(g, 'PART_OF', 'organization:security-council', 'organization:general-assembly')).toBe(
      false,
    );
  });
  it('a sub-body named right after its body still is', () => {
    const g = extractText('The ASEAN Committee on Science and Technology met in Jakarta.');
    expect(g.edges.some((e) => e.type === 'PART_OF' && e.to === 'organization:asean')).toBe(true);
  });
});

describe('a weekday after "meeting on"', () => {
  it('dates the meeting, it is no topic', () => {
    const g = extractText(
      'The General Assembly will hold a plenary meeting on Monday, 2 March 2009, at 10 a.m. in the General Assembly Hall.',
    );
    expect(hasNode(g, 'meeting:plenary-meeting-2009-03-02')).toBe(true);
    expect(g.nodes.some((n) => n.id.includes('monday'))).toBe(false);
  });
  it('a topic stays one', () => {
    const g = extractText('A panel discussion on Internet governance will be held on 5 May 2030 in Geneva.');
    expect(g.nodes.some((n) => n.type === 'Meeting' && /Internet governance/i.test(n.name))).toBe(true);
  });
});

const JOURNALS: [text: string, date: string | undefined][] = [
  [
    'No. 2019/188\n\nSaturday, 28 September 2019\n\nJournal of the United Nations\n\nProgramme of meetings and agenda',
    '2019-09-28',
  ],
  [
    'No. 2009/37 Journal of the United Nations Programme of meetings and agenda Tuesday, 24 February 2009 Official meetings',
    '2009-02-24',
  ],
  // The year of the day is the number's; a text that is no Journal is not read so.
  ['No. 2019/188\n\nSaturday, 28 September 2018\n\nJournal of the United Nations', undefined],
  ['No. 2019/18\n\nSaturday, 28 September 2019\n\nNewsletter of the Example Society', undefined],
];

describe("the Journal's date of issue", () => {
  for (const [text, date] of JOURNALS)
    it(text.slice(0, 50), () => {
      const doc = extractText(text).nodes.find((n) => n.type === 'Document');
      expect(doc?.properties.date).toBe(date);
    });
});

const ORGAN_GROUPS: [text: string, ids: string[]][] = [
  // A principal organ's standing group: no years from the Journal's date or its meetings' days, PART_OF the organ.
  [
    'No. 2030/37 Journal of the United Nations Programme of meetings and agenda Tuesday, 24 February 2030 Security Council Security Council Working Group on Example Matters 3 p.m. Closed meeting Conference Room 6',
    ['workinggroup:wgem', 'PART_OF workinggroup:wgem organization:security-council'],
  ],
  [
    'Security Council\n\nSecurity Council Working Group on Example Matters\n\n15:00 Closed meeting',
    ['workinggroup:wgem', 'PART_OF workinggroup:wgem organization:security-council'],
  ],
  // Any other group keeps the years its text or its meetings give.
  [
    'The Working Group on Example Matters held its first meeting on 3 March 2030 in Geneva.',
    ['workinggroup:wgem-2030-2030'],
  ],
];

describe("a principal organ's working group", () => {
  for (const [text, ids] of ORGAN_GROUPS)
    it(text.slice(0, 60), () => {
      const g = extractText(text);
      const got = [
        ...g.nodes.filter((n) => n.type === 'WorkingGroup').map((n) => n.id),
        ...g.edges
          .filter((e) => e.type === 'PART_OF' && e.from.startsWith('workinggroup:'))
          .map((e) => `PART_OF ${e.from} ${e.to}`),
      ];
      expect(got.sort()).toEqual(ids.sort());
    });
});

const LETTER_TITLES: [text: string, title: string | undefined][] = [
  [
    'United Nations\n\nA/99/100\n\nGeneral Assembly\n\n               Letter dated 16 May 2030 from the representatives\n                of Chile and Kenya to the\n               United Nations addressed to the Secretary-General\n\n\n     We have the honour to transmit the joint declaration.',
    'Letter dated 16 May 2030 from the representatives of Chile and Kenya to the United Nations addressed to the Secretary-General',
  ],
  [
    'A/99/101\n\n*Letter dated 12 September 2030 from the Permanent Representatives of Chile,\nKenya and Peru to the United Nations\naddressed to the Secretary-General*\n\nWe have the honour to transmit a draft code of conduct.',
    'Letter dated 12 September 2030 from the Permanent Representatives of Chile, Kenya and Peru to the United Nations addressed to the Secretary-General',
  ],
  // No addressee in reach: the title is cut where the other rules cut it, the text under it no part of it.
  [
    'A/99/102\n\nLetter dated 1 June 2030 from the Permanent Representative of Chile\n\nI have the honour to refer to the outcome of the conference.',
    'Letter dated 1 June 2030 from the Permanent Representative of Chile',
  ],
];

describe("a letter's title wrapped over its masthead's lines", () => {
  for (const [text, title] of LETTER_TITLES)
    it(title ?? text.slice(0, 40), () => {
      const doc = extractText(text).nodes.find((n) => n.type === 'Document');
      expect(doc?.properties.title).toBe(title);
    });
  it('the Journal is titled by its masthead, not the first body it lists', () => {
    const doc = extractText(
      'No. 2030/54 Saturday, 21 March 2030\n\nJournal of the United Nations\n\nProgramme of meetings and agenda\n\nOfficial meetings\n\nSecurity Council\n\nSecurity Council Working Group on Example Matters\n\n15:00 Closed meeting',
    ).nodes.find((n) => n.type === 'Document');
    expect(doc?.properties.title).toBe('Journal of the United Nations');
  });
});

const OWNER_HEADS: [text: string, id: string][] = [
  [
    'The outcome documents of the twelfth session of the Organization of Example Cooperation Summit, held in Cairo from 2 to 7 February 2030, were circulated.',
    'meeting:organization-of-example-cooperation-summit-2030-02-02',
  ],
  // A gathering's own name after "of" with no body's head before it is left as it was.
  [
    'The outcome of the Example Cooperation Summit, held in Cairo from 2 to 7 February 2030, was circulated.',
    'meeting:example-cooperation-summit-2030-02-02',
  ],
];

describe("a gathering named after a body's 'X of Y' name", () => {
  for (const [text, id] of OWNER_HEADS) it(id, () => expect(hasNode(extractText(text), id)).toBe(true));
});
