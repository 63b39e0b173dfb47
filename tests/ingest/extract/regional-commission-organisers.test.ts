// Who organised a regional meeting, and what titles a commission's web page (q84: UNECE press releases, an ESCWA
// newsletter, ECLAC and ECA meeting reports). The head of a body's secretariat convenes for it (agents.ts
// HEAD_OF); "organized the meeting with X" in a report gives the meeting reported on and X (established.ts
// ACTIVE_ANAPHOR); a site's menu bar and locale switch (site-navigation.ts) and a body's letterhead over "Press
// Release" (title-issuer-line.ts) title nothing. Texts are written for the test in the style of the genre.

import { describe, expect, it } from 'vitest';
import { siteNavigation } from '../../../ingest/extract/rules/site-navigation.ts';
import { extractText, hasEdge } from './helpers.ts';

const established = (text: string): string[] =>
  extractText(text)
    .edges.filter((e) => e.type === 'ESTABLISHED')
    .map((e) => `${e.from} ${e.to}`)
    .sort();

describe('the head of a secretariat convenes for the body', () => {
  it('"convened by the Executive Secretary of" a commission', () => {
    const g = extractText(
      'The fourth Sample Conference on Digital Trade, held in Lima from 21 to 23 November 2031, was convened by the Executive Secretary of the Economic Commission for Latin America and the Caribbean (ECLAC).',
    );
    const m = g.nodes.find((n) => n.type === 'Meeting');
    expect(m).toBeDefined();
    expect(hasEdge(g, 'ESTABLISHED', 'organization:eclac', m!.id)).toBe(true);
  });
  // Negative: no body after the post, no agent.
  it('"convened by the Executive Secretary" alone', () => {
    expect(
      established(
        'The fourth Sample Conference on Digital Trade, held in Lima from 21 to 23 November 2031, was convened by the Executive Secretary.',
      ),
    ).toEqual([]);
  });
});

describe('"organized the meeting with" a body, in a meeting report', () => {
  const HEAD = 'Fifth Sample African Internet Governance Forum\n\n10 - 12 July 2031\n\nAbuja, Nigeria\n\n';
  it('the body after "with"', () => {
    expect(
      established(
        `${HEAD}1. The fifth Sample African Internet Governance Forum was held in Abuja from 10 to 12 July 2031.\n\n2. The Ministry of Sample Affairs organized the meeting with the Economic Commission for Africa (ECA).`,
      ),
    ).toEqual(['organization:eca meeting:sample-african-internet-governance-forum-5']);
  });
  // Negative: the meeting of another body ("of"), or no meeting reported on.
  it.each([
    `${HEAD}1. The fifth Sample African Internet Governance Forum was held in Abuja from 10 to 12 July 2031.\n\n2. The Ministry organized the meeting of the Sample Council with the Economic Commission for Africa (ECA).`,
    'The Ministry of Sample Affairs organized the meeting with the Economic Commission for Africa (ECA).',
  ])('%s', (text) => {
    expect(established(text)).toEqual([]);
  });
});

describe('site furniture', () => {
  it.each([
    ['Related Links | Contact Us | Sitemap', true],
    ['English (United States) العربية (لبنان)', true],
    ['Home | About Us | Contact', true],
    // Negative: a headline with a bar, a sentence about a language.
    ['Peace | Security', false],
    ['English (the language) is one of six official languages', false],
  ])('%s → navigation: %s', (line, nav) => {
    expect(siteNavigation(line)).toBe(nav);
  });

  const title = (text: string) =>
    extractText(text).nodes.find((n) => n.type === 'Document')?.properties.title;
  it('a letterhead over "Press Release" titles nothing', () => {
    expect(
      title(
        'UNUnited Nations Economic Commission for Europe\n\nPress Release\n\n[Index]\n\nTwo years on: where do we stand on the sample review\n\nGeneva, 30 May 2031 -- Much progress has been made.',
      ),
    ).toBe('Two years on: where do we stand on the sample review');
  });
  // Negative: a page about the body opens with its name as its headline.
  it('a page about the body keeps its name', () => {
    expect(
      title(
        'Economic Commission for Europe\n\nThe Commission was set up in 1947 to promote economic cooperation among its member States.',
      ),
    ).toBe('Economic Commission for Europe');
  });
});

describe('"United Nations" before a commission in a chain of posts', () => {
  const ece = (text: string) =>
    extractText(text).edges.some(
      (e) =>
        e.type === 'AFFILIATED_WITH' &&
        e.to === 'organization:ece' &&
        e.properties.title === 'Executive Secretary',
    );
  it.each([
    [
      'Mr. Jan Sample, Executive Secretary of the United Nations Economic Commission for Europe (UNECE), who chaired the event, spoke first.',
      true,
    ],
    ['Mr. Jan Sample, Executive Secretary of the Economic Commission for Europe, spoke first.', true],
    // Negative: another name ending in the Commission's is another body.
    ['Mr. Jan Sample, Executive Secretary of the Sample Economic Commission for Europe, spoke first.', false],
  ])('%s → ECE: %s', (text, want) => {
    expect(ece(text)).toBe(want);
  });
});
