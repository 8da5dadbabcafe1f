import { afterEach, describe, expect, it } from 'vitest';
import { signedAgreementPdf } from '../../../test/fixtures/files/build-files.js';
import { docxBomb } from '../../../test/fixtures/files/build-zip.js';
import { randomAfterPdfHeader } from '../../../test/fixtures/files/hostile-pdf.js';
import {
  createInspectionPool,
  InspectionBusyError,
  type InspectionPoolOptions,
  type StopReason,
  type UploadInspector,
} from './inspection-pool.js';

const PDF = 'application/pdf' as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;
const pdfKind = { allowedTypes: [PDF], maxBytes: 30 * 1024 * 1024 };
const randomPdf = randomAfterPdfHeader;
const STALLING_WORKER = new URL(
  '../../../test/fixtures/files/stalling-inspection-worker.mjs',
  import.meta.url,
);

/** 13 MB of small arrays: pdf-lib builds millions of objects from it, far past a 32 MB heap. */
function heapHungryPdf(): Buffer {
  const parts = ['%PDF-1.4\n'];
  for (let n = 1; n < 60_000; n += 1) parts.push(`${n} 0 obj\n[${'1 '.repeat(100)}]\nendobj\n`);
  return Buffer.from(parts.join(''));
}

describe('inspection pool: uploads are judged in worker threads with a budget', () => {
  let pool: UploadInspector | undefined;
  const stopped: StopReason[] = [];
  const open = (options: Partial<InspectionPoolOptions> = {}) => {
    pool = createInspectionPool({
      size: 1,
      budgetMs: 60_000,
      memoryMb: 128,
      maxWaiting: 4,
      onStopped: (why) => stopped.push(why),
      ...options,
    });
    return pool;
  };
  afterEach(async () => {
    await pool?.close();
    stopped.length = 0;
  });

  it('decides a clean PDF in a worker as the main thread would', async () => {
    const decision = await open().inspect(await signedAgreementPdf(), pdfKind);
    expect(decision).toEqual({ accepted: true, mediaType: PDF, warnings: [] });
  });

  it('stops a PDF whose check runs past the budget, keeps the raw-byte facts, and replaces the worker', async () => {
    // The stand-in worker sends the real raw-byte facts and then never finishes, so only the
    // budget can end the job, however fast the machine.
    const inspector = open({ budgetMs: 1500, workerUrl: STALLING_WORKER });
    const decision = await inspector.inspect(randomPdf(64 * 1024), pdfKind);
    expect(decision).toEqual({ accepted: true, mediaType: PDF, warnings: ['pdf-check-stopped'] });
    expect(stopped).toEqual(['time']);
    // The next file gets a fresh worker and a full check.
    expect(await inspector.inspect(await signedAgreementPdf(), pdfKind)).toMatchObject({
      accepted: true,
      warnings: [],
    });
  }, 20_000);

  it('stops a worker past its heap cap and replaces it', async () => {
    const inspector = open({ memoryMb: 32 });
    expect(await inspector.inspect(heapHungryPdf(), pdfKind)).toMatchObject({
      accepted: true,
      warnings: ['pdf-check-stopped'],
    });
    expect(stopped).toEqual(['memory']);
    expect(await inspector.inspect(await signedAgreementPdf(), pdfKind)).toMatchObject({
      warnings: [],
    });
  }, 20_000);

  it('refuses as not checkable a Word file whose inspection ran out of time', async () => {
    const decision = await open({ budgetMs: 1 }).inspect(docxBomb(), {
      allowedTypes: [DOCX],
      maxBytes: 30 * 1024 * 1024,
    });
    expect(decision).toEqual({ accepted: false, refusal: { reason: 'not-checkable' } });
  });

  it('turns files away when every worker is busy and the queue is full', async () => {
    const inspector = open({ budgetMs: 300, maxWaiting: 1 });
    const slow = randomPdf(2 * 1024 * 1024);
    const first = inspector.inspect(slow, pdfKind);
    const second = inspector.inspect(slow, pdfKind);
    await expect(inspector.inspect(slow, pdfKind)).rejects.toBeInstanceOf(InspectionBusyError);
    await Promise.all([first, second]);
  }, 20_000);
});
