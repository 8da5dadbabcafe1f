/** Sections that are mostly texts: the project, the case for the cluster and the anchoring. */
import { useTranslation } from 'react-i18next';
import { ItemList } from '../../../app-components/item-list.js';
import { formatCalendarDate } from '../../../format.js';
import { fieldIdOf } from '../application-model.js';
import { clusterCompanies, listOf, type EditorProps, type Item } from './editor-props.js';
import { inFieldOrder, itemOrderOf, topLevelOrderOf } from './field-order.js';
import { newItemId, useFieldRenderer, type FieldSpec } from './section-kit.js';

export function ProjectEditor({ kit, content, onChange, form }: EditorProps) {
  const { t } = useTranslation();
  const render = useFieldRenderer(kit);
  const period = t('applicant.periodHint', {
    start: formatCalendarDate(form.dates.projectStartLatest, kit.locale),
    end: formatCalendarDate(form.dates.projectEndLatest, kit.locale),
  });
  const specs: FieldSpec[] = [
    { name: 'title', type: 'text' },
    { name: 'summary', type: 'textarea' },
    { name: 'startDate', type: 'date', description: period },
    { name: 'endDate', type: 'date', description: period },
    {
      name: 'language',
      type: 'select',
      options: form.languages.map((l) => ({ value: l, label: t(`language.${l}`) })),
    },
  ];
  return (
    <>
      {inFieldOrder(specs, topLevelOrderOf('project')).map((spec) =>
        render(spec, '', content, onChange),
      )}
    </>
  );
}

export function CaseEditor({ kit, content, onChange }: EditorProps) {
  const render = useFieldRenderer(kit);
  const specs: FieldSpec[] = [
    { name: 'vulnerability', type: 'textarea' },
    { name: 'competitiveSituation', type: 'textarea' },
    { name: 'exportOrImportCompeting', type: 'yesno' },
    { name: 'restructuringNeed', type: 'textarea' },
    { name: 'effect', type: 'textarea' },
  ];
  return (
    <>
      {inFieldOrder(specs, topLevelOrderOf('case')).map((spec) =>
        render(spec, '', content, onChange),
      )}
    </>
  );
}

export function AnchoringEditor({ kit, content, onChange, application }: EditorProps) {
  const { t } = useTranslation();
  const render = useFieldRenderer(kit);
  const companies = clusterCompanies(application);
  const unionSpecs: FieldSpec[] = [
    {
      name: 'companyOrgnr',
      type: 'select',
      options: companies.map((c) => ({ value: c.orgnr, label: c.name })),
    },
    { name: 'unionName', type: 'text' },
    { name: 'representativeName', type: 'text' },
  ];
  const unions = listOf(content, 'unions');
  return (
    <>
      {render({ name: 'employerSide', type: 'textarea' }, '', content, onChange)}
      <h2 className="ds-heading" data-size="xs">
        {t('applicant.unions')}
      </h2>
      <ItemList<Item>
        items={unions}
        readOnly={kit.readOnly}
        nameOf={(u, i) =>
          typeof u.unionName === 'string' ? u.unionName : t('applicant.unionN', { n: i + 1 })
        }
        newItem={() => ({ id: newItemId('u') })}
        addLabel={t('applicant.addUnion')}
        removeLabel={(name) => t('applicant.removeItem', { name })}
        focusIdOf={(i) => fieldIdOf(kit.sectionId, `unions[${i}].companyOrgnr`)}
        onChange={(items) => onChange({ ...content, unions: items })}
        renderItem={(item, index, change) =>
          inFieldOrder(unionSpecs, itemOrderOf('anchoring', 'unions')).map((spec) =>
            render(spec, `unions[${index}]`, item, (next) => change({ ...item, ...next })),
          )
        }
      />
      {(['roleCompanies', 'roleUnions', 'roleInstitution'] as const).map((name) =>
        render({ name, type: 'textarea' }, '', content, onChange),
      )}
    </>
  );
}
