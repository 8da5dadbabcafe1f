/**
 * Autosave for one section. Every edit is kept locally at once; it is sent a few seconds after the
 * typing stops, or at once when a field is left, as the fields it changed since the version it
 * started from (ADR 0012): the server merges it with a colleague's save in between. Failures never
 * drop the edit: offline or a server error retries; a field both changed (409) is handed to the
 * page, with everything else already merged, to ask which value should stand.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.js';
import type { ConflictCurrent, FieldError, SavedSection, SectionState } from '../../api/types.js';
import {
  diffContent,
  mergeContent,
  type MergeResult,
} from '../../../domain/application/section-merge.js';
import { readDraft, removeDraft, writeDraft } from './draft-storage.js';

export type SaveStatus =
  'saved' | 'unsaved' | 'saving' | 'offline' | 'invalid' | 'conflict' | 'signed-out' | 'closed';

const AUTOSAVE_DELAY_MS = 2500;
const RETRY_DELAY_MS = 5000;

interface Options {
  applicationId: string;
  section: SectionState;
  editable: boolean;
  onSaved: (content: unknown, saved: SavedSection) => void;
}

/** Fields both this edit and a save in between changed: what the page asks about. */
export interface DraftConflict<T> {
  current: ConflictCurrent;
  /** This edit, its base and the stored version: `merged` holds everything but the conflicts. */
  base: unknown;
  mine: T;
  merged: MergeResult<T>;
}

export interface SectionDraft<T> {
  content: T;
  status: SaveStatus;
  savedAt: string | null;
  fieldErrors: FieldError[];
  conflict: DraftConflict<T> | null;
  update: (next: T) => void;
  /** Save now (a field was left, or the page is being left); false when the server refused it as invalid. */
  flush: () => Promise<boolean>;
  /** After a conflict: save `content`, chosen on top of the stored version, as the edit. */
  resolve: (content: T) => Promise<void>;
}

function initialOf<T>(applicationId: string, section: SectionState, empty: T) {
  const stored = readDraft(applicationId, section.id);
  const server = (section.content ?? empty) as T;
  if (stored && JSON.stringify(stored.content) !== JSON.stringify(server)) {
    // A draft kept before base contents were kept: only its own version's content can be its base;
    // otherwise nothing is assumed, so every field it holds is sent as changed and any that the
    // stored version changed too is asked about rather than overwritten.
    const baseContent =
      'baseContent' in stored
        ? stored.baseContent
        : stored.baseVersion === section.version
          ? server
          : {};
    return {
      content: stored.content as T,
      baseVersion: stored.baseVersion,
      baseContent,
      dirty: true,
    };
  }
  return {
    content: server,
    baseVersion: section.version,
    baseContent: server as unknown,
    dirty: false,
  };
}

