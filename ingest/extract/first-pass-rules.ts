// The first pass's rules, in order (rule-order.ts RULES): up to fuzzy-states (FIRST_PASS_END), each sees one
// document only: its text, the gazetteer and what the rules before it found.

import type { DocContext } from './context.ts';
import { appointmentsRule } from './rules/appointments.ts';
import { appointmentsToChairRule } from './rules/appointments-to-chair.ts';
import { bureauAnaphorRule } from './rules/bureau-anaphor.ts';
import { documentRule } from './rules/document.ts';
import { electedPostsRule } from './rules/elected-posts.ts';
import { fuzzyStatesRule } from './rules/fuzzy-states.ts';
import { gazetteerRule } from './rules/gazetteer-mentions.ts';
import { ggeSeriesRule } from './rules/gge-series.ts';
import { letterSignatoriesRule } from './rules/letter-signatories.ts';
import { meetingHoldersRule } from './rules/meeting-holders.ts';
import { meetingsRule } from './rules/meetings.ts';
import { orgAcronymNamesRule } from './rules/org-acronym-names.ts';
import { orgNamesRule } from './rules/org-names.ts';
import { peopleRule } from './rules/people.ts';
import { peopleAddressLinesRule } from './rules/people-address-lines.ts';
import { peopleAddresseesRule } from './rules/people-addressees.ts';
import { peopleAgencyPostsRule } from './rules/people-agency-posts.ts';
import { peopleBareAppositionRule } from './rules/people-bare-apposition.ts';
import { peopleBodyChairsRule } from './rules/people-body-chairs.ts';
import { peopleBodyPostAfterRule } from './rules/people-body-post-after.ts';
import { peopleBulletPostsRule } from './rules/people-bullet-posts.ts';
import { peopleCapitalPostsRule } from './rules/people-capital-posts.ts';
import { peopleCapitalStatementsRule } from './rules/people-capital-statements.ts';
import { peopleDepartmentPostsRule } from './rules/people-department-posts.ts';
import { peopleEmailNamesRule } from './rules/people-email-names.ts';
import { peopleFromStatesRule } from './rules/people-from-states.ts';
import { peopleMandateHoldersRule } from './rules/people-mandate-holders.ts';
import { peoplePossessivePostsRule } from './rules/people-possessive-posts.ts';
import { peoplePostLinesRule } from './rules/people-post-lines.ts';
import { pluralHonorificsRule } from './rules/plural-honorifics.ts';
import { postAppositionRule } from './rules/post-apposition.ts';
import { reviewNamesRule } from './rules/review-names.ts';
import { secretariatAnaphorRule } from './rules/secretariat-anaphor.ts';
import { subGroupsRule } from './rules/sub-groups.ts';
import { symbolsRule } from './rules/symbols.ts';
import { titledPeopleRule } from './rules/titled-people.ts';
import { workingGroupsRule } from './rules/working-groups.ts';

export const FIRST_PASS_RULES: readonly { name: string; run: (ctx: DocContext) => void }[] = [
  { name: 'document', run: documentRule },
  { name: 'gazetteer', run: gazetteerRule },
  { name: 'symbols', run: symbolsRule },
  { name: 'review-names', run: reviewNamesRule },
  { name: 'gge-series', run: ggeSeriesRule },
  { name: 'working-groups', run: workingGroupsRule },
  { name: 'sub-groups', run: subGroupsRule },
  { name: 'meetings', run: meetingsRule },
  { name: 'people', run: peopleRule },
  { name: 'letter-signatories', run: letterSignatoriesRule },
  { name: 'plural-honorifics', run: pluralHonorificsRule },
  { name: 'people-addressees', run: peopleAddresseesRule },
  { name: 'titled-people', run: titledPeopleRule },
  { name: 'people-body-chairs', run: peopleBodyChairsRule },
  { name: 'people-bare-apposition', run: peopleBareAppositionRule },
  { name: 'people-body-post-after', run: peopleBodyPostAfterRule },
  { name: 'people-mandate-holders', run: peopleMandateHoldersRule },
  { name: 'people-address-lines', run: peopleAddressLinesRule },
  { name: 'people-email-names', run: peopleEmailNamesRule },
  { name: 'people-possessive-posts', run: peoplePossessivePostsRule },
  { name: 'people-post-lines', run: peoplePostLinesRule },
  { name: 'people-bullet-posts', run: peopleBulletPostsRule },
  { name: 'people-capital-posts', run: peopleCapitalPostsRule },
  { name: 'people-department-posts', run: peopleDepartmentPostsRule },
  { name: 'people-agency-posts', run: peopleAgencyPostsRule },
  { name: 'people-capital-statements', run: peopleCapitalStatementsRule },
  { name: 'appointments', run: appointmentsRule },
  { name: 'appointments-to-chair', run: appointmentsToChairRule },
  { name: 'people-from-states', run: peopleFromStatesRule },
  { name: 'post-apposition', run: postAppositionRule },
  { name: 'org-names', run: orgNamesRule },
  { name: 'org-acronym-names', run: orgAcronymNamesRule },
  // After org-names: a post's body may be a sub-body it reads ("ITU’s Radiocommunication Bureau").
  { name: 'elected-posts', run: electedPostsRule },
  { name: 'meeting-holders', run: meetingHoldersRule },
  { name: 'secretariat-anaphor', run: secretariatAnaphorRule },
  { name: 'bureau-anaphor', run: bureauAnaphorRule },
  { name: 'fuzzy-states', run: fuzzyStatesRule },
];
