/**
 * Loads one thing from the API for a page, keyed so that a new key (another call id) starts a new
 * load and stale answers for an old key are never shown.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';

export type Resource<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

interface Settled<T> {
  requestKey: string;
  resource: Resource<T>;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, {});
}

/** `load` must be a stable function (such as one from `api`), called with `key`. */
export function useApiResource<T>(
  key: string,
  load: (key: string) => Promise<T>,
): { resource: Resource<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const requestKey = `${attempt}:${key}`;

  useEffect(() => {
    let current = true;
    load(key).then(
      (data) => {
        if (current) setSettled({ requestKey, resource: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (current) {
          setSettled({ requestKey, resource: { status: 'error', error: asApiError(error) } });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [key, load, requestKey]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const resource: Resource<T> =
    settled?.requestKey === requestKey ? settled.resource : { status: 'loading' };
  return { resource, retry };
}
