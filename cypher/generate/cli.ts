// `npm run generate`: writes every artefact derived from the model (artefacts.ts).
// Prints what changed so a forgotten regeneration shows in review.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTEFACTS } from './artefacts.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function current(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

for (const artefact of ARTEFACTS) {
  const path = resolve(root, artefact.path);
  const text = artefact.generate();
  if ((await current(path)) === text) {
    console.log(`unchanged ${artefact.path}`);
    continue;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  console.log(`wrote     ${artefact.path}`);
}
