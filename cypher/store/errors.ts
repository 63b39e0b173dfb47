// Errors at the store boundary. Adapters wrap driver errors in StoreError so
// callers (ingest, API) never see engine-specific messages or Cypher text.

export type StoreErrorCode =
  | 'INVALID_INPUT' // a graph that breaks the model: nothing of the batch is written
  | 'NOT_FOUND'
  | 'LOCKED' // another process holds the embedded database
  | 'TIMEOUT'
  | 'CONFIG' // bad environment / configuration
  | 'UNAVAILABLE' // engine unreachable
  | 'INTERNAL';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** One reason an item of a graph was rejected. */
export interface InputProblem {
  /** `node person:x`, `edge CHAIRED person:x -> meeting:y`. */
  readonly item: string;
  readonly problem: string;
}

export class StoreInputError extends StoreError {
  constructor(readonly problems: readonly InputProblem[]) {
    const head = problems
      .slice(0, 5)
      .map((p) => `${p.item}: ${p.problem}`)
      .join('; ');
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    super('INVALID_INPUT', `graph rejected, nothing written: ${head}${more}`);
  }
}

export class ConfigError extends StoreError {
  constructor(
    readonly variable: string,
    expected: string,
    got: string | undefined,
  ) {
    super(
      'CONFIG',
      `${variable}: expected ${expected}, got ${got === undefined ? 'nothing' : JSON.stringify(got)}`,
    );
  }
}
