// The role vocabularies of CHAIRED and SPOKE_AT (MODEL.md "Relationship types": `role`), shown as
// examples in the generated schema and docs/model.md.

export const CHAIR_ROLES = ['Chair', 'Vice-Chair', 'Acting Chair', 'Co-Chair'] as const;
/**
 * Roles this project adds for a Process: the President of the General Assembly appoints two
 * co-facilitators of an intergovernmental process (the GDC, the WSIS+20 review), sometimes a facilitator.
 */
export const FACILITATOR_ROLES = ['Co-Facilitator', 'Facilitator'] as const;
export const SPEAKER_ROLES = [
  'moderator',
  'keynote',
  'panellist',
  'presenter',
  'delegate',
  'opening',
] as const;
