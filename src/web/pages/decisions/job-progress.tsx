/**
 * A background job preparing or issuing decisions, followed to its end: polled once a second, its
 * progress shown as a bar and told in a live region that is on the page before the job starts, so
 * screen readers hear each step without the focus moving.
 */
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionApi } from '../../api/decisions.js';
import type { DecisionJob } from '../../api/decision-types.js';

const POLL_MS = 1000;
/** Polls in a row that may fail (a network blip) before the page stops and says so. */
const MAX_FAILED_POLLS = 10;

const isRunning = (job: DecisionJob | null) =>
  job !== null && (job.state === 'queued' || job.state === 'running');

/**
 * Follows `started` until it is done or failed, then calls `onFinished` once. A failed poll is
 * tried again on the next tick: the job runs on the server whether or not this page watches it.
 */
export function useJob(started: DecisionJob | null, onFinished: (job: DecisionJob) => void) {
  const [job, setJob] = useState<DecisionJob | null>(started);
  const [seen, setSeen] = useState(started);
  const [lost, setLost] = useState(false);
  if (started !== seen) {
    setSeen(started);
    setJob(started);
    setLost(false);
  }
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });
  const jobId = job?.id ?? null;
  const running = isRunning(job);
  useEffect(() => {
    if (!jobId || !running || lost) return;
    let current = true;
    let failed = 0;
    const timer = window.setInterval(() => {
      decisionApi.job(jobId).then(
        (next) => {
          if (!current) return;
          failed = 0;
          setJob(next);
          if (!isRunning(next)) {
            current = false;
            window.clearInterval(timer);
            finished.current(next);
          }
        },
        () => {
          failed += 1;
          if (current && failed >= MAX_FAILED_POLLS) {
            current = false;
            window.clearInterval(timer);
            setLost(true);
          }
        },
      );
    }, POLL_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [jobId, running, lost]);
  return { job, running, lost };
}

interface Props {
  job: DecisionJob | null;
  /** The page stopped hearing from the job; it runs on at the server regardless. */
  lost?: boolean;
  id: string;
}

export function JobProgress({ job, lost = false, id }: Props) {
  const { t } = useTranslation();
  const label = job ? t(`decisions.job.${job.kind}`) : '';
  const text = !job
    ? ''
    : job.state === 'queued'
      ? t('decisions.job.queued', { label })
      : job.state === 'running'
        ? t('decisions.job.running', { label, done: job.done, total: job.total })
        : job.state === 'done'
          ? t('decisions.job.done', { label, done: job.done, total: job.total })
          : t('decisions.job.failed', { label });
  return (
    <div className="job-progress">
      <div role="status" aria-live="polite" id={`${id}-status`}>
        {job && job.state !== 'failed' && <Paragraph>{text}</Paragraph>}
      </div>
      {isRunning(job) && job && (
        <progress
          className="job-progress__bar"
          max={Math.max(job.total, 1)}
          value={job.done}
          aria-labelledby={`${id}-status`}
        />
      )}
      {lost && (
        <Alert data-color="warning" role="alert">
          {t('decisions.job.lost', { label })}
        </Alert>
      )}
      {job?.state === 'failed' && (
        <Alert data-color="danger" role="alert">
          {text} {job.error}
        </Alert>
      )}
    </div>
  );
}
