/**
 * Who is signed in, read from GET /api/session. The CSRF token from the answer is handed to the API
 * client; after any successful state-changing call the session is read again, because the server
 * extends it on every use and the idle warning must know the new expiry.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Dated } from '../api/client.js';
import { SESSION_PATHS, api, onMutation, setCsrfToken } from '../api/client.js';
import type { AuthenticatedSession, SessionView } from '../api/types.js';
import { sessionExpiryLocalMs } from '../format.js';

interface SessionState {
  /** Null until the first answer arrives. */
  session: SessionView | null;
  /** When the session ends, on the browser's clock (ms); null when signed out. */
  expiresAtLocal: number | null;
}

interface SessionContextValue extends SessionState {
  refresh: () => Promise<SessionView | null>;
  keepAlive: () => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

function stateOf({ value, serverDate, receivedAt }: Dated<SessionView>): SessionState {
  setCsrfToken(value.authenticated ? value.csrfToken : null);
  // No idle timeout (a token rather than a browser session): nothing to warn about.
  if (!value.authenticated || value.idleTimeoutSeconds <= 0) {
    return { session: value, expiresAtLocal: null };
  }
  return {
    session: value,
    expiresAtLocal: sessionExpiryLocalMs(
      value.expiresAt,
      serverDate,
      receivedAt,
      value.idleTimeoutSeconds,
    ),
  };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ session: null, expiresAtLocal: null });

  const refresh = useCallback(
    (): Promise<SessionView | null> =>
      api.getSession().then(
        (answer) => {
          const next = stateOf(answer);
          setState(next);
          return next.session;
        },
        () => {
          // Keep what we had: a failed read is not a sign-out, and the next call will try again.
          setState((previous) =>
            previous.session
              ? previous
              : { session: { authenticated: false }, expiresAtLocal: null },
          );
          return null;
        },
      ),
    [],
  );

  useEffect(() => {
    void refresh();
    return onMutation((path) => {
      if (!SESSION_PATHS.includes(path)) void refresh();
    });
  }, [refresh]);

  const keepAlive = useCallback(async () => {
    const answer = await api.keepAlive();
    setState(stateOf(answer));
  }, []);

  const logout = useCallback(async () => {
    const { redirectTo } = await api.logout();
    setCsrfToken(null);
    // A full page load, so no state of the signed-in user survives in memory.
    window.location.assign(redirectTo);
  }, []);

  const value = useMemo(
    () => ({ ...state, refresh, keepAlive, logout }),
    [state, refresh, keepAlive, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in session, or null when signed out or not yet known. */
export function useSignedIn(): AuthenticatedSession | null {
  const { session } = useSession();
  return session?.authenticated ? session : null;
}

export function useHasRole(role: AuthenticatedSession['roles'][number]['role']): boolean {
  return useSignedIn()?.roles.some((grant) => grant.role === role) ?? false;
}
