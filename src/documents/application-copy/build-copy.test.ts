import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../domain/audit/canonical-json.js';
import { loadCallDefinitions } from '../../platform/load-calls.js';
import type { PdfBlock } from '../pdf/pdf-model.js';
import { readSnapshot } from '../submission-snapshot.js';
import { buildCopyModel } from './build-copy.js';

const ROOT = join(import.meta.dirname, '../../..');
const call = loadCallDefinitions(join(ROOT, 'calls'))[0];
const base = JSON.parse(readFileSync(join(ROOT, 'test/cases/base-application.json'), 'utf8')) as {
  content: Record<string, unknown>;
};

function snapshotWith(content: Record<string, unknown>, warnings: string[] = []) {
  return readSnapshot(
    canonicalJson({
      applicationId: 'a',
      callId: call?.id,
      callVersion: 1,
      institutionOrgnr: '974767880',
      versionNo: 1,
      receiptNumber: 'KOMP21-00007',
      receivedAt: '2021-12-01T10:00:00.000Z',
      submittedBy: { userId: 'u', name: 'Kari Nordmann' },
      content,
      attachments: [
        {
          itemId: 'a-signed-agreement',
          kind: 'signed-agreement',
          fileId: 'f',
          fileName: 'avtale.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 2048,
          sha256: 'a'.repeat(64),
          warnings,
        },
      ],
      findings: [],
    }),
  );
}

function textOf(blocks: PdfBlock[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'heading' || b.type === 'paragraph') return b.text;
      if (b.type === 'key-values') return b.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
      if (b.type === 'table')
        return [...b.rows, b.totals ?? []].map((r) => r.join(' | ')).join('\n');
      if (b.type === 'list') return b.items.join('\n');
      return '';
    })
    .join('\n');
}

describe('buildCopyModel', () => {
  if (!call) throw new Error('no call');

  it('shows the time in Oslo winter time with its offset', () => {
    const model = buildCopyModel({
      stored: snapshotWith(base.content),
      call,
      institutionName: 'NTNU',
    });
    expect(textOf(model.blocks)).toContain('1. desember 2021 kl. 11:00:00 norsk tid (UTC+01:00)');
    expect(model.createdAt.toISOString()).toBe('2021-12-01T10:00:00.000Z');
    expect(model.language).toBe('nb-NO');
  });

  it('shows what was flagged on a file to the case officer', () => {
    const stored = snapshotWith(base.content, ['pdf-javascript']);
    const text = textOf(buildCopyModel({ stored, call, institutionName: 'NTNU' }).blocks);
    expect(text).toContain('Merknad: PDF-en inneholder JavaScript.');
  });

  it('is written in nynorsk when the application is', () => {
    const project = { ...(base.content.project as object), language: 'nn' };
    const stored = snapshotWith({ ...base.content, project });
    const model = buildCopyModel({ stored, call, institutionName: 'NTNU' });
    expect(model.language).toBe('nn-NO');
    expect(textOf(model.blocks)).toContain('Tal på deltakarar per verksemd og studietilbod');
  });

  it('keeps going when a stored section no longer fits the form', () => {
    const stored = snapshotWith({ ...base.content, budget: { lines: 'ikke en liste' } });
    const text = textOf(buildCopyModel({ stored, call, institutionName: 'NTNU' }).blocks);
    expect(text).toContain('Denne delen kunne ikke leses med dagens skjema.');
    expect(text).toContain('Fjordstål Verft AS');
  });
});
