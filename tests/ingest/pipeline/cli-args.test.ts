import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../../ingest/cli.ts';

describe('parseCliArgs', () => {
  it.each([
    [['seeds/corpus'], { paths: ['seeds/corpus'], options: {} }],
    [['a.txt', 'b', '--out', 'g.json'], { paths: ['a.txt', 'b'], options: { out: 'g.json' } }],
    [
      ['--out=g.json', 'a.txt', '--no-load', '--force'],
      { paths: ['a.txt'], options: { out: 'g.json', load: false, force: true } },
    ],
    [
      ['a.txt', '--log', 'l.jsonl', '--max-size', '2'],
      { paths: ['a.txt'], options: { log: 'l.jsonl', maxBytes: 2 * 1024 * 1024 } },
    ],
    [
      ['a.pdf', '--pdf-timeout', '1.5', '--pdf-memory=300'],
      { paths: ['a.pdf'], options: { pdf: { timeoutMs: 1500, maxMemoryMb: 300 } } },
    ],
    [['--', '--odd-name.txt'], { paths: ['--odd-name.txt'], options: {} }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], '<files or folders...>: expected at least one path'],
    [['--out'], '--out: expected a value after it'],
    [['a.txt', '--out', '--force'], '--out: expected a value after it'],
    [['a.txt', '--out='], '--out: expected a value after it'],
    [['a.txt', '--bogus'], '--bogus: unknown option'],
    [['a.txt', '--force=yes'], '--force: takes no value, got "yes"'],
    [['a.txt', '--max-size', 'big'], '--max-size: expected a positive number of MB, got "big"'],
    [['a.txt', '--pdf-timeout', '-1'], '--pdf-timeout: expected a positive number of seconds, got "-1"'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
