// The run's report: the summary table and the progress output, on a fake
// terminal and a plain stream (a write target, not a mock of our code).

import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../../ingest/report/ingest-summary.ts';
import { logEntries, removalEntries } from '../../../ingest/report/json-log.ts';
import { progressReporter } from '../../../ingest/report/progress.ts';
import { formatSummary } from '../../../ingest/report/summary-table.ts';

const summary: IngestSummary = {
  files: 4,
  read: 2,
  skipped: 1,
  duplicates: 0,
  failed: 1,
  loaded: 2,
  reloaded: 1,
  removed: 1,
  bytes: 2048,
  chars: 2000,
  documents: [
    { path: 'in/b.txt', id: 'document:b', bytes: 20, status: 'loaded' },
    {
      path: '/corpus/gone.txt',
      id: 'document:gone',
      bytes: 0,
      status: 'removed',
      reason: 'its file no longer exists under /corpus',
    },
  ],
  failures: [
    {
      path: 'in/a.docx',
      file: 'a.docx',
      stage: 'read',
      reason: 'unsupported extension .docx, expected .txt .md .html .pdf',
    },
  ],
  warnings: [{ level: 'warning', file: 'b.txt', message: 'odd date', rule: 'dates' }],
  merges: 3,
  nodesByType: { Person: 5, Meeting: 2 },
  edgesByType: { CHAIRED: 1 },
  nodes: 7,
  edges: 1,
  writes: {
    nodesCreated: 7,
    nodesUpdated: 0,
    nodesDeleted: 0,
    edgesCreated: 1,
    edgesUpdated: 0,
    edgesDeleted: 0,
  },
  log: '.data/ingest-log.jsonl',
  durationMs: 1500,
  timings: { readMs: 100, extractMs: 900, loadMs: 500 },
};

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = {
    isTTY,
    columns: 60,
    write: (c: string) => chunks.push(c) > 0,
  } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

describe('formatSummary', () => {
  const table = formatSummary(summary);
  it.each([
    /^documents +count$/m,
    /^ {2}read +2$/m,
    /^ {2}skipped \(unchanged\) +1$/m,
    /^ {2}failed +1$/m,
    /^ {4}of them unchanged, re-resolved +1$/m,
    /^ {2}removed \(file gone or superseded\) +1$/m,
    /^removed from the store \(1\):\n {2}\/corpus\/gone\.txt \(document:gone\): its file no longer exists under \/corpus$/m,
    /^ {2}Meeting +2\n {2}Person +5\n {2}total +7$/m,
    /^ {2}CHAIRED +1\n {2}total +1$/m,
    /^ {2}warnings +1$/m,
    /^ {2}entity merges +3$/m,
    /^store: nodes \+7 ~0 -0, relationships \+1 ~0 -0$/m,
    /^ {2}in\/a\.docx: unsupported extension \.docx, expected \.txt \.md \.html \.pdf$/m,
    /^details in \.data\/ingest-log\.jsonl$/m,
    /^ {2}time +1\.5 s \(read 0\.1 s, extract 0\.9 s, load 0\.5 s\)$/m,
  ])('shows %s', (pattern) => {
    expect(table).toMatch(pattern);
  });
});

describe('progressReporter', () => {
  it('draws one bar in place on a terminal and clears it at the end', () => {
    const out = sink(true);
    const p = progressReporter(out.stream);
    p.update({ phase: 'read', done: 1, total: 4, item: 'a.txt' });
    p.update({ phase: 'read', done: 4, total: 4, item: 'd.txt' });
    p.finish();
    expect(out.text()).not.toContain('\n');
    expect(out.text()).toContain('read    [######..................] 1/4 a.txt');
    expect(out.text()).toContain('[########################] 4/4 d.txt');
    expect(out.text().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes plain lines elsewhere', () => {
    const out = sink(false);
    const p = progressReporter(out.stream);
    p.update({ phase: 'extract', done: 0, total: 2 });
    p.update({ phase: 'read', done: 1, total: 2, item: 'a.txt', status: 'failed' });
    p.update({ phase: 'extract', done: 2, total: 2 });
    p.finish();
    expect(out.text()).toBe('read 1/2 a.txt failed\nextract 2/2\n');
  });
});

describe('logEntries', () => {
  it('gives one JSON line per failure, warning and merge, stamped with the run', () => {
    const run = '2026-01-01T00:00:00.000Z';
    const merges = [
      { kept: 'person:peter-major', merged: 'person:p-major', reason: 'initial matches first name' },
    ];
    expect(logEntries(run, summary.failures, summary.warnings, merges)).toEqual([
      {
        run,
        level: 'error',
        kind: 'failure',
        file: 'a.docx',
        path: 'in/a.docx',
        stage: 'read',
        message: summary.failures[0]!.reason,
      },
      { run, level: 'warning', kind: 'warning', file: 'b.txt', rule: 'dates', message: 'odd date' },
      {
        run,
        level: 'info',
        kind: 'merge',
        message: 'person:p-major merged into person:peter-major: initial matches first name',
      },
    ]);
  });
});

describe('removalEntries', () => {
  it('gives one info line per removed document, naming it, its file and why', () => {
    const run = '2026-01-01T00:00:00.000Z';
    const removed = [
      {
        id: 'document:gone',
        file: '/corpus/sub/gone.txt',
        reason: 'its file no longer exists under /corpus',
      },
    ];
    expect(removalEntries(run, removed)).toEqual([
      {
        run,
        level: 'info',
        kind: 'removed',
        file: 'gone.txt',
        path: '/corpus/sub/gone.txt',
        document: 'document:gone',
        message: 'document:gone removed from the store: its file no longer exists under /corpus',
      },
    ]);
  });
});
