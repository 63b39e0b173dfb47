// WSIS Forum and UNGIS texts (q68): ITU's press releases on the WSIS Prizes, the WSIS Forum's session pages
// and Chair's summary, UNESCO's news on the UN Group on the Information Society. Titles under a site's motto,
// section path, image text or letter-spaced cover band (title-furniture.ts); a dateline "Geneva, 10 June 2030 –"
// (document-dated-symbol.ts); an agency's possessive post (people-possessive-posts.ts); a post, a middle
// initial or an honorific before the name (titled-people.ts); a department named by a list of fields after its
// head's post (affiliation.ts MINISTRY); a footer's "Privacy Notices" (theme-cleanup.ts); "On Tuesday, 17 July
// 2030 the …, Mr X, opened the second meeting of …" (meeting-date-before.ts); "a WHO Managed Network"
// (org-names.ts); gazetteer: UNDESA, the Swiss Confederation, the CEB. Sentences invented in the pages' grammar.

import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.ts';

const FILE = 'doc.txt';

const facts = (text: string): string[] => {
  const g = extractText(text, FILE);
  const doc = g.nodes.find((n) => n.type === 'Document' && n.properties.file === FILE);
  return [
    `title ${doc?.properties.title ?? ''}`,
    `date ${doc?.properties.date ?? ''}`,
    ...g.nodes.map((n) => (n.type === 'Meeting' ? `${n.id} ${n.properties.startDate ?? ''}` : n.id)),
    ...g.edges.map(
      (e) => `${e.type} ${e.from} ${e.to}${e.properties.title ? ` ${String(e.properties.title)}` : ''}`,
    ),
  ];
};

