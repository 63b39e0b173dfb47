// The UN bodies of the cyber and AI processes the curated gazetteer names (seeds/gazetteer/un-system.json,
// processes-instruments.json): the offices that service them (UNODC, UNODA, ODET), the Secretary-General's
// High-level Advisory Body on AI, the Scientific Panel on AI and the Global Dialogue on AI Governance set
// up by the General Assembly in 2025, the Ad Hoc Committee that drafted the Convention against Cybercrime,
// and the Global Mechanism that follows the OEWG 2021–2025 (also written in lower case). Generic words naming none of them match none.
// Sentences are invented.

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../ingest/gazetteer/load.ts';

const g = loadGazetteer();
const ids = (text: string) => g.match(text).map((m) => m.entry.id);

const CASES: [text: string, want: string[], not: string[]][] = [
  ['The UNODC and the UNODA briefed delegations.', ['organization:unodc', 'organization:unoda'], []],
  [
    'The United Nations Office on Drugs and Crime serviced the session.',
    ['organization:unodc'],
    ['organization:united-nations'],
  ],
  ['The Office for Digital and Emerging Technologies (ODET) convened it.', ['organization:odet'], []],
  ['The High-level Advisory Body on Artificial Intelligence met twice.', ['workinggroup:hlab-ai'], []],
  [
    'The Independent International Scientific Panel on AI reports to the Global Dialogue on AI Governance.',
    ['workinggroup:ai-scientific-panel', 'process:global-dialogue-ai'],
    [],
  ],
  [
    'The Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes met in Vienna.',
    ['workinggroup:ahc-cybercrime'],
    [],
  ],
  [
    'The Global Mechanism on developments in the field of ICTs in the context of international security will meet in July.',
    ['workinggroup:global-mechanism-ict'],
    [],
  ],
  // The OEWG 2021–2025 written in lower case (UNODA's page on the Global Mechanism).
  [
    'It endorsed the final report of the open-ended working group on security of and in the use of information and communications technologies as contained in A/80/257.',
    ['workinggroup:oewg-ict-2021-2025'],
    [],
  ],
  ['An open-ended working group on oceans was proposed.', [], ['workinggroup:oewg-ict-2021-2025']],
  // Negatives: generic words.
  [
    'An advisory body on water, a scientific panel on oceans, a global dialogue on trade and an ad hoc committee met.',
    [],
    [
      'workinggroup:hlab-ai',
      'workinggroup:ai-scientific-panel',
      'process:global-dialogue-ai',
      'workinggroup:ahc-cybercrime',
    ],
  ],
  ['A global mechanism for funding was agreed.', [], ['workinggroup:global-mechanism-ict']],
];

describe('cyber and AI bodies in the gazetteer', () => {
  it.each(CASES)('%s', (text, want, not) => {
    const got = ids(text);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
