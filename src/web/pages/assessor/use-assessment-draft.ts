/**
 * The assessor's draft: changes are saved on their own a moment after typing stops (PUT, partial
 * content allowed), one save at a time, and the latest edit always wins. `flush` saves what is
 * pending now, before submitting.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { casesApi } from '../../api/cases.js';
import type { AssessmentContent, AssignmentWorkspace } from '../../api/case-types.js';

export type DraftStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

const DEBOUNCE_MS = 1000;

export function useAssessmentDraft(workspace: AssignmentWorkspace, empty: AssessmentContent) {
  const id = workspace.assignment.id;
  const [content, setContent] = useState<AssessmentContent>(
    () => workspace.assessment?.content ?? empty,
  );
  const [status, setStatus] = useState<DraftStatus>('saved');
  const [savedAt, setSavedAt] = useState<string | null>(workspace.assessment?.updatedAt ?? null);
  const latest = useRef(content);
  const dirty = useRef(false);
  const inflight = useRef<Promise<void> | null>(null);

  const flush = useCallback(async (): Promise<boolean> => {
    while (inflight.current) await inflight.current;
    if (!dirty.current) return true;
    dirty.current = false;
    setStatus('saving');
    let ok = true;
    const body = latest.current;
    inflight.current = casesApi.saveAssessment(id, body).then(
      (answer) => {
        setSavedAt(answer.assessment?.updatedAt ?? new Date().toISOString());
        setStatus(dirty.current ? 'unsaved' : 'saved');
      },
      () => {
        ok = false;
        dirty.current = true;
        setStatus('failed');
      },
    );
    await inflight.current;
    inflight.current = null;
    return ok;
  }, [id]);

  const change = useCallback((next: AssessmentContent) => {
    latest.current = next;
    dirty.current = true;
    setContent(next);
    setStatus('unsaved');
  }, []);

  useEffect(() => {
    if (status !== 'unsaved') return;
    const timer = setTimeout(() => void flush(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [content, status, flush]);

  return { content, change, status, savedAt, flush };
}
