// Progress of a run. On a terminal: one bar redrawn in place on stderr; in a
// pipe or a CI log: plain lines, one per file, so logs stay readable.

export type ProgressPhase = 'read' | 'extract' | 'load' | 'export';

export interface ProgressEvent {
  readonly phase: ProgressPhase;
  /** Items done in this phase and how many there are. */
  readonly done: number;
  readonly total: number;
  /** The file or document just handled. */
  readonly item?: string;
  /** What happened to it: "read", "skipped", "failed", "loaded"… */
  readonly status?: string;
}

export interface ProgressReporter {
  readonly update: (event: ProgressEvent) => void;
  /** Clears the bar (TTY) so the summary starts on a clean line. */
  readonly finish: () => void;
}

const WIDTH = 24;

function bar(done: number, total: number): string {
  const filled = total > 0 ? Math.round((WIDTH * done) / total) : WIDTH;
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const tty = Boolean(stream.isTTY);
  let drawn = false;
  return {
    update(e) {
      const count = `${e.done}/${e.total}`;
      if (tty) {
        const columns = stream.columns || 80;
        const head = `${e.phase.padEnd(7)} ${bar(e.done, e.total)} ${count}`;
        const tail = e.item ? ` ${shorten(e.item, Math.max(10, columns - head.length - 2))}` : '';
        stream.write(`\r\x1b[2K${head}${tail}`);
        drawn = true;
      } else if (e.item || (e.done === e.total && e.total > 0)) {
        const what = e.item ? ` ${e.item}` : '';
        const status = e.status ? ` ${e.status}` : '';
        stream.write(`${e.phase} ${count}${what}${status}\n`);
      }
    },
    finish() {
      if (tty && drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