export function useSectionDraft<T>(options: Options, empty: T): SectionDraft<T> {
  const { applicationId, section, editable, onSaved } = options;
  const [initial] = useState(() => initialOf(applicationId, section, empty));
  const [content, setContent] = useState<T>(initial.content);
  const [status, setStatus] = useState<SaveStatus>(
    editable ? (initial.dirty ? 'unsaved' : 'saved') : 'closed',
  );
  const [savedAt, setSavedAt] = useState<string | null>(section.updatedAt);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState<DraftConflict<T> | null>(null);

  const contentRef = useRef(content);
  const baseVersion = useRef(initial.baseVersion);
  const baseContent = useRef<unknown>(initial.baseContent);
  const dirty = useRef(initial.dirty);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(!editable);
  const invalid = useRef(false);
  const onSavedRef = useRef(onSaved);

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  // Retries go through a ref: the retry must call the latest save, which is defined below.
  const saveRef = useRef<() => Promise<void>>(() => Promise.resolve());
  const handleFailure = useCallback((error: ApiError) => {
    const current = error.problem.current as ConflictCurrent | null | undefined;
    if (error.code === 'edit_conflict' && current) {
      // The same merge the server made, on this window's latest content: every field but the
      // conflicts is merged already; if none is left (typing since resolved it), save at once.
      const mine = contentRef.current;
      const merged = mergeContent(baseContent.current, mine, current.content as T);
      if (merged.conflicts.length === 0) {
        baseVersion.current = current.version;
        baseContent.current = current.content;
        contentRef.current = merged.content;
        setContent(merged.content);
        timer.current = setTimeout(() => void saveRef.current(), 0);
        return;
      }
      blocked.current = true;
      setConflict({ current, base: baseContent.current, mine, merged });
      setStatus('conflict');
    } else if (error.code === 'deadline_passed' || error.code === 'application_not_editable') {
      blocked.current = true;
      setStatus('closed');
    } else if (error.status === 401) {
      setStatus('signed-out');
    } else if (error.status === 422 || error.status === 400) {
      invalid.current = true;
      setFieldErrors(error.errors ?? []);
      setStatus('invalid');
    } else {
      setStatus('offline');
      timer.current = setTimeout(() => void saveRef.current(), RETRY_DELAY_MS);
    }
  }, []);

  // Saves run one after another: two callers (the autosave timer and leaving a field) must never
  // send the same base version side by side, or the second would see its own first save as a
  // colleague's (409).
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saveOnce = useCallback(async (): Promise<void> => {
    if (!dirty.current || blocked.current) return;
    clearTimer();
    const sent = contentRef.current;
    const changes = diffContent(baseContent.current, sent);
    if (changes.length === 0) {
      // Typed and typed back: nothing to send.
      dirty.current = false;
      removeDraft(applicationId, section.id);
      setStatus('saved');
      return;
    }
    setStatus('saving');
    try {
      const saved = await api.patchSection(applicationId, section.id, baseVersion.current, changes);
      const stored = saved.content as T;
      baseVersion.current = saved.version;
      baseContent.current = stored;
      setSavedAt(saved.updatedAt);
      setFieldErrors([]);
      invalid.current = false;
      onSavedRef.current(stored, saved);
      if (contentRef.current === sent) {
        // The form shows what is stored: this edit and any colleague's save it was merged with.
        contentRef.current = stored;
        setContent(stored);
        dirty.current = false;
        removeDraft(applicationId, section.id);
        setStatus('saved');
      } else {
        // Typed on while it was saved: the newer typing goes on top of what is stored. A field
        // the save it joined changed too is asked about now, naming who saved it.
        const rebased = mergeContent(sent, contentRef.current, stored);
        if (rebased.conflicts.length === 0) {
          contentRef.current = rebased.content;
          setContent(rebased.content);
        } else {
          const by = saved.mergedWith ?? { name: '', self: true, updatedAt: saved.updatedAt };
          blocked.current = true;
          setConflict({
            current: {
              version: saved.version,
              content: stored,
              updatedAt: by.updatedAt,
              updatedBy: { name: by.name, self: by.self },
            },
            base: sent,
            mine: contentRef.current,
            merged: rebased,
          });
          setStatus('conflict');
        }
        writeDraft(applicationId, section.id, {
          baseVersion: baseVersion.current,
          baseContent: baseContent.current,
          content: contentRef.current,
          savedLocallyAt: new Date().toISOString(),
        });
        if (rebased.conflicts.length === 0) setStatus('unsaved');
      }
    } catch (error) {
      handleFailure(error instanceof ApiError ? error : new ApiError(0, {}));
    }
  }, [applicationId, section.id, handleFailure]);

  const save = useCallback((): Promise<void> => {
    const next = queue.current.then(saveOnce);
    queue.current = next.catch(() => undefined);
    return next;
  }, [saveOnce]);

  useEffect(() => {
    saveRef.current = save;
    onSavedRef.current = onSaved;
  }, [save, onSaved]);

  const update = useCallback(
    (next: T) => {
      contentRef.current = next;
      dirty.current = true;
      setContent(next);
      writeDraft(applicationId, section.id, {
        baseVersion: baseVersion.current,
        baseContent: baseContent.current,
        content: next,
        savedLocallyAt: new Date().toISOString(),
      });
      if (blocked.current) return;
      setStatus((s) => (s === 'offline' ? s : 'unsaved'));
      clearTimer();
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [applicationId, section.id, save],
  );

  const resolve = useCallback(
    async (chosen: T) => {
      if (conflict) {
        baseVersion.current = conflict.current.version;
        baseContent.current = conflict.current.content;
      }
      blocked.current = false;
      setConflict(null);
      contentRef.current = chosen;
      dirty.current = true;
      setContent(chosen);
      await save();
    },
    [conflict, save],
  );

  useEffect(() => {
    // Back online: send what waited. A pending edit is also sent on leaving the page.
    const onOnline = () => void save();
    window.addEventListener('online', onOnline);
    if (initial.dirty && editable) void save();
    return () => {
      window.removeEventListener('online', onOnline);
      clearTimer();
      void save();
    };
  }, [save, initial.dirty, editable]);

  const flush = useCallback(async () => {
    await save();
    return !invalid.current;
  }, [save]);

  return { content, status, savedAt, fieldErrors, conflict, update, flush, resolve };
}
