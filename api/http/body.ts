// Reads a request body up to a size limit. A larger body is refused with 413
// before it is parsed, so a huge query costs the server at most `max` bytes.

import type { IncomingMessage } from 'node:http';

export class BodyTooLarge extends Error {
  constructor(readonly max: number) {
    super(`request body larger than ${max} bytes`);
  }
}

export function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.reject(new BodyTooLarge(max));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else {
        req.off('data', onData);
        req.pause();
        reject(new BodyTooLarge(max));
      }
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}
