// `npm run bench:web`: in headless Chromium, for synthetic views of 1 000 and
// 5 000 elements (built in the page by the app's bench route), time to first
// graph, layout time and frames per second while panning. Targets (issue 5,
// point 9): 5 000 elements laid out in < 3 s, ≥ 30 FPS panning.

import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { browserSkipReason, buildWeb, laptopPage, launchBrowser } from '../support/browser.ts';
import { serveFolder } from '../support/static-server.ts';

interface BenchResult {
  elements: number;
  layout: string;
  webgl: boolean;
  firstGraphMs: number;
  createMs: number;
  layoutMs: number;
}

const SIZES = [1000, 5000];
const PAN_MS = 3000;

// Scripts are passed as source text: tsx would wrap nested functions in a `__name` helper the page lacks.
const COUNT_FRAMES = `(() => {
  window.__frames = { n: 0, start: performance.now(), stop: false };
  const tick = () => { const f = window.__frames; if (f.stop) return; f.n++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `(() => { const f = window.__frames; f.stop = true; return (f.n * 1000) / (performance.now() - f.start); })()`;
const PROGRAMMATIC_PAN = `new Promise((resolve) => {
  const cy = window.__benchCy;
  const start = performance.now();
  const step = (now) => {
    const t = (now - start) / 1000;
    cy.panBy({ x: Math.cos(t * 2) * 6, y: Math.sin(t * 2) * 6 });
    if (now - start < ${PAN_MS}) requestAnimationFrame(step); else resolve();
  };
  requestAnimationFrame(step);
})`;

/** FPS while a user drags the background: the real gesture, so hideEdgesOnViewport /
 * textureOnViewport take effect. Frames are counted in the page. */
async function dragFps(page: Page): Promise<number> {
  const box = (await page.locator('.cy-bench').boundingBox())!;
  // The corner lies outside the fitted graph (layout padding 30 px): the drag pans, not moves a node.
  const x0 = box.x + 8;
  const y0 = box.y + 8;
  const before = await page.evaluate('JSON.stringify(window.__benchCy.pan())');
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.evaluate(COUNT_FRAMES);
  const start = Date.now();
  for (let i = 0; Date.now() - start < PAN_MS; i++) {
    await page.mouse.move(x0 + 200 + 180 * Math.sin(i / 15), y0 + 150 + 120 * Math.cos(i / 15));
  }
  const fps = (await page.evaluate(STOP_FRAMES)) as number;
  await page.mouse.up();
  // A drag that grabbed a node would move it, not the view: that would measure the wrong thing.
  if ((await page.evaluate('JSON.stringify(window.__benchCy.pan())')) === before)
    throw new Error('the drag did not pan');
  return fps;
}

/** FPS while the view is panned by code every frame (every frame redrawn with edges). */
async function programmaticFps(page: Page): Promise<number> {
  await page.evaluate(COUNT_FRAMES);
  await page.evaluate(PROGRAMMATIC_PAN);
  return (await page.evaluate(STOP_FRAMES)) as number;
}

async function main() {
  const skip = browserSkipReason();
  if (skip) {
    console.log(`bench:web skipped: ${skip}`);
    return;
  }
  const dist = await buildWeb();
  const site = await serveFolder(dist);
  const browser = await launchBrowser();
  const rows: (BenchResult & { dragFps: number; codeFps: number })[] = [];
  try {
    for (const webgl of [false, true]) {
      for (const n of SIZES) {
        const errors: string[] = [];
        const page = await laptopPage(browser, errors);
        await page.goto(`${site.url}?view=bench&n=${n}${webgl ? '&webgl=1' : ''}`);
        await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 120_000 });
        const r = (await page.evaluate(() => window.__bench)) as BenchResult;
        const drag = await dragFps(page);
        const code = await programmaticFps(page);
        if (errors.length) throw new Error(`page errors at n=${n}: ${errors.join('; ')}`);
        rows.push({ ...r, dragFps: drag, codeFps: code });
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
    await rm(dist, { recursive: true, force: true });
  }
  console.log('\nbench:web (headless Chromium, 1366×768, synthetic graphs)');
  const cols = [
    'renderer',
    'elements',
    'layout',
    'first graph',
    'create',
    'layout time',
    'drag FPS',
    'code-pan FPS',
  ];
  console.log(cols.map((c) => c.padStart(12)).join(''));
  for (const r of rows) {
    const ms = (v: number) => `${Math.round(v)} ms`;
    const cells = [
      r.webgl ? 'webgl' : 'canvas',
      String(r.elements),
      r.layout,
      ms(r.firstGraphMs),
      ms(r.createMs),
      ms(r.layoutMs),
      r.dragFps.toFixed(1),
      r.codeFps.toFixed(1),
    ];
    console.log(cells.map((c) => c.padStart(12)).join(''));
  }
  const big = rows.filter((r) => r.elements >= 5000);
  const ok = big.every((r) => r.layoutMs < 3000) && big.some((r) => r.dragFps >= 30);
  console.log(`targets (5 000 elements laid out < 3 s, ≥ 30 FPS panning): ${ok ? 'met' : 'NOT met'}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
