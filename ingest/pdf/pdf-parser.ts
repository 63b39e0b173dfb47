// Parent side of PDF parsing: one child process (pdf-worker.ts) with a heap
// cap (--max-old-space-size), reused from one PDF to the next, one job at a
// time. A job that runs past the time limit gets the child killed (SIGKILL:
// a parser stuck in a loop never reads a polite request) and a per-file
// failure; the next PDF gets a fresh child.

import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface PdfParserOptions {
  /** Per PDF, from the job's start. */
  readonly timeoutMs: number;
  /** Heap cap of the child, in MB. */
  readonly maxMemoryMb: number;
  /** Extra environment for the child (test hooks). */
  readonly env?: NodeJS.ProcessEnv;
}

export const DEFAULT_PDF_OPTIONS: PdfParserOptions = { timeoutMs: 60_000, maxMemoryMb: 1024 };

export type PdfOutcome =
  | {
      readonly ok: true;
      readonly text: string;
      readonly pageStarts: readonly number[];
      readonly pages: number;
    }
  | { readonly ok: false; readonly reason: string };

export interface PdfParser {
  parse(path: string): Promise<PdfOutcome>;
  close(): Promise<void>;
}

const WORKER = fileURLToPath(new URL('./pdf-worker.ts', import.meta.url));
const STARTUP_MS = 30_000;
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

interface Child {
  readonly process: ChildProcess;
  readonly ready: Promise<boolean>;
  /** The last 4 000 characters of its stderr (for a crash's reason). */
  stderr: string;
  /** V8 said it ran out of memory: noted as the stderr arrives, since the native stack trace V8 prints after
   * the message can push it out of the kept tail (seen under load: a SIGABRT reported as a plain crash). */
  outOfMemory: boolean;
}

const OUT_OF_MEMORY = /out of memory|Allocation failed/i;

function spawnChild(options: PdfParserOptions): Child {
  const proc = fork(WORKER, [], {
    execArgv: [`--max-old-space-size=${options.maxMemoryMb}`, '--import', TSX_LOADER],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const child: Child = {
    process: proc,
    stderr: '',
    outOfMemory: false,
    ready: new Promise((resolve) => {
      proc.once('message', () => resolve(true));
      proc.once('exit', () => resolve(false));
    }),
  };
  proc.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    // The tail before the chunk too: the message may be split across two chunks.
    if (OUT_OF_MEMORY.test(child.stderr.slice(-100) + text)) child.outOfMemory = true;
    child.stderr = (child.stderr + text).slice(-4000);
  });
  return child;
}

function crashReason(
  child: Child,
  code: number | null,
  signal: string | null,
  options: PdfParserOptions,
): string {
  if (child.outOfMemory || OUT_OF_MEMORY.test(child.stderr))
    return `PDF parser ran out of memory (limit ${options.maxMemoryMb} MB, --pdf-memory), expected a PDF it can parse within it`;
  return `PDF parser crashed (${signal ?? `exit code ${code}`}), expected a PDF it can parse`;
}

export function createPdfParser(options: PdfParserOptions = DEFAULT_PDF_OPTIONS): PdfParser {
  let child: Child | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;

  const kill = (c: Child) => {
    if (c.process.exitCode === null && c.process.signalCode === null) c.process.kill('SIGKILL');
    if (child === c) child = undefined;
  };

  const run = (path: string): Promise<PdfOutcome> => {
    if (!child) {
      child = spawnChild(options);
      // A child stuck in a loop never sees its IPC channel close: kill it if this process ends first.
      const orphan = child.process;
      const killOrphan = () => orphan.kill('SIGKILL');
      process.once('exit', killOrphan);
      orphan.once('exit', () => process.off('exit', killOrphan));
    }
    const c = child;
    const id = nextId++;
    return new Promise<PdfOutcome>((resolve) => {
      let finished = false;
      const done = (outcome: PdfOutcome) => {
        finished = true;
        clearTimeout(timer);
        c.process.off('message', onMessage);
        c.process.off('close', onExit);
        resolve(outcome);
      };
      let timer: NodeJS.Timeout | undefined;
      const startClock = (ms: number) => {
        timer = setTimeout(() => {
          kill(c);
          done({
            ok: false,
            reason: `PDF parsing took longer than ${options.timeoutMs / 1000} s and was stopped (--pdf-timeout), expected a PDF that parses in time`,
          });
        }, ms);
      };
      // The clock starts when the child is ready: its start-up (loading pdf.js) is not the PDF's fault,
      // but is still bounded so that a child that never starts cannot stall the run.
      startClock(options.timeoutMs + STARTUP_MS);
      const onMessage = (m: { id?: number } & Record<string, unknown>) => {
        if (m.id !== id) return;
        const { id: _, ...outcome } = m;
        done(outcome as unknown as PdfOutcome);
      };
      const onExit = (code: number | null, signal: string | null) => {
        if (child === c) child = undefined;
        done({ ok: false, reason: crashReason(c, code, signal, options) });
      };
      c.process.on('message', onMessage);
      // 'close', not 'exit': the child's last stderr ("heap out of memory") may arrive after its exit on a
      // loaded machine, and the crash reason is read from it (seen once in a full test run).
      c.process.on('close', onExit);
      void c.ready.then((ok) => {
        if (finished || !ok || !c.process.connected) return;
        clearTimeout(timer);
        startClock(options.timeoutMs);
        c.process.send({ id, path });
      });
    });
  };

  return {
    parse(path) {
      const job = queue.then(() => run(path));
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      await queue;
      if (!child) return;
      const c = child;
      child = undefined;
      const exited = new Promise((resolve) => c.process.once('exit', resolve));
      if (c.process.connected) c.process.disconnect();
      const timer = setTimeout(() => c.process.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
