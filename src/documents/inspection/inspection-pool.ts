/**
 * Uploads are inspected off the event loop, in a small pool of worker threads: parsing a hostile
 * PDF costs seconds of CPU per megabyte and inflating a zip bomb gigabytes, and on the main
 * thread either kept every other request waiting. Each file gets a wall-time budget and each
 * worker a heap cap; a worker past either is terminated and replaced, and the file is decided on
 * what was known before the slow part, or refused as not checkable (docs/adr/0014).
 */
import { Worker } from 'node:worker_threads';
import { decideUpload, type UploadDecision, type UploadFacts } from './decide-upload.js';
import type { KindLimits } from './inspect-upload.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './inspect-zip.js';
import type { InspectionAnswer, InspectionRequest } from './inspection-worker.js';

export interface InspectionPoolOptions {
  size: number;
  /** Wall time one file may take in a worker, from the moment a worker takes it. */
  budgetMs: number;
  /** The heap cap of each worker (V8 old generation). */
  memoryMb: number;
  /** Files waiting for a worker beyond this are turned away (InspectionBusyError). */
  maxWaiting: number;
  zipLimits?: ZipLimits;
  /** Told when a worker was stopped or died, for the log. */
  onStopped?: (why: StopReason) => void;
  /** The worker's module; the pool's own by default. Tests pass one whose pace they control. */
  workerUrl?: URL;
}

export type StopReason = 'time' | 'memory' | 'crash';

export interface UploadInspector {
  inspect(bytes: Uint8Array, kind: KindLimits): Promise<UploadDecision>;
  close(): Promise<void>;
}

export class InspectionBusyError extends Error {
  constructor() {
    super('every inspection worker is busy and the queue is full');
  }
}

interface Job {
  id: number;
  bytes: Uint8Array;
  kind: KindLimits;
  resolve: (decision: UploadDecision) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its code; a file's budget starts only then. */
  ready: boolean;
  job: Job | undefined;
  early: UploadFacts | undefined;
  timer: NodeJS.Timeout | undefined;
}

// Under tsx or vitest this module is TypeScript and the worker needs a bootstrap that loads
// TypeScript; a compiled build has inspection-worker.js beside this file.
const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? './inspection-worker.mjs' : './inspection-worker.js',
  import.meta.url,
);

export function createInspectionPool(options: InspectionPoolOptions): UploadInspector {
  const zipLimits = options.zipLimits ?? DEFAULT_ZIP_LIMITS;
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  let nextId = 1;
  let closed = false;

  function startWorker(): Slot {
    const worker = new Worker(options.workerUrl ?? WORKER_URL, {
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: options.memoryMb,
        maxYoungGenerationSizeMb: Math.max(4, Math.min(32, Math.floor(options.memoryMb / 8))),
      },
    });
    // An idle pool never keeps the process alive; a request waiting on a job does.
    worker.unref();
    const slot: Slot = { worker, ready: false, job: undefined, early: undefined, timer: undefined };
    worker.on('message', (answer: InspectionAnswer) => {
      if (answer.type === 'ready') {
        slot.ready = true;
        dispatch();
        return;
      }
      const job = slot.job;
      if (!job || answer.id !== job.id) return;
      if (answer.type === 'early') {
        slot.early = answer.facts;
        return;
      }
      const early = slot.early;
      finish(slot);
      if (answer.type === 'done') job.resolve(answer.decision);
      else job.resolve(stoppedDecision(early, job.kind));
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      stop(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash');
    });
    worker.on('exit', () => stop(slot, 'crash'));
    slots.push(slot);
    return slot;
  }

  function finish(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.early = undefined;
    slot.timer = undefined;
  }

  /** Takes a worker out of the pool and decides its file on what was known; a new one comes. */
  function stop(slot: Slot, why: StopReason): void {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    const { job, early } = slot;
    finish(slot);
    void slot.worker.terminate();
    if (closed) return;
    options.onStopped?.(why);
    job?.resolve(stoppedDecision(early, job.kind));
    dispatch();
  }

  function dispatch(): void {
    while (waiting.length > 0 && !closed) {
      const slot = slots.find((s) => s.ready && !s.job);
      if (!slot) {
        // Start as many workers as there are files waiting, up to the size; each takes the
        // next file when it is ready.
        let starting = slots.filter((s) => !s.ready).length;
        for (; slots.length < options.size && starting < waiting.length; starting += 1) {
          startWorker();
        }
        return;
      }
      const job = waiting.shift() as Job;
      slot.job = job;
      slot.timer = setTimeout(() => stop(slot, 'time'), options.budgetMs);
      const request: InspectionRequest = {
        id: job.id,
        bytes: job.bytes,
        kind: { allowedTypes: [...job.kind.allowedTypes], maxBytes: job.kind.maxBytes },
        zipLimits,
      };
      slot.worker.postMessage(request);
    }
  }

  return {
    inspect(bytes, kind) {
      if (closed) return Promise.reject(new Error('the inspection pool is closed'));
      const running = slots.filter((s) => s.job).length;
      if (running + waiting.length >= options.size + options.maxWaiting) {
        return Promise.reject(new InspectionBusyError());
      }
      return new Promise<UploadDecision>((resolve, reject) => {
        waiting.push({ id: nextId++, bytes, kind, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new Error('the inspection pool is closed'));
      const running = slots.splice(0);
      for (const slot of running) {
        slot.job?.reject(new Error('the inspection pool is closed'));
        finish(slot);
      }
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}

/** A file whose inspection was stopped: decided on its early facts, or refused unchecked. */
function stoppedDecision(early: UploadFacts | undefined, kind: KindLimits): UploadDecision {
  if (early) return decideUpload(early, kind);
  return { accepted: false, refusal: { reason: 'not-checkable' } };
}
