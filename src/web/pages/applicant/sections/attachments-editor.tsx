/**
 * Attachments: one block per kind the call accepts, with what is attached and an upload. The
 * server writes the uploaded file into the attachments section, so after an upload the
 * application is read again rather than edited here.
 */
import { Alert, Button, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ScanState } from '../../../../domain/virus-scan/scan-state.js';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.js';
import { FindingNotes } from '../../../app-components/finding-notes.js';
import { fileTypeKey, formatFileSize, localizedText } from '../../../format.js';
import { useApplication } from '../application-context.js';
import { fieldIdOf } from '../application-model.js';
import { useFileText } from '../use-answer-text.js';
import { listOf, type EditorProps } from './editor-props.js';
import { ScanStateTag } from '../../../app-components/scan-state-tag.js';
import { useScanStates } from './use-scan-states.js';

/** The part of the upload answer (uploadAnswerSchema) this editor shows. */
interface UploadAnswer {
  attachment: { fileName: string; warnings: { code: string; message: string }[] };
}

export function AttachmentsEditor({ kit, content, form }: EditorProps) {
  const { t } = useTranslation();
  const fileText = useFileText();
  const typeName = (type: string) => {
    const key = fileTypeKey(type);
    return key ? t(`polish.fileType.${key}`) : type;
  };
  const { application, reload } = useApplication();
  // The server writes an upload into the section, so what is attached is read from the
  // application as last loaded, not from the draft this page started with.
  const saved = application.sections.find((s) => s.id === kit.sectionId)?.content;
  const items = listOf(
    saved && typeof saved === 'object' ? (saved as typeof content) : content,
    'items',
  );
  const [busyKind, setBusyKind] = useState<string | null>(null);
  const [message, setMessage] = useState<{
    ok: boolean;
    text: string;
    /** What the inspection flagged on an accepted file (macros, a renamed type…). */
    notes?: string[];
  } | null>(null);
  const scanStates = useScanStates(
    application.id,
    items.map((item) => String(item.fileId)),
    application,
  );

  const upload = async (kind: string, input: HTMLInputElement | null) => {
    const file = input?.files?.[0];
    if (!file) return setMessage({ ok: false, text: t('applicant.chooseFile') });
    setBusyKind(kind);
    try {
      // The route's answer is uploadAnswerSchema; the client leaves answers untyped.
      const answer = (await api.uploadAttachment(application.id, kind, file)) as UploadAnswer;
      await reload();
      const { fileName, warnings } = answer.attachment;
      setMessage(
        warnings.length === 0
          ? { ok: true, text: t('applicant.uploaded', { name: file.name }) }
          : {
              ok: true,
              text: t('uploadInspection.uploadedWithNotes', { name: fileName }),
              notes: warnings.map((w) => w.message),
            },
      );
    } catch (error) {
      setMessage({
        ok: false,
        text:
          error instanceof ApiError && error.detail ? error.detail : t('applicant.uploadFailed'),
      });
    } finally {
      setBusyKind(null);
    }
  };

  return (
    <>
      {form.attachmentKinds.map((kind, index) => {
        const attached = items.filter((i) => i.kind === kind.id);
        const inputId = fieldIdOf(kit.sectionId, `items-${kind.id}`);
        return (
          <section key={kind.id} className="attachment-kind" aria-labelledby={`${inputId}-h`}>
            <Heading level={2} data-size="xs" id={`${inputId}-h`}>
              {localizedText(kind.label, kit.locale).text}{' '}
              <span className="muted">
                ({t(kind.required ? 'applicant.required' : 'applicant.optional')})
              </span>
            </Heading>
            <Paragraph data-size="sm">
              {t('applicant.attachmentRules', {
                types: kind.allowedTypes.map(typeName).join(', '),
                size: formatFileSize(kind.maxBytes, kit.locale),
              })}
            </Paragraph>
            {attached.length === 0 ? (
              <Paragraph data-size="sm">{t('applicant.nothingAttached')}</Paragraph>
            ) : (
              <ul>
                {attached.map((item) => (
                  <li key={item.id}>
                    {fileText({
                      name: String(item.fileName),
                      sizeBytes: Number(item.sizeBytes),
                      mediaType: String(item.mediaType),
                      kind: kind.id,
                    })}{' '}
                    {scanStates.has(String(item.fileId)) && (
                      <ScanStatePart state={scanStates.get(String(item.fileId)) ?? 'pending'} />
                    )}
                  </li>
                ))}
              </ul>
            )}
            <FindingNotes
              findings={kit.findings.filter(
                (f) =>
                  f.path.includes(kind.id) ||
                  (kind.required && index === 0 && attached.length === 0),
              )}
              locale={kit.locale}
              citationLabel={t('applicant.citation')}
            />
            {!kit.readOnly && (
              <div className="upload-row">
                <Label htmlFor={inputId}>
                  {t('applicant.chooseFileFor', {
                    kind: localizedText(kind.label, kit.locale).text,
                  })}
                </Label>
                <input
                  id={inputId}
                  type="file"
                  accept={kind.allowedTypes.join(',')}
                  className="file-input"
                />
                <Button
                  type="button"
                  variant="secondary"
                  disabled={busyKind !== null}
                  aria-busy={busyKind === kind.id}
                  onClick={() =>
                    void upload(
                      kind.id,
                      document.getElementById(inputId) as HTMLInputElement | null,
                    )
                  }
                >
                  {t('applicant.upload')}
                </Button>
              </div>
            )}
          </section>
        );
      })}
      <div role="status">
        {message && (
          <Alert data-color={message.ok ? (message.notes ? 'warning' : 'success') : 'danger'}>
            {message.text}
            {message.notes && (
              <ul className="upload-warnings">
                {message.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
    </>
  );
}

/** The scan state of an attached file, and what it means when the file is not clean. */
function ScanStatePart({ state }: { state: ScanState }) {
  const { t } = useTranslation();
  return (
    <>
      <ScanStateTag state={state} />
      {state !== 'clean' && <Paragraph data-size="xs">{t(`virusScan.help.${state}`)}</Paragraph>}
    </>
  );
}
