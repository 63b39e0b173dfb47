// Small helpers for the journeys: read the Cytoscape instance the app drew
// (Cytoscape registers itself on its container), click a node on the canvas
// like a user, and save screenshots to tests/artifacts/.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const ARTIFACTS = join(import.meta.dirname, '../artifacts');

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export interface DrawnNode {
  id: string;
  type: string;
  x: number;
  y: number;
}

// Source text, not functions: the test transform may wrap nested functions in helpers the page lacks.
const NODES_SCRIPT = `(() => {
  const el = document.querySelector('[data-testid=cy]');
  const cy = el && el._cyreg && el._cyreg.cy;
  if (!cy) return null;
  const box = el.getBoundingClientRect();
  return cy.nodes().map((n) => ({ id: n.id(), type: n.data('type'), x: box.left + n.renderedPosition('x'), y: box.top + n.renderedPosition('y') }));
})()`;

/** The nodes drawn on the canvas with their positions in the page. */
export async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return ((await page.evaluate(NODES_SCRIPT)) as DrawnNode[] | null) ?? [];
}

/** Waits until the canvas holds a laid-out graph (count stable for a moment). */
export async function waitForGraph(page: Page, atLeast = 1): Promise<number> {
  await page.waitForFunction(
    `Number(document.querySelector('[data-testid=cy]')?.dataset.count ?? 0) >= ${atLeast}`,
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(800); // the layout animates briefly on small graphs
  return Number(await page.getAttribute('[data-testid=cy]', 'data-count'));
}
