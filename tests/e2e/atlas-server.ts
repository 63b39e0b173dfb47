// Starts the real server the way `npm start` does (api/main.ts: seed ingest,
// then the explorer + /graphql on one port) with a temp GRAPH_DB_PATH, port 0
// and a freshly built explorer. Stopped by its own pid.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildWeb, launchBrowser } from '../support/browser.ts';

const ROOT = join(import.meta.dirname, '../..');

export interface AtlasServer {
  readonly url: string;
  readonly log: () => string;
  stop(): Promise<void>;
}

export async function startAtlas(webDist: string, timeoutMs = 150_000): Promise<AtlasServer> {
  const dir = await mkdtemp(join(tmpdir(), 'ig-e2e-db-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'api/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        GRAPH_ENGINE: 'embedded',
        GRAPH_DB_PATH: join(dir, 'atlas.lbug'),
        PORT: '0',
        HOST: '127.0.0.1',
        WEB_DIST: webDist,
        SEED_PATH: 'seeds/corpus',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (b: Buffer) => {
      output += b.toString();
      const m = /(http:\/\/[^\s]+?\/)(?:\s|$)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    });
  }).catch(async (e) => {
    await stop();
    throw e;
  });
  return { url, log: () => output, stop };
}

/** What a browser test file needs: the running server and a browser, both ready in its tests. */
export interface Explorer {
  readonly server: AtlasServer;
  readonly browser: Browser;
}

/**
 * Builds the explorer, starts the server on the seed corpus and launches Chromium before the file's
 * tests; stops all three after them. Call inside the file's describe block.
 */
export function useExplorer(): Explorer {
  let server: AtlasServer | undefined;
  let browser: Browser | undefined;
  let dist: string | undefined;
  beforeAll(async () => {
    dist = await buildWeb();
    server = await startAtlas(dist);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dist) await rm(dist, { recursive: true, force: true });
  });
  return {
    get server() {
      if (!server) throw new Error('the server is not started yet (use it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet (use it inside a test)');
      return browser;
    },
  };
}
