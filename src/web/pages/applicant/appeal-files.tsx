/**
 * The files a party sends with a klage (R28): chosen and uploaded one by one while the klage is
 * written (each judged and virus-scanned by the server), listed with a way to leave one out, and
 * named when the klage is sent. A refused file says why, in the user's language, and is not kept.
 */
import { Alert, Button, Label, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { ownDecisionApi } from '../../api/decisions.js';
import type { AppealFile, OwnDecision } from '../../api/decision-types.js';
import { formatFileSize } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useErrorText } from '../../shell/use-error-text.js';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
};

export function AppealFilePicker({
  applicationId,
  limits,
  files,
  onChange,
}: {
  applicationId: string;
  limits: OwnDecision['appealFileLimits'];
  files: AppealFile[];
  onChange: (files: AppealFile[]) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (limits.maxFiles === 0) return null;
  const full = files.length >= limits.maxFiles;
  const types = limits.allowedTypes.map((m) => EXTENSIONS[m] ?? m);

  const upload = async (input: HTMLInputElement | null) => {
    const chosen = input?.files?.[0];
    if (!chosen) {
      setMessage({ ok: false, text: t('decisions.own.fileNone') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const stored = await ownDecisionApi.uploadAppealFile(applicationId, chosen);
      onChange([...files, stored]);
      setMessage({ ok: true, text: t('decisions.own.fileAdded', { name: stored.fileName }) });
      if (input) input.value = '';
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, {});
      setMessage({ ok: false, text: errorText(err, t('decisions.own.fileFailed')).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="appeal-files">
      <Paragraph data-size="sm" id="own-appeal-files-help">
        {t('decisions.own.filesHelp', {
          count: limits.maxFiles,
          size: formatFileSize(limits.maxBytes, locale),
          types: types.join(', '),
        })}
      </Paragraph>
      {files.length > 0 && (
        <ul className="appeal-file-list" aria-label={t('decisions.own.filesChosen')}>
          {files.map((file) => (
            <li key={file.id}>
              <span>
                {file.fileName} ({formatFileSize(file.sizeBytes, locale)})
              </span>{' '}
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={t('decisions.own.fileRemoveNamed', { name: file.fileName })}
                onClick={() => onChange(files.filter((f) => f.id !== file.id))}
              >
                {t('decisions.own.fileRemove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {!full && (
        <div className="upload-row">
          <Label htmlFor="own-appeal-file">{t('decisions.own.fileChoose')}</Label>
          <input
            id="own-appeal-file"
            type="file"
            accept={limits.allowedTypes.join(',')}
            className="file-input"
            aria-describedby="own-appeal-files-help"
          />
          <Button
            type="button"
            variant="secondary"
            disabled={busy}
            aria-busy={busy}
            onClick={() =>
              void upload(document.getElementById('own-appeal-file') as HTMLInputElement | null)
            }
          >
            {t('decisions.own.fileUpload')}
          </Button>
        </div>
      )}
      <div role="status">
        {message && <Alert data-color={message.ok ? 'success' : 'danger'}>{message.text}</Alert>}
      </div>
    </div>
  );
}

/** The files filed with a klage, each a download. */
export function AppealFileLinks({
  files,
  hrefOf,
}: {
  files: AppealFile[];
  hrefOf: (file: AppealFile) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (files.length === 0)
    return <Paragraph data-size="sm">{t('decisions.own.filesNone')}</Paragraph>;
  return (
    <ul className="appeal-file-list">
      {files.map((file) => (
        <li key={file.id}>
          <Link href={hrefOf(file)} download>
            {file.fileName}
          </Link>{' '}
          ({formatFileSize(file.sizeBytes, locale)})
        </li>
      ))}
    </ul>
  );
}
