// A tiny data hook: runs an API call when its key changes, aborts the previous
// one, and reports loading / error / data.

import { useEffect, useState } from 'react';

export interface QueryState<T> {
  readonly data?: T;
  readonly error?: string;
  readonly loading: boolean;
}

export function useQuery<T>(
  key: string | undefined,
  run: (signal: AbortSignal) => Promise<T>,
): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ loading: key !== undefined });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key identifies the request; `run` is a fresh closure each render
  useEffect(() => {
    if (key === undefined) {
      setState({ loading: false });
      return;
    }
    const ctl = new AbortController();
    setState({ loading: true });
    run(ctl.signal).then(
      (data) => !ctl.signal.aborted && setState({ data, loading: false }),
      (e: unknown) =>
        !ctl.signal.aborted &&
        setState({ error: e instanceof Error ? e.message : String(e), loading: false }),
    );
    return () => ctl.abort();
  }, [key]);
  return state;
}
