// npm run ingest -- <files or folders...> [--out graph.json] [--no-load] [--force]
//   [--log file.jsonl] [--max-size 50] [--pdf-timeout 60] [--pdf-memory 1024]
// Exit codes: 0 all files ingested, 1 some file failed (the others were still
// ingested) or the store could not be used, 2 bad arguments or a bad INGEST_*
// variable (ingest/extract/parallel/config.ts).
// `npm run ingest` starts node with a larger young generation and a smaller inlining budget
// (extract/node-flags.ts: extraction takes ~25 % less CPU); `node --import tsx ingest/cli.ts` works
// without them, slower.

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { StoreError } from '../cypher/store/errors.ts';
import { ExtractConfigError, parallelConfigFromEnv } from './extract/parallel/config.ts';
import { DEFAULT_PDF_OPTIONS } from './pdf/pdf-parser.ts';
import { type IngestOptions, ingestPaths } from './pipeline.ts';
import { DEFAULT_MAX_BYTES } from './read/read-source.ts';
import { DEFAULT_LOG } from './report/json-log.ts';
import { progressReporter } from './report/progress.ts';
import { formatSummary } from './report/summary-table.ts';

export const USAGE = `usage: npm run ingest -- <files or folders...> [options]
  reads .txt .md .html .pdf (folders recursively) and loads them into the store;
  only what changed is rewritten (a file, or the extraction since it was read),
  and documents whose file was deleted from a folder given are removed (facts
  other documents support are kept)
  --out <file>          also write the graph export (JSON, ../shared/MODEL.md)
  --no-load             do not load into the store
  --force               rewrite every document, even when unchanged (same sha256)
  --log <file>          JSON-lines log of warnings and failures (default ${DEFAULT_LOG})
  --max-size <MB>       refuse larger files (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
  --pdf-timeout <s>     time limit per PDF (default ${DEFAULT_PDF_OPTIONS.timeoutMs / 1000})
  --pdf-memory <MB>     heap cap of the PDF parser process (default ${DEFAULT_PDF_OPTIONS.maxMemoryMb})`;

export class UsageError extends Error {}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface CliArgs {
  readonly paths: readonly string[];
  readonly options: IngestOptions;
}

function positive(flag: string, value: string, unit: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag}: expected a positive number of ${unit}, got "${value}"`);
  return n;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const paths: string[] = [];
  const options: Mutable<IngestOptions> = {};
  const pdf: { timeoutMs?: number; maxMemoryMb?: number } = {};
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPaths || !arg.startsWith('--')) {
      if (arg === '-h') throw new UsageError('');
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
        throw new UsageError(`${flag}: expected a value after it`);
      return v;
    };
    const noValue = () => {
      if (inline !== undefined) throw new UsageError(`${flag}: takes no value, got "${inline}"`);
    };
    switch (flag) {
      case '--out':
        options.out = value();
        break;
      case '--log':
        options.log = value();
        break;
      case '--no-load':
        noValue();
        options.load = false;
        break;
      case '--force':
        noValue();
        options.force = true;
        break;
      case '--max-size':
        options.maxBytes = Math.round(positive(flag, value(), 'MB') * 1024 * 1024);
        break;
      case '--pdf-timeout':
        pdf.timeoutMs = Math.round(positive(flag, value(), 'seconds') * 1000);
        break;
      case '--pdf-memory':
        pdf.maxMemoryMb = Math.round(positive(flag, value(), 'MB'));
        break;
      case '--help':
        throw new UsageError('');
      default:
        throw new UsageError(`${flag}: unknown option`);
    }
  }
  if (paths.length === 0) throw new UsageError('<files or folders...>: expected at least one path');
  if (Object.keys(pdf).length) options.pdf = pdf;
  return { paths, options };
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) process.stderr.write(`ingest: ${error.message}\n`);
    process.stderr.write(`${USAGE}\n`);
    return error.message ? 2 : 0;
  }
  try {
    parallelConfigFromEnv();
  } catch (error) {
    if (!(error instanceof ExtractConfigError)) throw error;
    process.stderr.write(`ingest: ${error.message}\n`);
    return 2;
  }
  const progress = progressReporter(process.stderr);
  try {
    const summary = await ingestPaths(args.paths, { ...args.options, onProgress: progress.update });
    progress.finish();
    process.stdout.write(formatSummary(summary));
    return summary.failures.length > 0 ? 1 : 0;
  } catch (error) {
    progress.finish();
    // The store could not be opened or used: nothing was loaded; say how to run without it.
    const hint = error instanceof StoreError ? ' (nothing was loaded; --no-load skips the store)' : '';
    process.stderr.write(`ingest: ${(error as Error).message}${hint}\n`);
    return 1;
  }
}

const invoked = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invoked) process.exitCode = await main(process.argv.slice(2));
