/**
 * The attachment quota of one application (call data, every stored version counted): checked in
 * the upload's transaction, after the application is locked, so two uploads at once cannot both
 * slip under it.
 */
import { DEFAULT_ATTACHMENT_QUOTA, type CallDefinition } from '../../../domain/call/call-schema.js';
import { formatNumber } from '../../../domain/rules/format.js';
import type { Locale } from '../../../domain/time/oslo.js';
import type { Tx } from '../../../store/create-store.js';
import { readAttachmentUsage } from '../../../store/repositories/attachment-usage.repository.js';
import { AppError } from '../../errors/catalogue.js';
import { formatMegabytes } from './upload-messages.js';

export async function refuseOverAttachmentQuota(
  tx: Tx,
  call: CallDefinition,
  applicationId: string,
  incomingBytes: number,
): Promise<void> {
  const quota = call.attachmentQuota ?? DEFAULT_ATTACHMENT_QUOTA;
  const used = await readAttachmentUsage(tx, applicationId);
  if (used.files + 1 > quota.maxFiles) {
    const n = (l: Locale) => formatNumber(quota.maxFiles, l);
    throw new AppError('attachment_quota_exceeded', {
      detail: {
        nb: `Søknaden har allerede ${formatNumber(used.files, 'nb')} lagrede filer (også erstattede versjoner), og grensen er ${n('nb')}. Filen ble ikke lagret. Kontakt saksbehandleren hvis dere trenger flere.`,
        nn: `Søknaden har allereie ${formatNumber(used.files, 'nn')} lagra filer (òg erstatta versjonar), og grensa er ${n('nn')}. Fila vart ikkje lagra. Kontakt sakshandsamaren om de treng fleire.`,
        en: `The application already has ${formatNumber(used.files, 'en')} stored files (replaced versions included), and the limit is ${n('en')}. The file was not stored. Contact the case officer if you need more.`,
      },
      extensions: { limit: 'maxFiles', maxFiles: quota.maxFiles, files: used.files },
    });
  }
  if (used.bytes + incomingBytes > quota.maxTotalBytes) {
    const mb = (l: Locale) => formatMegabytes(quota.maxTotalBytes, l);
    const left = (l: Locale) => formatMegabytes(Math.max(0, quota.maxTotalBytes - used.bytes), l);
    throw new AppError('attachment_quota_exceeded', {
      detail: {
        nb: `Filene til søknaden kan til sammen være høyst ${mb('nb')} MB (også erstattede versjoner), og det er ${left('nb')} MB igjen. Filen ble ikke lagret. Gjør den mindre og prøv igjen.`,
        nn: `Filene til søknaden kan til saman vere høgst ${mb('nn')} MB (òg erstatta versjonar), og det er ${left('nn')} MB att. Fila vart ikkje lagra. Gjer ho mindre og prøv igjen.`,
        en: `The application's files may total at most ${mb('en')} MB (replaced versions included), and ${left('en')} MB is left. The file was not stored. Make it smaller and try again.`,
      },
      extensions: {
        limit: 'maxTotalBytes',
        maxTotalBytes: quota.maxTotalBytes,
        bytes: used.bytes,
      },
    });
  }
}
