/** Course offerings: add, edit and remove, studiepoeng typed the Norwegian way ("7,5"). */
import { useTranslation } from 'react-i18next';
import { ItemList } from '../../../app-components/item-list.js';
import { formatDecimal } from '../../../norwegian-number.js';
import { fieldIdOf } from '../application-model.js';
import { clusterCompanies, listOf, type EditorProps, type Item } from './editor-props.js';
import { inFieldOrder, itemOrderOf } from './field-order.js';
import { newItemId, useFieldRenderer, type FieldSpec } from './section-kit.js';

const LEVELS = ['university', 'university-college'];
const MODES = ['online', 'hybrid', 'campus'];

export function OfferingsEditor({ kit, content, onChange, form, application }: EditorProps) {
  const { t } = useTranslation();
  const render = useFieldRenderer(kit);
  const maxSp = form.rules.maxStudiepoengPerOffering?.max;
  const fields: FieldSpec[] = [
    { name: 'title', type: 'text' },
    {
      name: 'level',
      type: 'select',
      options: LEVELS.map((v) => ({ value: v, label: t(`applicant.level.${v}`) })),
    },
    {
      name: 'studiepoeng',
      type: 'decimal',
      description:
        maxSp === undefined
          ? t('applicant.studiepoengHelp')
          : t('applicant.studiepoengMax', { max: formatDecimal(maxSp, kit.locale) }),
    },
    { name: 'modules', type: 'textarea' },
    {
      name: 'deliveryMode',
      type: 'select',
      options: MODES.map((v) => ({ value: v, label: t(`applicant.mode.${v}`) })),
    },
    { name: 'schedule', type: 'textarea' },
    { name: 'fitsFullTimeWork', type: 'yesno' },
    { name: 'fitsFullTimeWorkDescription', type: 'textarea' },
    { name: 'startDate', type: 'date' },
    { name: 'endDate', type: 'date' },
    { name: 'competenceNeed', type: 'textarea' },
    { name: 'workRelevance', type: 'textarea' },
    {
      name: 'companyOrgnrs',
      type: 'checklist',
      options: clusterCompanies(application).map((c) => ({ value: c.orgnr, label: c.name })),
    },
  ];
  const specs = inFieldOrder(fields, itemOrderOf('offerings', 'offerings'));
  return (
    <ItemList<Item>
      items={listOf(content, 'offerings')}
      readOnly={kit.readOnly}
      nameOf={(o, i) =>
        typeof o.title === 'string' && o.title ? o.title : t('applicant.offeringN', { n: i + 1 })
      }
      newItem={() => ({ id: newItemId('o'), companyOrgnrs: [] })}
      addLabel={t('applicant.addOffering')}
      removeLabel={(name) => t('applicant.removeItem', { name })}
      focusIdOf={(i) => fieldIdOf(kit.sectionId, `offerings[${i}].title`)}
      onChange={(items) => onChange({ ...content, offerings: items })}
      renderItem={(item, index, change) =>
        specs.map((spec) =>
          render(spec, `offerings[${index}]`, item, (next) => change({ ...item, ...next })),
        )
      }
    />
  );
}
