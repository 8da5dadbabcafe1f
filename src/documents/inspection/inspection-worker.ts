/**
 * One inspection worker: takes one file at a time from the pool, inspects it and answers. The
 * early facts are sent before the slow part, so a job stopped at its budget can still be decided.
 */
import { parentPort } from 'node:worker_threads';
import { inspectUpload, type KindLimits } from './inspect-upload.js';
import type { ZipLimits } from './inspect-zip.js';
import type { UploadDecision, UploadFacts } from './decide-upload.js';

export interface InspectionRequest {
  id: number;
  bytes: Uint8Array;
  kind: KindLimits;
  zipLimits: ZipLimits;
}

export type InspectionAnswer =
  | { type: 'ready' }
  | { id: number; type: 'early'; facts: UploadFacts }
  | { id: number; type: 'done'; decision: UploadDecision }
  | { id: number; type: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('inspection-worker runs only as a worker thread');

port.postMessage({ type: 'ready' } satisfies InspectionAnswer);
port.on('message', (request: InspectionRequest) => {
  const answer = (message: InspectionAnswer) => port.postMessage(message);
  inspectUpload(request.bytes, request.kind, {
    zipLimits: request.zipLimits,
    onEarlyFacts: (facts) => answer({ id: request.id, type: 'early', facts }),
  }).then(
    (decision) => answer({ id: request.id, type: 'done', decision }),
    (error: unknown) =>
      answer({ id: request.id, type: 'failed', message: (error as Error)?.message ?? 'unknown' }),
  );
});