const CASES: [name: string, text: string, want: string[], not: string[]][] = [
  // Titles: the site's motto and section path over an ITU release's headline.
  [
    'motto and section path',
    'Go Top\nGo Top\n\nCommitted to connecting the world\n\nArchived Newsroom • Press Release\n\n\nSample Forum follow-up meeting opens\n\nThe winners were announced. They came from many countries.',
    ['title Sample Forum follow-up meeting opens'],
    ['title Committed to connecting the world', 'title Archived Newsroom • Press Release'],
  ],
  [
    'image text',
    'Image of a World Map Home - Sample Forum 2030\n\n\nAction Line Meeting on e-Sample\n\nOrganised by the Sample Agency.',
    ['title Action Line Meeting on e-Sample'],
    ['title Image of a World Map Home - Sample Forum 2030'],
  ],
  [
    'letter-spaced cover band',
    'S a m p l e I n f o r m a t i o n S o c i e t y \nSample Joint Statement on Data\n\nThe members submit this joint statement. It is short.',
    ['title Sample Joint Statement on Data'],
    ['title S a m p l e I n f o r m a t i o n S o c i e t y'],
  ],
  // A headline that opens with "Image" or holds a bullet in a long part stays the title.
  [
    'image as a word',
    'Image processing for e-health in rural clinics\n\nThe session reviewed sample projects. It closed at noon.',
    ['title Image processing for e-health in rural clinics'],
    [],
  ],
  // A press release's dateline in ordinary letters dates the release; a gathering's name before the comma does not.
  [
    'dateline',
    'Sample Prizes 2030 Winners\n\nGeneva, 26 May 2030 – The Secretary-General this morning announced the 18 winners of the Sample Prizes 2030 at the opening segment of the forum.',
    ['date 2030-05-26'],
    [],
  ],
  // A short line so written is a programme's line, no dateline.
  [
    'short dateline',
    'Sample Prizes 2030 Winners\n\nGeneva, 26 May 2030 – The forum opens\n',
    [],
    ['date 2030-05-26'],
  ],
  [
    'gathering before the date',
    'Sample Prizes 2030 Winners\n\nSample Forum, 26 May 2030 – The Secretary-General this morning announced the 18 winners of the Sample Prizes 2030 at the opening segment of the forum.',
    [],
    ['date 2030-05-26'],
  ],
  // An agency's post as a possessive before the holder's name.
  [
    'agency possessive post',
    'The statement was adopted at a session of the Group, chaired by UNESCO’s Assistant Director-General for Communication and Information, Janis Samplins at the margin of the forum.',
    [
      'person:janis-samplins',
      'AFFILIATED_WITH person:janis-samplins organization:unesco Assistant Director-General for Communication and Information',
    ],
    [],
  ],
  // No body before the possessive, or no name after the post: nothing.
  ['no body', "The city's Director-General, Lena Examplova, spoke.", [], ['person:lena-examplova']],
  ['place after the post', "UNESCO's Director-General, New Delhi, said nothing.", [], ['person:new-delhi']],
  // A post, then a middle initial or an honorific, then the name.
  [
    'middle initial',
    'ITU Secretary-General Jon Q. Samplé announced the winners of the prizes.',
    ['person:jon-q-sample', 'AFFILIATED_WITH person:jon-q-sample organization:itu Secretary-General'],
    [],
  ],
  [
    'honorific after the post',
    'ITU Secretary-General Dr. Jon Samplé announced the winners of the prizes.',
    ['AFFILIATED_WITH person:jon-sample organization:itu Secretary-General'],
    [],
  ],
  ['honorific, no name', 'ITU Secretary-General Dr. announced the winners.', [], ['AFFILIATED_WITH']],
  [
    'Federal Councillor',
    'It was chaired by the Swiss Confederation, represented by Federal Councillor Ana Samplé, Head of the Federal Department of the Environment, Transport, Energy and Communications (DETEC).',
    ['person:ana-sample', 'organization:switzerland'],
    ['organization:energy-and-communications'],
  ],
  [
    'department after its head',
    'The session was opened by Ms. Ana Samplé, Head of the Federal Department of the Environment, Transport, Energy and Communications (DETEC).',
    ['person:ana-sample'],
    ['organization:energy-and-communications', 'organization:transport'],
  ],
  // A footer's link names no theme; the same word as a heading does.
  [
    'footer link',
    'Consultation Meeting of Sample Moderators on 24 February 2030\n\nThe meeting was open to all stakeholders that are interested in contributing to the teams for the sample lines and in particular acting as facilitators for them. It discussed sample matters at length over two days.\n\nTop - Copyright 2030 All Rights Reserved\nPrivacy Notices\nUpdated : 2030-03-19',
    [],
    ['theme:privacy'],
  ],
  // A copyright line titles nothing.
  [
    'copyright line',
    'Copyright 2030 Sample Union. All Rights Reserved\n\nSample Forum follow-up meeting opens\n\nThe forum opened. It met for two days.',
    ['title Sample Forum follow-up meeting opens'],
    [],
  ],
  [
    'heading theme',
    'Sample page\n\nPrivacy\n\nThe meeting discussed sample matters at length over two days.',
    ['theme:privacy'],
    [],
  ],
  // A day after its weekday, a person set off by commas in the subject, the gathering the verb's object.
  [
    'weekday and apposition',
    'On Tuesday, 17 July 2030 the Director-General of UNESCO, Mr Jon Samplé, opened the second meeting of the United Nations Group on the Information Society (UNGIS) at UNESCO headquarters in Paris.',
    ['meeting:ungis-meeting-2 2030-07-17'],
    [],
  ],
  // The date is another verb's: the meeting is not dated by it.
  [
    'date of another verb',
    'On Tuesday, 17 July 2030 the Board decided that the second meeting of the United Nations Group on the Information Society (UNGIS) would be held in Paris.',
    [],
    ['meeting:ungis-meeting-2 2030-07-17'],
  ],
  // An indefinite article before a body's sub-body words: a kind of thing, no body.
  [
    'indefinite sub-body',
    'As a WHO Managed Network formally kicked off on 20 February 2030, the initiative promotes access to digital health.',
    [],
    ['organization:who-managed-network'],
  ],
  // Gazetteer: UNDESA, the CEB.
  [
    'UNDESA',
    'Mr Deniz Samplar (UNDESA) reported on action lines C1 and C7.',
    ['AFFILIATED_WITH person:deniz-samplar organization:un-desa'],
    [],
  ],
  [
    'CEB',
    'UNGIS is the interagency mechanism tasked by the UN’s Chief Executive Board to coordinate the policy aspects of the implementation.',
    ['organization:ceb'],
    ['organization:un-chief-executive-board'],
  ],
];

describe('WSIS Forum and UNGIS texts (q68)', () => {
  it.each(CASES)('%s', (_name, text, want, not) => {
    const got = facts(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got.some((g) => g === n || g.startsWith(`${n} `))).toBe(false);
  });
});
