// Two journeys a demanding reader takes (real server, seed corpus, headless Chromium):
// the document reader renders the source's markup (headings, lists, footnote markers as
// superscripts) and still scrolls to and marks a cited quote that spans markup; the lineage view
// offers the same "Trace to" targets after a reload or from a deep link as after arriving by click;
// a stale shared link says so; the start page leads to lineage and lists the UN bodies; a working group's lineage also
// goes up to the mandates it came from (Tunis Agenda → A/RES/70/125 ¶65 → WGEC 2016–2018).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LineagePath } from '../../web/src/types.ts';
import { browserSkipReason, laptopPage } from '../support/browser.ts';
import { useExplorer } from './atlas-server.ts';
import { screenshot } from './page-helpers.ts';

const skip = browserSkipReason();
const CORPUS = join(import.meta.dirname, '../../seeds/corpus');
const seeds = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'));
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(skip !== undefined)('reader markup and lineage targets (real server, seed corpus)', () => {
  const explorer = useExplorer();
  const errors: string[] = [];

  async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${explorer.server.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T };
    return body.data;
  }

  /** The id of the ingested document whose text holds `fragment` (found through the API). */
  async function documentWith(fragment: string): Promise<{ id: string; text: string }> {
    const { documents } = await api<{ documents: { id: string }[] }>('{ documents { id } }');
    for (const d of documents) {
      const { document } = await api<{ document: { text: string } | null }>(
        'query D($id: ID!) { document(id: $id) { text } }',
        { id: d.id },
      );
      if (document?.text.includes(fragment)) return { id: d.id, text: document.text };
    }
    throw new Error(`no ingested document contains ${JSON.stringify(fragment)}`);
  }

  async function open(path: string): Promise<Page> {
    const page = await laptopPage(explorer.browser, errors);
    await page.goto(`${explorer.server.url}${path.replace(/^\//, '')}`);
    return page;
  }

  it('(f) the reader renders markup and marks a quote that spans a footnote marker', async () => {
    // A quote as the extractor cites it: a verbatim slice of the source, markup included.
    const marker = /[^\n]{30}<sup>\d+<\/sup> [^\n]{40}/;
    const raw = seeds.find((s) => marker.test(s));
    expect(raw, 'a seed document with <sup> footnote markers').toBeDefined();
    const at = marker.exec(raw!)!.index + 30;
    const quote = raw!.slice(raw!.lastIndexOf(' ', at - 25) + 1, raw!.indexOf(' ', at + 35));
    expect(quote).toMatch(/<sup>\d+<\/sup>/);
    const doc = await documentWith(quote);
    const page = await open(`/?${new URLSearchParams({ view: 'document', id: doc.id, quote })}`);
    const mark = page.locator('mark.cited');
    await mark.first().waitFor({ timeout: 30_000 });
    // The mark covers the quote as read: the marker shown as a superscript, inside the mark.
    const shown = flat(quote.replace(/<\/?sup>/g, ''));
    expect(flat((await mark.allTextContents()).join(''))).toBe(shown);
    expect(await page.locator('mark.cited sup, sup mark.cited').count()).toBeGreaterThan(0);
    const box = (await mark.first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(768);
    await screenshot(page, 'f-reader-quote-over-footnote');
    // No markup is shown as text; headings, lists and superscripts are elements.
    const body = page.getByTestId('doc-text');
    const text = (await body.textContent()) ?? '';
    expect(text).not.toMatch(/<\/?sup>|\*\*|\^\{|\]\(/);
    const headings = doc.text.match(/^#{1,6} /gm)?.length ?? 0;
    expect(headings).toBeGreaterThan(0);
    expect(await body.locator('h2, h3, h4, h5, h6').count()).toBe(headings);
    expect(await body.locator('sup').count()).toBeGreaterThanOrEqual(doc.text.match(/<sup>/g)!.length);
    expect(await body.locator('li').count()).toBeGreaterThan(0);
    expect(await body.locator('strong').count()).toBeGreaterThan(0);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'f-reader-headings');
    await page.context().close();
  });

  it('(f) TeX-style markers (^{12}, $^{12}$) show as superscripts, a numbered paragraph as cited', async () => {
    const raw = seeds.find((s) => s.includes('^{'));
    expect(raw, 'a seed document with ^{…} markers').toBeDefined();
    const line = raw!.split('\n').find((l) => /^[\s-]*\^\{\d+\.\}/.test(l));
    const para = line ? /\^\{(\d+)\.\}/.exec(line)![1]! : undefined;
    const doc = await documentWith(raw!.slice(raw!.indexOf('^{'), raw!.indexOf('^{') + 60));
    const params = new URLSearchParams({
      view: 'document',
      id: doc.id,
      ...(para ? { loc: `para ${para}` } : {}),
    });
    const page = await open(`/?${params}`);
    const body = page.getByTestId('doc-text');
    await body.waitFor();
    const text = (await body.textContent()) ?? '';
    expect(text).not.toMatch(/\^\{|\\rm|\$\^/);
    expect(await body.locator('sup').count()).toBeGreaterThan(0);
    if (para) {
      const mark = page.locator('mark.cited');
      await mark.first().waitFor();
      expect(flat((await mark.allTextContents()).join('')).startsWith(`${para}.`)).toBe(true);
      await screenshot(page, 'f-reader-numbered-paragraph');
    }
    await page.context().close();
  });

  it('(g) "Trace to" offers the same targets after a reload and from a deep link', async () => {
    const { search } = await api<{ search: { entity: { id: string; type: string } }[] }>(
      '{ search(query: "Tunis Agenda", limit: 5) { entity { id type } } }',
    );
    const tunis = search.find((h) => h.entity.type === 'Resolution')!.entity.id;
    const page = await open(`/?view=entity&id=${encodeURIComponent(tunis)}`);
    await page
      .getByRole('navigation', { name: 'Views of this entity' })
      .getByRole('link', { name: 'Lineage' })
      .click();
    await page.waitForURL(/view=lineage/);
    const select = page.getByRole('combobox', { name: 'Trace to' });
    const options = () =>
      select.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    await expect.poll(async () => (await options()).length).toBeGreaterThan(2);
    const byClick = await options();
    // Choose the last target, then reload: the list must not shrink to "everything" + the choice.
    const target = byClick.at(-1)!;
    await select.selectOption(target);
    await page.waitForURL(/to=/);
    await page.reload();
    await expect.poll(options).toEqual(byClick);
    expect(await select.inputValue()).toBe(target);
    // Artefact only: the list opened out, so the screenshot shows the targets.
    await select.evaluate((s) => s.setAttribute('size', String(Math.min(12, s.childElementCount))));
    await screenshot(page, 'g-lineage-reloaded-targets');
    // A deep link in a fresh page (no earlier navigation at all) offers the same list.
    const deep = await open(page.url().replace(explorer.server.url, ''));
    await expect
      .poll(() => deep.getByRole('combobox', { name: 'Trace to' }).locator('option').count())
      .toBe(byClick.length);
    await deep.context().close();
    await page.context().close();
  });

  it('(h) a shared link to an id the graph no longer holds says so in every view, and offers search', async () => {
    const gone = 'workinggroup:no-such-group-1999';
    for (const view of ['entity', 'graph', 'lineage', 'roles']) {
      const page = await open(`/?${new URLSearchParams({ view, id: gone })}`);
      const notice = page.getByTestId('missing-entity');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent(), view).toContain(gone);
      // Not also the view's own "nothing recorded" line, which would read as a fact about it.
      expect(await page.getByText(/No (mandate lineage|roles) recorded/).count(), view).toBe(0);
      if (view === 'roles') {
        await screenshot(page, 'h-missing-entity');
        await notice.getByRole('link', { name: 'Search the graph' }).click();
        await page.waitForURL((u) => !u.search.includes('view='));
        await expect.poll(() => page.getByTestId('missing-entity').count()).toBe(0);
      }
      await page.context().close();
    }
  });

  it('(i) the start page lists where lineage starts and the ingested documents apart from cited ones', async () => {
    const page = await open('/');
    const resolutions = page.getByRole('region', { name: 'Resolutions' });
    await resolutions.waitFor({ timeout: 30_000 });
    const ingested = page.getByRole('region', { name: 'Ingested documents' }).getByRole('listitem');
    expect(await ingested.count()).toBe(seeds.length);
    expect(
      await page.getByRole('region', { name: 'Documents they cite' }).getByRole('listitem').count(),
    ).toBeGreaterThan(0);
    await screenshot(page, 'i-start-page');
    await resolutions
      .getByRole('link', { name: 'Lineage of Tunis Agenda for the Information Society' })
      .click();
    await page.waitForURL(/view=lineage/);
    await page.getByRole('heading', { name: /Lineage from Tunis Agenda/ }).waitFor();
    await expect
      .poll(() => page.getByTestId('lineage-steps').getByRole('listitem').count())
      .toBeGreaterThan(0);
    await page.context().close();
  });

  it('(j) "Where it came from" walks up from the WGEC 2016–2018 to A/RES/70/125 and the Tunis Agenda', async () => {
    const { search } = await api<{ search: { entity: { id: string; name: string } }[] }>(
      '{ search(query: "WGEC", limit: 10) { entity { id name } } }',
    );
    const wgec = search.find((h) => /2016.2018/.test(h.entity.name))!.entity;
    const page = await open(`/?view=lineage&id=${encodeURIComponent(wgec.id)}`);
    await page.getByRole('heading', { name: /Lineage from Working Group on Enhanced Cooperation/ }).waitFor();
    // The walk up's answer, as the page receives it: nodes as summaries (a path repeats its nodes, and with
    // their sources a large store's lineage came to tens of MB), each hop with its sources.
    const answers: Promise<string>[] = [];
    // A body still unread when the page closes rejects: read as empty, and the listener is taken off once used.
    const onResponse = (r: Response) => {
      if (r.request().postData()?.includes('query Lineage')) answers.push(r.text().catch(() => ''));
    };
    page.on('response', onResponse);
    await page.getByRole('radio', { name: 'Where it came from' }).check();
    await page.waitForURL(/dir=up/);
    await page
      .getByRole('heading', { name: /Where Working Group on Enhanced Cooperation .* came from/ })
      .waitFor();
    const steps = page.getByTestId('lineage-steps');
    await expect.poll(async () => flat((await steps.textContent()) ?? '')).toMatch(/MANDATES/);
    const text = flat((await steps.textContent()) ?? '');
    // Drawn in time order: the instrument first, the group it mandated after it.
    expect(text).toMatch(
      /A\/RES\/70\/125 → MANDATES[^→]*→ Working Group on Enhanced Cooperation \(2016–2018\)/,
    );
    expect(text).toMatch(/Tunis Agenda[^→]* → cited by \(REFERENCES[^→]*→ A\/RES\/70\/125/);
    await screenshot(page, 'j-lineage-where-it-came-from');
    page.off('response', onResponse);
    const bodies = (await Promise.all(answers)).filter(Boolean);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      const paths = (JSON.parse(body) as { data: { lineage: LineagePath[] } }).data.lineage;
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) {
        for (const n of p.nodes) expect(n).not.toHaveProperty('sources');
        for (const h of p.hops) expect(h.relationship.sources[0]?.quote).toBeTruthy();
      }
    }
    // A hop's evidence still shows its quote.
    await steps.getByRole('button').first().click();
    await expect
      .poll(async () => flat((await page.getByTestId('evidence').textContent()) ?? ''))
      .toMatch(/“|"/);
    // Traced from the Tunis Agenda only: the chain through A/RES/70/125, nothing from elsewhere.
    const select = page.getByRole('combobox', { name: 'Trace from' });
    const tunis = await select
      .locator('option')
      .evaluateAll((os) => os.find((o) => /Tunis Agenda/.test(o.textContent ?? ''))?.getAttribute('value'));
    await select.selectOption(tunis!);
    await page.waitForURL(/to=/);
    await expect.poll(async () => flat((await steps.textContent()) ?? '')).toMatch(/^Tunis Agenda/);
    expect(flat((await steps.textContent()) ?? '')).toMatch(/A\/RES\/70\/125/);
    // Back leads to where the reader was before choosing the direction ("Trace from" replaces the entry).
    await page.goBack();
    await page.getByRole('heading', { name: /Lineage from Working Group on Enhanced Cooperation/ }).waitFor();
    expect(await page.getByRole('radio', { name: 'What it led to' }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('(k) the start page lists the UN bodies, each leading to the graph of its neighbours', async () => {
    const page = await open('/');
    const bodies = page.getByRole('region', { name: 'UN bodies' });
    await bodies.waitFor({ timeout: 30_000 });
    const names = await bodies.getByRole('listitem').allTextContents();
    expect(names.some((n) => n.includes('Commission on Science and Technology for Development'))).toBe(true);
    // Only UN bodies: no Member State among them.
    expect(names.some((n) => /\bBrazil\b/.test(n))).toBe(false);
    await bodies
      .getByRole('link', { name: 'Graph of Commission on Science and Technology for Development' })
      .click();
    await page.waitForURL(/view=graph/);
    await page
      .getByRole('heading', { name: /Graph: Commission on Science and Technology for Development/ })
      .waitFor();
    await page.context().close();
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
