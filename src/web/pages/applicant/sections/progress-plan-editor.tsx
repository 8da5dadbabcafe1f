/** The progress plan: dated milestones, drawn over the project period with the call's end date. */
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ItemList } from '../../../app-components/item-list.js';
import { PeriodTimeline } from '../../../app-components/period-timeline.js';
import { localizedText } from '../../../format.js';
import { fieldIdOf } from '../application-model.js';
import { listOf, sectionContentOfKind, type EditorProps, type Item } from './editor-props.js';
import { inFieldOrder, itemOrderOf } from './field-order.js';
import { newItemId, useFieldRenderer, type FieldSpec } from './section-kit.js';

export function ProgressPlanEditor({ kit, content, onChange, form, application }: EditorProps) {
  const { t } = useTranslation();
  const render = useFieldRenderer(kit);
  const milestones = listOf(content, 'milestones');
  const project = sectionContentOfKind(application, 'project');
  const start =
    typeof project.startDate === 'string' ? project.startDate : form.dates.projectStartLatest;
  const end = typeof project.endDate === 'string' ? project.endDate : form.dates.projectEndLatest;
  const fields: FieldSpec[] = [
    { name: 'title', type: 'text' },
    { name: 'date', type: 'date' },
    {
      name: 'phase',
      type: 'select',
      options: form.budget.phases.map((p) => ({
        value: p.id,
        label: localizedText(p.label, kit.locale).text,
      })),
    },
    { name: 'description', type: 'textarea' },
  ];
  const specs = inFieldOrder(fields, itemOrderOf('progress-plan', 'milestones'));
  const min = form.rules.minActivities?.min;
  return (
    <>
      {min !== undefined && (
        <Paragraph data-size="sm">{t('applicant.minActivitiesHint', { count: min })}</Paragraph>
      )}
      <PeriodTimeline
        start={start}
        end={end}
        endLatest={form.dates.projectEndLatest}
        endLatestLabel={t('applicant.endLatest')}
        label={t('applicant.timeline')}
        locale={kit.locale}
        marks={milestones.map((m) => ({
          id: m.id,
          date: typeof m.date === 'string' ? m.date : '',
          label: typeof m.title === 'string' ? m.title : '',
        }))}
      />
      <ItemList<Item>
        items={milestones}
        readOnly={kit.readOnly}
        nameOf={(m, i) =>
          typeof m.title === 'string' && m.title ? m.title : t('applicant.milestoneN', { n: i + 1 })
        }
        newItem={() => ({ id: newItemId('m') })}
        addLabel={t('applicant.addMilestone')}
        removeLabel={(name) => t('applicant.removeItem', { name })}
        focusIdOf={(i) => fieldIdOf(kit.sectionId, `milestones[${i}].title`)}
        onChange={(items) => onChange({ ...content, milestones: items })}
        renderItem={(item, index, change) =>
          specs.map((spec) =>
            render(spec, `milestones[${index}]`, item, (next) => change({ ...item, ...next })),
          )
        }
      />
    </>
  );
}
