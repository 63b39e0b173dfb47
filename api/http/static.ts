// Serves the built explorer (web/dist): files by path, index.html for every
// other GET (client-side routes), and a page saying how to build it when it
// is missing. Paths are resolved inside the folder only (no `..` escapes).

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

const MISSING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>IG Atlas: explorer not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>IG Atlas</h1>
<p>The explorer has not been built yet. Run <code>npm run build:web</code>, then reload this page
(<code>npm start</code> builds it for you).</p>
<p>The GraphQL API is running at <a href="/graphql">/graphql</a>; health and counts at <a href="/healthz">/healthz</a>.</p>
</body></html>`;

async function fileAt(path: string): Promise<number | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, path: string, size: number, head: boolean, immutable: boolean): void {
  res.writeHead(200, {
    'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (head) res.end();
  else createReadStream(path).pipe(res);
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const head = req.method === 'HEAD';
  const base = resolve(root);
  const index = join(base, 'index.html');
  const indexSize = await fileAt(index);
  if (indexSize === null) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(head ? undefined : MISSING_PAGE);
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const target = resolve(base, `.${pathname}`);
  if (target.startsWith(base + sep) && !pathname.includes('\0')) {
    const size = await fileAt(target);
    // Vite fingerprints everything under assets/, so those may be cached for good.
    if (size !== null) return send(res, target, size, head, pathname.startsWith('/assets/'));
  }
  // A missing asset is a real 404; any other path (ids may hold dots) is a client-side route.
  if (pathname.startsWith('/assets/') || TYPES[extname(pathname).toLowerCase()]) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(head ? undefined : 'not found');
    return;
  }
  send(res, index, indexSize, head, false);
}
