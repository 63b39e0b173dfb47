// A list under "areas:" whose items open with a bare verb lists duties, not topics (rules/theme-tasks.ts):
// "• Serve as advocate and focal point for …" is no Theme; "• Open data standards", "• Review process",
// "• Enabling Governments …" are.

import { describe, expect, it } from 'vitest';
import { taskItem } from '../../../ingest/extract/rules/theme-tasks.ts';
import { extractText } from './helpers.ts';

describe('duties in a list of areas are no themes', () => {
  const CASES: [item: string, task: boolean][] = [
    ['  • Serve as advocate and focal point for example cooperation;', true],
    ['  • Facilitate inclusive, multistakeholder dialogue on example technologies;', true],
    ['  • Support the follow-up and implementation of the Example Compact.', true],
    ['(a) Strengthen system-wide coordination on example matters;', true],
    ['  • Open data standards for cities;', false],
    ['  • Review process', false],
    ['  • Enabling Governments on an equal footing to carry out their roles;', false],
    ['  • Support Services Division reform', false],
    ['  • Capacity building for developing countries', false],
  ];
  for (const [item, task] of CASES)
    it(`${task ? '' : 'not '}a duty: ${item.trim()}`, () => expect(taskItem(item)).toBe(task));

  it('an office working across areas addresses no duty; a list of topics still gives themes', () => {
    const duties = extractText(
      'The new office will work across three main areas:\n\n  • Serve as advocate and focal point for example cooperation;\n  • Advise senior leadership on key technology trends;\n  • Support the implementation of the Example Compact.',
    );
    expect(duties.nodes.filter((n) => n.type === 'Theme')).toEqual([]);
    const topics = extractText(
      'The forum will work across three main areas:\n\n  • Open data standards for cities;\n  • Skills for digital public services;\n  • Rural connectivity.',
    );
    const names = topics.nodes.filter((n) => n.type === 'Theme').map((n) => n.name);
    expect(names).toContain('Open data standards for cities');
    expect(names).toContain('Skills for digital public services');
  });
});
