// The rules, in order, over one document. Later rules read what earlier ones
// found (mentions, the meetings and working groups of the document).

import type { Gazetteer } from '../gazetteer/types.ts';
import { segment } from '../segment/segment.ts';
import type { SourceDocument } from '../types.ts';
import { type DocContext, type KnownPerson, makeContext } from './context.ts';
import { affiliationFromNamedRule } from './rules/affiliation-from-named.ts';
import { appointmentsRule } from './rules/appointments.ts';
import { appointmentsToChairRule } from './rules/appointments-to-chair.ts';
import { bureauAnaphorRule } from './rules/bureau-anaphor.ts';
import { chairElectionsRule } from './rules/chair-elections.ts';
import { chairMastheadsRule } from './rules/chair-mastheads.ts';
import { chairMeetingsRule } from './rules/chair-meetings.ts';
import { chairSignatureRule } from './rules/chair-signature.ts';
import { chairTitlesRule } from './rules/chair-titles.ts';
import { chairVerbsRule } from './rules/chair-verbs.ts';
import { chairedByRule } from './rules/chaired-by.ts';
import { delegationsRule } from './rules/delegations.ts';
import { documentRule } from './rules/document.ts';
import { establishedRule } from './rules/established.ts';
import { establishedAnnouncedRule } from './rules/established-announced.ts';
import { fuzzyStatesRule } from './rules/fuzzy-states.ts';
import { gazetteerRule } from './rules/gazetteer-mentions.ts';
import { intersessionalRule } from './rules/intersessional.ts';
import { ituResolutions } from './rules/itu-resolutions.ts';
import { mandatesRule } from './rules/mandates.ts';
import { mandatesDetailedRule } from './rules/mandates-detailed.ts';
import { mandatesEstablishedRule } from './rules/mandates-established.ts';
import { mandatesPassiveRule } from './rules/mandates-passive.ts';
import { mandatesRequestedByRule } from './rules/mandates-requested-by.ts';
import { mandatesResolutionSubjectRule } from './rules/mandates-resolution-subject.ts';
import { selfMandateRule } from './rules/mandates-self.ts';
import { mastheadReportsRule } from './rules/masthead-reports.ts';
import { meetingHoldersRule } from './rules/meeting-holders.ts';
import { meetingsRule } from './rules/meetings.ts';
import { memberListsRule } from './rules/member-lists.ts';
import { memberOfRule } from './rules/member-of.ts';
import { memberOfNamedRule } from './rules/member-of-named.ts';
import { memberRostersRule } from './rules/member-rosters.ts';
import { officerListsRule } from './rules/officer-lists.ts';
import { orgNamesRule } from './rules/org-names.ts';
import { partOfRule } from './rules/part-of.ts';
import { participationRule } from './rules/participation.ts';
import { participationBulletsRule } from './rules/participation-bullets.ts';
import { participationListsRule } from './rules/participation-lists.ts';
import { participationReviewsRule } from './rules/participation-reviews.ts';
import { participationSupportRule } from './rules/participation-support.ts';
import { participationVerbsRule } from './rules/participation-verbs.ts';
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
import { peopleKnownRule } from './rules/people-known.ts';
import { peopleMandateHoldersRule } from './rules/people-mandate-holders.ts';
import { peoplePossessivePostsRule } from './rules/people-possessive-posts.ts';
import { peoplePostLinesRule } from './rules/people-post-lines.ts';
import { pluralHonorificsRule } from './rules/plural-honorifics.ts';
import { postAppositionRule } from './rules/post-apposition.ts';
import { processMembersRule } from './rules/process-members.ts';
import { producedRule } from './rules/produced.ts';
import { producedByMeetingRule } from './rules/produced-by-meeting.ts';
import { rapporteurMastheadsRule } from './rules/rapporteur-mastheads.ts';
import { recordSpeakersRule } from './rules/record-speakers.ts';
import { referencesRule } from './rules/references.ts';
import { reportsToRule } from './rules/reports-to.ts';
import { reviewNamesRule } from './rules/review-names.ts';
import { rolesRule } from './rules/roles.ts';
import { secretariatAnaphorRule } from './rules/secretariat-anaphor.ts';
import { secretariatsRule } from './rules/secretariats.ts';
import { selfIntroductionsRule } from './rules/self-introductions.ts';
import { speakerListsRule } from './rules/speaker-lists.ts';
import { speakersRule } from './rules/speakers.ts';
import { speakersRemarksAtRule } from './rules/speakers-remarks-at.ts';
import { subGroupsRule } from './rules/sub-groups.ts';
import { symbolsRule } from './rules/symbols.ts';
import { themeCleanupRule } from './rules/theme-cleanup.ts';
import { themeGroupsRule } from './rules/theme-groups.ts';
import { themeLinksRule } from './rules/theme-links.ts';
import { themeSessionsRule } from './rules/theme-sessions.ts';
import { themeTablesRule } from './rules/theme-tables.ts';
import { themesRule } from './rules/themes.ts';
import { themesDiscussedRule } from './rules/themes-discussed.ts';
import { titledPeopleRule } from './rules/titled-people.ts';
import { transcriptSpeakersRule } from './rules/transcript-speakers.ts';
import { unescoResolutions } from './rules/unesco-resolutions.ts';
import { workingGroupsRule } from './rules/working-groups.ts';

