/**
 * One application and its call's form, loaded once for every page under /applications/:id, so
 * moving between the task list and the sections does not reload them; a save updates the findings
 * here and every page sees them at once.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, api } from '../../api/client.js';
import type { ApplicationView, CallFormView, SavedSection } from '../../api/types.js';
import { useDeadlinePassed } from './use-deadline-passed.js';

interface Loaded {
  form: CallFormView;
  application: ApplicationView;
}

type State =
  { status: 'loading' } | { status: 'error'; error: ApiError } | ({ status: 'ready' } & Loaded);

interface ApplicationContextValue extends Loaded {
  reload: () => Promise<void>;
  /** A section was saved: keep its new version and content, and the application's new findings. */
  acceptSave: (sectionId: string, content: unknown, saved: SavedSection) => void;
}

const ApplicationContext = createContext<ApplicationContextValue | null>(null);

async function loadBoth(id: string): Promise<Loaded> {
  const application = await api.getApplication(id);
  const form = await api.getCallForm(application.callId);
  return { form, application };
}

export function useApplicationLoader(id: string): {
  state: State;
  value: ApplicationContextValue | null;
  retry: () => void;
} {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    loadBoth(id).then(
      (loaded) => current && setState({ status: 'ready', ...loaded }),
      (error: unknown) =>
        current &&
        setState({
          status: 'error',
          error: error instanceof ApiError ? error : new ApiError(0, {}),
        }),
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);

  const reload = useCallback(async () => {
    const loaded = await loadBoth(id);
    setState({ status: 'ready', ...loaded });
  }, [id]);

  const acceptSave = useCallback((sectionId: string, content: unknown, saved: SavedSection) => {
    setState((previous) => {
      if (previous.status !== 'ready') return previous;
      const application: ApplicationView = {
        ...previous.application,
        findings: saved.findings,
        updatedAt: saved.updatedAt,
        sections: previous.application.sections.map((s) =>
          s.id === sectionId
            ? { ...s, content, version: saved.version, updatedAt: saved.updatedAt }
            : s,
        ),
      };
      return { ...previous, application };
    });
  }, []);

  // The server said whether it could be changed when it was read; a page left open past the
  // deadline must stop offering changes then, not when the server refuses the next one.
  const deadlinePassed = useDeadlinePassed(
    state.status === 'ready' ? state.application.deadline : undefined,
  );
  const value = useMemo(() => {
    if (state.status !== 'ready') return null;
    const application =
      deadlinePassed && state.application.editable
        ? { ...state.application, editable: false }
        : state.application;
    return { form: state.form, application, reload, acceptSave };
  }, [state, reload, acceptSave, deadlinePassed]);
  return { state, value, retry: () => setAttempt((n) => n + 1) };
}

export function ApplicationProvider({
  value,
  children,
}: {
  value: ApplicationContextValue;
  children: ReactNode;
}) {
  return <ApplicationContext.Provider value={value}>{children}</ApplicationContext.Provider>;
}

export function useApplication(): ApplicationContextValue {
  const value = useContext(ApplicationContext);
  if (!value) throw new Error('useApplication outside ApplicationProvider');
  return value;
}
