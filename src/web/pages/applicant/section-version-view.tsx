/**
 * One old version of a section, field by field, each value as the form shows it; beside each field
 * that differs from the draft, a button that copies it back (unless the view is read only).
 */
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionVersion } from '../../api/section-history.js';
import type { Values } from './sections/editor-props.js';
import {
  fieldsInOrder,
  findItem,
  isItemList,
  keyedItems,
  sameValue,
  TECHNICAL_FIELDS,
  valueAt,
} from './section-history-model.js';
import type { useHistoryText } from './use-history-text.js';

interface Props {
  version: SectionVersion;
  draft: Values;
  text: ReturnType<typeof useHistoryText>;
  /** Null when read only: after the deadline, or while a save is refused. */
  onCopy: ((path: string[], what: string) => void) | null;
  busy: boolean;
}

export const SectionVersionView = forwardRef<HTMLHeadingElement, Props>(function SectionVersionView(
  { version, draft, text, onCopy, busy },
  headingRef,
) {
  const { t } = useTranslation();
  const content = (version.content ?? {}) as Values;
  const fields = fieldsInOrder(content, text.formOrder);

  const copyCell = (path: string[], what: string, show = true) => {
    if (sameValue(valueAt(content, path), valueAt(draft, path))) {
      return <span className="history-same">{t('history.sameAsNow')}</span>;
    }
    if (!onCopy || !show) return null;
    const name = t('history.copyBack');
    // The name starts with the visible words (WCAG 2.5.3) and says which field.
    return (
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        disabled={busy}
        aria-label={`${name}: ${what}`}
        onClick={() => onCopy(path, what)}
      >
        {name}
      </Button>
    );
  };

  const row = (
    key: string,
    label: string,
    value: string,
    path: string[],
    what: string,
    copyable = true,
  ) => (
    <div key={key} className="history-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
      <dd className="history-row__action">{copyCell(path, what, copyable)}</dd>
    </div>
  );

  return (
    <section className="history-version" aria-labelledby="history-version-heading">
      <Heading level={2} data-size="sm" id="history-version-heading" ref={headingRef} tabIndex={-1}>
        {t('history.versionHeading', { version: version.version })}
      </Heading>
      <Paragraph data-size="sm">
        {t('history.savedBy', { name: version.savedBy.name, time: text.savedAt(version.savedAt) })}
      </Paragraph>
      {fields.length === 0 && <Paragraph>{t('history.emptyVersion')}</Paragraph>}
      {fields.map((field) => {
        const value = content[field];
        const label = text.label(field);
        if (!isItemList(value) || value.length === 0) {
          return (
            <dl key={field} className="history-fields">
              {row(field, label, text.value(field, value), [field], label)}
            </dl>
          );
        }
        return (
          <div key={field} className="history-list">
            <Heading level={3} data-size="xs">
              {label}
            </Heading>
            {keyedItems(value).map(({ key, number, item }) => {
              const name = `${t('history.itemNo', { n: number })}${
                text.itemLabelOf(item) ? `: ${text.itemLabelOf(item)}` : ''
              }`;
              const inDraft = findItem(draft[field], key);
              return (
                <div key={key} className="history-item">
                  <div className="history-item__head">
                    <Heading level={4} data-size="2xs">
                      {name}
                      {!inDraft && (
                        <span className="history-item__gone"> ({t('history.notInDraft')})</span>
                      )}
                    </Heading>
                    {copyCell([field, key], `${label}, ${name}`)}
                  </div>
                  <dl className="history-fields">
                    {fieldsInOrder(item, text.formOrder)
                      .filter((sub) => !TECHNICAL_FIELDS.has(sub))
                      .map((sub) =>
                        row(
                          sub,
                          text.label(sub),
                          text.value(sub, item[sub]),
                          [field, key, sub],
                          `${label}, ${name}: ${text.label(sub)}`,
                          // An item gone from the draft comes back whole, by its own button.
                          inDraft !== undefined,
                        ),
                      )}
                  </dl>
                </div>
              );
            })}
          </div>
        );
      })}
    </section>
  );
});
