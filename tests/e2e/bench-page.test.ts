// The graph canvas in a real browser without the API: the app's bench route
// builds synthetic elements, draws them with the app's Cytoscape set-up and
// publishes what it drew. Checks the large-view path (draft fcose, tuned
// canvas) works and that the WebGL option renders; timings are for bench:web.

import { rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, buildWeb, laptopPage, launchBrowser } from '../support/browser.ts';
import { serveFolder } from '../support/static-server.ts';

const skip = browserSkipReason();

describe.skipIf(skip !== undefined)('graph canvas (bench route, no server data)', () => {
  let browser: Browser;
  let dist: string;
  let site: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    dist = await buildWeb();
    site = await serveFolder(dist);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  it.each([
    [300, false],
    [1500, false],
    [300, true],
  ])('draws %i synthetic elements (webgl %s) and reports timings', async (n, webgl) => {
    const errors: string[] = [];
    const page = await laptopPage(browser, errors);
    await page.goto(`${site.url}?view=bench&n=${n}${webgl ? '&webgl=1' : ''}`);
    await page.waitForFunction('window.__bench !== undefined', null, { timeout: 60_000 });
    const r = (await page.evaluate('window.__bench')) as {
      elements: number;
      layout: string;
      layoutMs: number;
    };
    expect(r.elements).toBe(n);
    expect(r.layout).toBe('fcose');
    expect(r.layoutMs).toBeGreaterThan(0);
    // Something was painted: the canvas has non-white pixels.
    const shot = await page.locator('.cy-bench').screenshot();
    expect(new Set(shot.subarray(100, 5000)).size).toBeGreaterThan(1);
    const status = (await page.locator('.bench [role=status]').textContent()) ?? '';
    expect(status).toMatch(new RegExp(`^${n} elements, fcose: layout \\d+ ms`));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
