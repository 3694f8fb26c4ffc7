// A ten-line liveQuery hook for Preact: re-runs `query` whenever the rows it read
// change (in this page, the background or another tab), and on `deps` change.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface Live<T> { value: T | undefined; error: unknown; loading: boolean }

export function useLive<T>(query: () => Promise<T> | T, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: null, loading: true });
  useEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null, loading: false }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error, loading: false })),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
