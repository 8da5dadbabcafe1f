/** A finding of the audit verification in the reader's language (keys under `auditVerify`). */
import { useTranslation } from 'react-i18next';
import type { AuditFinding } from '../../api/audit.js';
import { formatDateTime } from '../../format.js';
import { useLocale } from '../../i18n/index.js';

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function useDescribeFinding(): (finding: AuditFinding) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (v: unknown) => (typeof v === 'string' ? formatDateTime(new Date(v), locale) : '');
  const source = (v: unknown) =>
    t(v === 'file' ? 'auditVerify.source.file' : 'auditVerify.source.database');
  return (f) => {
    const k = 'auditVerify.finding';
    switch (f.kind) {
      case 'edited':
      case 'inserted':
      case 'reordered':
        return t(`${k}.${f.kind}`, { seq: text(f.seq) });
      case 'deleted':
        return f.eventId
          ? t(`${k}.deleted`, { seq: text(f.seq) })
          : t(`${k}.deletedSigned`, { seq: text(f.seq) });
      case 'rechained':
        return t(`${k}.rechained`, {
          after: f.afterSeq === null ? t(`${k}.start`) : text(f.afterSeq),
          to: text(f.toSeq),
          at: when(f.checkpointAt),
        });
      case 'miscounted':
        return t(`${k}.miscounted`, {
          seq: text(f.seq),
          expected: text(f.checkpointCount),
          actual: text(f.events),
        });
      case 'truncated':
        return t(`${k}.truncated`, {
          last: f.lastSeq === null ? '–' : text(f.lastSeq),
          events: text(f.events),
          seq: text(f.checkpointSeq),
          count: text(f.checkpointCount),
          at: when(f.checkpointAt),
        });
      case 'forged':
        return t(`${k}.forged`, { source: source(f.source) });
      case 'unknown-key':
        return t(`${k}.unknownKey`, { source: source(f.source), keyId: text(f.keyId) });
      case 'removed-from-database':
        return t(`${k}.removed`, { seq: text(f.seq), at: when(f.at) });
      case 'copies-differ':
        return t(`${k}.differs`);
      case 'unreadable-line':
        return t(`${k}.unreadable`, { line: text(f.line) });
      case 'snapshot-altered':
        return t(f.against === 'receipt' ? `${k}.snapshotReceipt` : `${k}.snapshotChain`, {
          receipt: text(f.receiptNumber),
        });
      case 'file-altered':
        return t(f.against === 'upload' ? `${k}.fileUpload` : `${k}.fileSnapshot`, {
          name: text(f.fileName),
        });
      case 'no-checkpoint':
        return t(`${k}.noCheckpoint`);
      case 'not-in-file':
        return t(`${k}.notInFile`, { count: Number(f.count) });
      case 'unsigned-tail':
        return t(`${k}.unsignedTail`, { count: Number(f.events), seq: text(f.afterSeq) });
      default:
        return t(`${k}.unknown`, { kind: f.kind });
    }
  };
}
