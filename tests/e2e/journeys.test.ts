// The explorer's journeys (issue 5, point 8) in headless Chromium against the
// real server (api/main.ts with the seed corpus in a temp database). Each
// journey saves a screenshot to tests/artifacts/.

import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSkipReason, laptopPage } from '../support/browser.ts';
import { useExplorer } from './atlas-server.ts';
import { drawnNodes, screenshot, waitForGraph } from './page-helpers.ts';

const skip = browserSkipReason();
if (skip) console.warn(`e2e journeys skipped: ${skip}`);

describe.skipIf(skip !== undefined)('explorer journeys (real server, seed corpus)', () => {
  const explorer = useExplorer();
  const errors: string[] = [];
  const foreign: string[] = [];

  /** Rendered text of the first match (Playwright's textContent; '' when absent). */
  const text = async (l: Locator): Promise<string> => (await l.first().textContent()) ?? '';

  async function open(path = ''): Promise<Page> {
    const page = await laptopPage(explorer.browser, errors);
    // Works offline: nothing is fetched from anywhere but our own server (no CDN, no web fonts).
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(explorer.server.url) && !/^(data|blob):/.test(u)) foreign.push(u);
    });
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: explorer.server.url });
    await page.goto(`${explorer.server.url}${path}`);
    return page;
  }

  /** Types into the search box and picks the first option of the given type with the keyboard. */
  async function searchAndOpen(page: Page, text: string, type: string, name: RegExp): Promise<void> {
    const box = page.getByRole('combobox');
    await box.fill(text);
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await listbox.waitFor({ state: 'visible' });
    const options = listbox.getByRole('option');
    const names = await options.allTextContents();
    const groupOf = await options.evaluateAll((els) =>
      els.map((e) => e.closest('[role=group]')?.querySelector('[role=presentation]')?.textContent ?? ''),
    );
    const index = names.findIndex(
      (n, i) => name.test(n) && groupOf[i]!.toLowerCase().includes(type.toLowerCase()),
    );
    expect(index, `no ${type} option matching ${name} in ${JSON.stringify(names)}`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i++) await box.press('ArrowDown');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBeTruthy();
    await box.press('Enter');
    await page.waitForURL(/view=entity/);
  }

  /** The fact "Chair of Working Group on Enhanced Cooperation (…)" on a person's page. */
  const chairFact = (page: Page) =>
    page.locator('.fact').filter({
      has: page.locator('.fact-line', { hasText: /Chair of\s+Working Group on Enhanced Cooperation/ }),
    });

  it('(a) search "Fonseca" → his page shows him as Chair of the WGEC with the quote', async () => {
    const page = await open();
    // Keyboard: the first Tab reaches the skip link, then the brand, then the search box.
    await page.getByRole('combobox').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.getAttribute("role")')).toBe('combobox');
    // Escape closes the list of results.
    await page.keyboard.type('Fonseca');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await listbox.waitFor({ state: 'visible' });
    expect(await page.getByRole('combobox').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await listbox.waitFor({ state: 'hidden' });
    expect(await page.getByRole('combobox').getAttribute('aria-expanded')).toBe('false');
    await searchAndOpen(page, 'Fonseca', 'People', /Fonseca/);
    await expect.poll(() => text(page.locator('h1'))).toMatch(/Fonseca/);
    const fact = chairFact(page);
    await expect.poll(() => fact.count()).toBeGreaterThan(0);
    const quote = await text(fact.first().locator('.quote'));
    expect(quote).toMatch(/Fonseca/);
    expect(quote).toMatch(/Chair/);
    // Copy citation: the clipboard gets “quote” — document, locator (IG Atlas, link).
    await fact.first().getByRole('button', { name: 'Copy citation' }).first().click();
    await expect.poll(() => text(fact.first().locator('.copied'))).toBe('Citation copied');
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
    expect(copied.startsWith('“')).toBe(true);
    expect(copied).toMatch(/Fonseca.*” — .+, para \d+ \(IG Atlas, /);
    expect(copied.endsWith(')')).toBe(true);
    const link = new URL(copied.slice(copied.lastIndexOf('(IG Atlas, ') + 11, -1));
    expect(link.origin).toBe(new URL(explorer.server.url).origin);
    expect(link.searchParams.get('view')).toBe('document');
    await screenshot(page, 'a-fonseca-entity');
    // His roles on a time axis, each with its citation; the filter narrows them.
    await page
      .getByRole('navigation', { name: 'Views of this entity' })
      .getByRole('link', { name: 'Roles' })
      .click();
    const timeline = page.locator('svg.timeline');
    await timeline.waitFor();
    const marks = await timeline.locator('rect, circle').count();
    expect(marks).toBeGreaterThan(0);
    expect(
      await text(page.locator('.roles .fact', { hasText: /Working Group on Enhanced Cooperation/ })),
    ).toMatch(/“.+”/);
    // His chair of the Working Group has no dates of its own: the first to the last of its
    // meetings he chaired date it, said as such, and it is drawn as a bar.
    expect(await text(page.locator('.roles .fact', { hasText: /dated by the meetings chaired/ }))).toMatch(
      /Chair\s*Working Group on Enhanced Cooperation \(2016–2018\)\s*\(2016-09-30 – 2018-01-31, dated by/,
    );
    expect(await timeline.locator('rect').count()).toBeGreaterThan(0);
    await page.getByLabel('Filter by person or body').fill('no such body');
    await page.waitForURL(/who=no/);
    await expect.poll(() => timeline.count()).toBe(0);
    await page.getByLabel('Filter by person or body').fill('Enhanced Cooperation');
    await expect.poll(() => timeline.locator('rect, circle').count()).toBeGreaterThan(0);
    expect(await timeline.locator('rect, circle').count()).toBeLessThanOrEqual(marks);
    await screenshot(page, 'a-fonseca-roles');
    await page.context().close();
  });

  it('(b) the lineage from the Tunis Agenda reaches the WGEC 2016–2018 and its report', async () => {
    const page = await open();
    await searchAndOpen(page, 'Tunis Agenda', 'Resolution', /Tunis Agenda/);
    await page
      .getByRole('navigation', { name: 'Views of this entity' })
      .getByRole('link', { name: 'Lineage' })
      .click();
    await page.waitForURL(/view=lineage/);
    const steps = page.getByTestId('lineage-steps');
    // Either the steps or the "no lineage" message, whichever the data gives.
    await page
      .locator('[data-testid=lineage-steps], .lineage p:has-text("No mandate lineage")')
      .first()
      .waitFor();
    await screenshot(page, 'b-tunis-lineage');
    const stepsText = (await steps.count()) ? await text(steps) : '';
    expect(stepsText, 'lineage steps').toMatch(/Working Group on Enhanced Cooperation \(2016–2018\)/);
    // MODEL.md: "… → WGEC 2016–2018 → its report to the Commission's 21st session": the group's
    // outcome is reached by a REPORTS_TO (to the session) or PRODUCED (the report document) hop.
    const reportStep = steps
      .locator('li', { hasText: /REPORTS_TO|PRODUCED/ })
      .filter({ hasText: /Working Group on Enhanced Cooperation \(2016–2018\)/ })
      .filter({ hasText: /[Rr]eport|[Tt]wenty-first session/ });
    expect(await reportStep.count(), 'a hop from the WGEC 2016–2018 to its report').toBeGreaterThan(0);
    // Evidence on click.
    await reportStep.first().getByRole('button').click();
    await expect.poll(() => page.getByTestId('evidence').count()).toBe(1);
    await screenshot(page, 'b-tunis-lineage');
    await page.context().close();
  });

  let graphUrl = '';
  it('(c) expanding a node adds its neighbours to the graph', async () => {
    const page = await open();
    await searchAndOpen(page, 'WGEC', 'Working groups', /2016/);
    await page
      .getByRole('navigation', { name: 'Views of this entity' })
      .getByRole('link', { name: 'Graph' })
      .click();
    const before = await waitForGraph(page, 2);
    const focus = new URL(page.url()).searchParams.get('id');
    const drawn = await drawnNodes(page);
    const beforeIds = new Set(drawn.map((n) => n.id));
    // Click (on the canvas, like a user) the neighbour most likely to have neighbours of its own.
    const target = drawn.find((n) => n.type === 'Person') ?? drawn.find((n) => n.id !== focus)!;
    await page.mouse.click(target.x, target.y);
    await page.waitForURL(/expanded=/);
    await expect
      .poll(async () => (await drawnNodes(page)).length, { timeout: 20_000 })
      .toBeGreaterThan(beforeIds.size);
    const after = await waitForGraph(page, before + 1);
    expect(after).toBeGreaterThan(before);
    const added = (await drawnNodes(page)).filter((n) => !beforeIds.has(n.id));
    expect(added.length).toBeGreaterThan(0);
    graphUrl = page.url();
    // Exports of the current view: JSON carries every drawn node; PNG is a PNG; GraphML and CSV download.
    const drawnIds = (await drawnNodes(page)).map((n) => n.id).sort();
    const saved = async (button: string): Promise<Buffer> => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('group', { name: 'Export this view' }).getByRole('button', { name: button }).click(),
      ]);
      return readFile((await download.path())!);
    };
    const json = JSON.parse((await saved('JSON')).toString('utf8')) as { nodes: { id: string }[] };
    expect(json.nodes.map((n) => n.id).sort()).toEqual(drawnIds);
    expect((await saved('PNG')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect((await saved('GraphML')).toString('utf8')).toContain(`<node id="${focus}">`);
    expect((await saved('CSV')).toString('utf8').split('\r\n')[0]).toBe(
      'kind,id,type,name,from,to,properties,sources',
    );
    await screenshot(page, 'c-graph-expanded');
    await page.context().close();
  });

  it('(c) a hub graph draws without edges between overlapping nodes', async () => {
    // Cytoscape warns once per edge drawn between two nodes in the same place: a first drawing's nodes
    // all at (0, 0) before its layout ran (the General Assembly's graph: one warning per edge).
    const page = await open('?view=graph&id=organization%3Ageneral-assembly');
    const overlaps: string[] = [];
    page.on('console', (m) => /invalid endpoints/.test(m.text()) && overlaps.push(m.text()));
    expect(await waitForGraph(page, 5)).toBeGreaterThanOrEqual(5);
    expect(overlaps).toEqual([]);
    await page.context().close();
  });

  it('(d) a reload restores the view', async () => {
    expect(graphUrl, 'needs journey (c)').not.toBe('');
    const page = await open(graphUrl.replace(explorer.server.url, ''));
    await waitForGraph(page, 2);
    // Change the view: hide Theme nodes, pick the concentric layout, select an edge.
    await page.getByRole('checkbox', { name: /^Theme/ }).uncheck();
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await page.getByText(/Edges in view/).click();
    await page.locator('.graph-side .linklike').first().click();
    await page.getByTestId('evidence').waitFor();
    const url = page.url();
    const count = await waitForGraph(page, 1);
    const evidence = await text(page.getByTestId('evidence'));
    const title = await page.title();
    expect(title).toMatch(/^Graph: .+ · IG Atlas$/);
    await page.reload();
    expect(page.url()).toBe(url);
    await expect.poll(() => page.title()).toBe(title);
    expect(await waitForGraph(page, 1)).toBe(count);
    expect(await page.getByRole('checkbox', { name: /^Theme/ }).isChecked()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('concentric');
    await page.getByTestId('evidence').waitFor();
    expect(await text(page.getByTestId('evidence'))).toBe(evidence);
    await screenshot(page, 'd-graph-reloaded');
    await page.context().close();
  });

  it('(e) a citation opens the document at the quote', async () => {
    const page = await open();
    await searchAndOpen(page, 'Fonseca', 'People', /Fonseca/);
    const source = chairFact(page).first().locator('.source').first();
    const quote = (await text(source.locator('.quote'))).replace(/^“|”$/g, '');
    await source.locator('.source-link').click();
    await page.waitForURL(/view=document/);
    const mark = page.locator('mark.cited');
    await mark.first().waitFor({ timeout: 30_000 });
    const marked = (await mark.allTextContents()).join('').replace(/\s+/g, ' ').trim();
    expect(marked.length).toBeGreaterThan(10);
    expect(quote.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(marked.slice(0, 40));
    // Scrolled into view.
    const box = (await mark.first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(768);
    expect(await page.getByRole('status').filter({ hasText: 'Showing the cited passage' }).count()).toBe(1);
    await screenshot(page, 'e-document-at-quote');
    // Entity mentions are highlighted and link to their pages.
    expect(await page.locator('a.mention').count()).toBeGreaterThan(0);
    const mention = page.locator('a.mention', { hasText: /Fonseca/ }).first();
    await mention.click();
    await page.waitForURL(/view=entity&id=person/);
    await expect.poll(() => text(page.locator('h1'))).toMatch(/Fonseca/);
    await page.context().close();
  });

  it('raised no page errors and fetched nothing from other origins', () => {
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