export type Rule = (ctx: DocContext) => void;

export const RULES: readonly { name: string; run: Rule }[] = [
  { name: 'document', run: documentRule },
  { name: 'gazetteer', run: gazetteerRule },
  { name: 'symbols', run: symbolsRule },
  { name: 'review-names', run: reviewNamesRule },
  { name: 'working-groups', run: workingGroupsRule },
  { name: 'sub-groups', run: subGroupsRule },
  { name: 'meetings', run: meetingsRule },
  { name: 'people', run: peopleRule },
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
  { name: 'meeting-holders', run: meetingHoldersRule },
  { name: 'secretariat-anaphor', run: secretariatAnaphorRule },
  { name: 'bureau-anaphor', run: bureauAnaphorRule },
  { name: 'fuzzy-states', run: fuzzyStatesRule },
  { name: 'people-known', run: peopleKnownRule },
  { name: 'affiliation-from-named', run: affiliationFromNamedRule },
  { name: 'roles', run: rolesRule },
  { name: 'chair-elections', run: chairElectionsRule },
  { name: 'chair-mastheads', run: chairMastheadsRule },
  { name: 'rapporteur-mastheads', run: rapporteurMastheadsRule },
  { name: 'chaired-by', run: chairedByRule },
  { name: 'chair-verbs', run: chairVerbsRule },
  { name: 'chair-titles', run: chairTitlesRule },
  { name: 'chair-signature', run: chairSignatureRule },
  { name: 'officer-lists', run: officerListsRule },
  { name: 'speakers', run: speakersRule },
  { name: 'speakers-remarks-at', run: speakersRemarksAtRule },
  { name: 'transcript-speakers', run: transcriptSpeakersRule },
  { name: 'self-introductions', run: selfIntroductionsRule },
  { name: 'speaker-lists', run: speakerListsRule },
  { name: 'delegations', run: delegationsRule },
  { name: 'record-speakers', run: recordSpeakersRule },
  { name: 'themes', run: themesRule },
  { name: 'theme-groups', run: themeGroupsRule },
  { name: 'theme-tables', run: themeTablesRule },
  { name: 'theme-links', run: themeLinksRule },
  { name: 'themes-discussed', run: themesDiscussedRule },
  { name: 'itu-resolutions', run: ituResolutions },
  { name: 'unesco-resolutions', run: unescoResolutions },
  { name: 'references', run: referencesRule },
  { name: 'produced', run: producedRule },
  { name: 'produced-meetings', run: producedByMeetingRule },
  { name: 'part-of', run: partOfRule },
  { name: 'intersessional', run: intersessionalRule },
  { name: 'process-members', run: processMembersRule },
  { name: 'theme-sessions', run: themeSessionsRule },
  { name: 'established', run: establishedRule },
  { name: 'established-announced', run: establishedAnnouncedRule },
  { name: 'mandates', run: mandatesRule },
  { name: 'mandates-established', run: mandatesEstablishedRule },
  { name: 'mandates-resolution-subject', run: mandatesResolutionSubjectRule },
  { name: 'mandates-self', run: selfMandateRule },
  { name: 'mandates-passive', run: mandatesPassiveRule },
  { name: 'mandates-requested-by', run: mandatesRequestedByRule },
  { name: 'mandates-detailed', run: mandatesDetailedRule },
  { name: 'reports-to', run: reportsToRule },
  { name: 'masthead-reports', run: mastheadReportsRule },
  { name: 'participation', run: participationRule },
  { name: 'participation-reviews', run: participationReviewsRule },
  { name: 'participation-support', run: participationSupportRule },
  { name: 'participation-bullets', run: participationBulletsRule },
  { name: 'participation-verbs', run: participationVerbsRule },
  { name: 'participation-lists', run: participationListsRule },
  { name: 'secretariats', run: secretariatsRule },
  { name: 'member-of', run: memberOfRule },
  { name: 'member-of-named', run: memberOfNamedRule },
  { name: 'member-lists', run: memberListsRule },
  { name: 'member-rosters', run: memberRostersRule },
  { name: 'chair-meetings', run: chairMeetingsRule },
  { name: 'theme-cleanup', run: themeCleanupRule },
];

/** Rules up to this one need nothing from other documents; the rest run once the batch's people are known. */
export const FIRST_PASS_END = 'fuzzy-states';

export function runRules(ctx: DocContext, phase: 'first' | 'second' | 'all'): void {
  const cut = RULES.findIndex((r) => r.name === FIRST_PASS_END) + 1;
  const rules = phase === 'first' ? RULES.slice(0, cut) : phase === 'second' ? RULES.slice(cut) : RULES;
  for (const r of rules) {
    // One rule failing on an unexpected text loses that rule's facts for this document, not the batch.
    try {
      r.run(ctx);
    } catch (e) {
      ctx.warnings.push({
        level: 'warning',
        file: ctx.doc.file,
        rule: r.name,
        message: `rule ${r.name} failed: ${(e as Error).message}`,
      });
    }
  }
}

/** All rules over one document (the batch's people given in `known`). */
export function extractDocument(doc: SourceDocument, gazetteer: Gazetteer, known: KnownPerson[]): DocContext {
  const ctx = makeContext(doc, segment(doc), gazetteer, known, 'document:pending');
  runRules(ctx, 'all');
  return ctx;
}
