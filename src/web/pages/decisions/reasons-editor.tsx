/**
 * The reasons of a drafted decision (R28), in the three parts the law asks for: the rules applied,
 * the facts, the main considerations. Each is a list of lines the officer edits, adds and removes.
 * A save carries the version it was based on: when a colleague saved first, both versions stay on
 * the page until the officer keeps theirs or takes the colleague's, and the one set aside can be
 * read and copied afterwards. A refused line's message stands next to that line.
 */
import { Alert, Button, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { decisionApi } from '../../api/decisions.js';
import type { DecisionDetail, DecisionReasons, ReasonLine } from '../../api/decision-types.js';
import type { FieldError } from '../../api/types.js';
import { TextField } from '../../app-components/form-fields.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { REASON_PARTS, ReasonsView, type ReasonPart } from './reasons-view.js';

/** Lines the officer adds have no place in the record to point to. */
const OFFICER_SOURCE = 'officer';

/** The server names a field `reasons.facts[2].text` (with or without a prefix): by part and line. */
function messageFor(errors: FieldError[], part: ReasonPart, index: number | null): string | null {
  const wanted = index === null ? `${part}` : `${part}[${index}]`;
  const hit = errors.find((e) => {
    const path = e.path.replace(/^(body\.)?(reasons\.)?/, '').replace(/\.text$/, '');
    return path === wanted;
  });
  return hit?.message ?? null;
}

interface Props {
  decision: DecisionDetail;
  onSaved: (detail: DecisionDetail) => void;
}

export function ReasonsEditor({ decision, onSaved }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [base, setBase] = useState(decision);
  const [draft, setDraft] = useState<DecisionReasons>(decision.reasons);
  const [theirs, setTheirs] = useState<DecisionDetail | null>(null);
  const [setAside, setSetAside] = useState<DecisionReasons | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  const change = (part: ReasonPart, lines: ReasonLine[]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [part]: lines }));
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    setSaved(false);
    setFieldErrors([]);
    try {
      const detail = await decisionApi.saveReasons(base.id, {
        baseVersion: base.version,
        reasons: draft,
      });
      setBase(detail);
      setDraft(detail.reasons);
      setTheirs(null);
      setSaved(true);
      onSaved(detail);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, {});
      if (err.code === 'decision_changed' && err.problem.current) {
        setTheirs(err.problem.current as DecisionDetail);
      }
      setFieldErrors(err.errors ?? []);
      setError(errorText(err, t('decisions.reasons.failed')).message);
    } finally {
      setSaving(false);
    }
  };

  const keepMine = () => {
    if (!theirs) return;
    setSetAside(theirs.reasons);
    setBase(theirs);
    setTheirs(null);
    setError(null);
  };
  const takeTheirs = () => {
    if (!theirs) return;
    setSetAside(draft);
    setBase(theirs);
    setDraft(theirs.reasons);
    setTheirs(null);
    setError(null);
    onSaved(theirs);
  };

  return (
    <section aria-labelledby="reasons-title" className="allocation-section reasons-editor">
      <Heading level={2} data-size="sm" id="reasons-title">
        {t('decisions.reasons.title')}
      </Heading>
      <Paragraph data-size="sm">{t('decisions.reasons.editIntro')}</Paragraph>
      {theirs && (
        <Alert data-color="warning" className="reasons-conflict">
          <Heading level={3} data-size="xs">
            {t('decisions.reasons.conflictTitle')}
          </Heading>
          <Paragraph>{t('decisions.reasons.conflictBody', { version: theirs.version })}</Paragraph>
          <ReasonsView reasons={theirs.reasons} headingLevel={4} idPrefix="theirs" />
          <div className="button-row">
            <Button type="button" onClick={keepMine}>
              {t('decisions.reasons.keepMine')}
            </Button>
            <Button type="button" variant="secondary" onClick={takeTheirs}>
              {t('decisions.reasons.takeTheirs')}
            </Button>
          </div>
        </Alert>
      )}
      {REASON_PARTS.map((part) => {
        const lines = draft[part];
        const partError = messageFor(fieldErrors, part, null);
        return (
          <Fieldset key={part} className="reasons-part" id={`reasons-${part}`} tabIndex={-1}>
            <Fieldset.Legend>{t(`decisions.reasons.part.${part}`)}</Fieldset.Legend>
            {partError && (
              <p className="ds-validation-message" data-color="danger" role="alert">
                {partError}
              </p>
            )}
            <ol className="reasons-lines">
              {lines.map((line, i) => {
                const id = `reason-${part}-${i}`;
                const label = t('decisions.reasons.line', {
                  part: t(`decisions.reasons.part.${part}`),
                  n: i + 1,
                });
                return (
                  <li key={`${part}-${i}`} className="reasons-line">
                    <TextField
                      id={id}
                      label={label}
                      multiline
                      value={line.text}
                      error={messageFor(fieldErrors, part, i) ?? undefined}
                      onChange={(text) =>
                        change(
                          part,
                          lines.map((l, j) => (j === i ? { ...l, text } : l)),
                        )
                      }
                    />
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('decisions.reasons.removeLabel', { line: label })}
                      onClick={() => {
                        change(
                          part,
                          lines.filter((_, j) => j !== i),
                        );
                        requestAnimationFrame(() =>
                          document.getElementById(`reasons-${part}`)?.focus(),
                        );
                      }}
                    >
                      {t('decisions.reasons.remove')}
                    </Button>
                  </li>
                );
              })}
            </ol>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => {
                change(part, [...lines, { source: OFFICER_SOURCE, text: '' }]);
                requestAnimationFrame(() =>
                  document.getElementById(`reason-${part}-${lines.length}`)?.focus(),
                );
              }}
            >
              {t('decisions.reasons.add', { part: t(`decisions.reasons.part.${part}`) })}
            </Button>
          </Fieldset>
        );
      })}
      <div className="button-row">
        <Button type="button" onClick={() => void save()} disabled={saving || theirs !== null}>
          {t('decisions.reasons.save')}
        </Button>
      </div>
      <div role="status">
        {saved && <Alert data-color="success">{t('decisions.reasons.saved')}</Alert>}
      </div>
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
      {setAside && (
        <details className="reasons-set-aside">
          <summary>{t('decisions.reasons.setAside')}</summary>
          <ReasonsView reasons={setAside} headingLevel={3} idPrefix="aside" />
        </details>
      )}
    </section>
  );
}
