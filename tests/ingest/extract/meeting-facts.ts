// A text's meetings (with their start days) and the PRODUCED and PART_OF relationships from them, as sorted
// lines: what the footer-meeting tests compare (resolution-footer-meeting, resolution-footer-council).

import { extractText } from './helpers.ts';

export function meetingFacts(text: string, file: string): string[] {
  const g = extractText(text, file);
  return [
    ...g.nodes.filter((n) => n.type === 'Meeting').map((n) => `N ${n.id} ${n.properties.startDate ?? '-'}`),
    ...g.edges
      .filter((e) => e.from.startsWith('meeting:') && (e.type === 'PRODUCED' || e.type === 'PART_OF'))
      .map((e) => `E ${e.from} ${e.type} ${e.to}`),
  ].sort();
}
