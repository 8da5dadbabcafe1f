/**
 * R18: a structured progress plan (fremdriftsplan) with at least
 * `rules.progressPlanRequired.minActivities` dated activities, all inside the project period,
 * covering each budget phase (development and delivery).
 */
import { formatDate, formatNumber, isBlank, localize, quoteName } from './format.js';
import { defineRule, type FormalRule } from './rule.js';
import { projectBoundsOf } from './period.js';

export const progressPlanRequired = defineRule('progressPlanRequired', (context, emit) => {
  const rule = context.call.rules.progressPlanRequired;
  const plan = context.sections['progress-plan'];
  if (!rule || !plan) return;
  const { milestones } = plan;
  if (milestones.length < rule.minActivities) {
    const min = localize((l) => formatNumber(rule.minActivities, l));
    const has = localize((l) => {
      const n = milestones.length;
      if (l === 'en')
        return n === 0 ? 'no activities' : `${n} ${n === 1 ? 'activity' : 'activities'}`;
      const plural = l === 'nb' ? 'aktiviteter' : 'aktivitetar';
      return n === 0
        ? `ingen ${plural}`
        : `${formatNumber(n, l)} ${n === 1 ? 'aktivitet' : plural}`;
    });
    emit(rule, 'error', context.pathOf('progress-plan', 'milestones'), {
      nb: `Fremdriftsplanen har ${has.nb}. Den må ha minst ${min.nb} daterte aktiviteter.`,
      nn: `Framdriftsplanen har ${has.nn}. Han må ha minst ${min.nn} daterte aktivitetar.`,
      en: `The progress plan has ${has.en}. It must have at least ${min.en} dated activities.`,
    });
  }

  const bounds = projectBoundsOf(context);
  milestones.forEach((milestone, index) => {
    const n = index + 1;
    const path = (field: string) => context.pathOf('progress-plan', 'milestones', index, field);
    const which = isBlank(milestone.title)
      ? { nb: `Aktivitet nr. ${n}`, nn: `Aktivitet nr. ${n}`, en: `Activity no. ${n}` }
      : localize(
          (l) =>
            `${l === 'en' ? 'The activity' : 'Aktiviteten'} ${quoteName(milestone.title ?? '', l)}`,
        );
    if (isBlank(milestone.title)) {
      emit(rule, 'error', path('title'), {
        nb: `${which.nb} i fremdriftsplanen mangler tittel.`,
        nn: `${which.nn} i framdriftsplanen manglar tittel.`,
        en: `${which.en} in the progress plan has no title.`,
      });
    }
    const { date } = milestone;
    if (date === undefined) {
      emit(rule, 'error', path('date'), {
        nb: `${which.nb} i fremdriftsplanen mangler dato.`,
        nn: `${which.nn} i framdriftsplanen manglar dato.`,
        en: `${which.en} in the progress plan has no date.`,
      });
      return;
    }
    const given = (l: 'nb' | 'nn' | 'en') => formatDate(date, l);
    if (bounds.start !== undefined && date < bounds.start) {
      const first = localize((l) => formatDate(bounds.start ?? date, l));
      emit(rule, 'error', path('date'), {
        nb: `${which.nb} er datert ${given('nb')}, før prosjektet starter ${first.nb}.`,
        nn: `${which.nn} er datert ${given('nn')}, før prosjektet startar ${first.nn}.`,
        en: `${which.en} is dated ${given('en')}, before the project starts on ${first.en}.`,
      });
    } else if (date > bounds.end) {
      const last = localize((l) => formatDate(bounds.end, l));
      emit(rule, 'error', path('date'), {
        nb: `${which.nb} er datert ${given('nb')}, etter prosjektets siste dag, ${last.nb}.`,
        nn: `${which.nn} er datert ${given('nn')}, etter den siste dagen i prosjektet, ${last.nn}.`,
        en: `${which.en} is dated ${given('en')}, after the last day of the project, ${last.en}.`,
      });
    }
  });

  // The plan should show both development and delivery; a gap is advice, not a refusal.
  if (milestones.length === 0 || context.call.budget.phases.length < 2) return;
  for (const phase of context.call.budget.phases) {
    if (milestones.some((milestone) => milestone.phase === phase.id)) continue;
    emit(rule, 'warning', context.pathOf('progress-plan', 'milestones'), {
      nb: `Fremdriftsplanen har ingen aktivitet i fasen ${quoteName(phase.label.nb, 'nb')}.`,
      nn: `Framdriftsplanen har ingen aktivitet i fasen ${quoteName(phase.label.nn, 'nn')}.`,
      en: `The progress plan has no activity in the phase ${quoteName(phase.label.en, 'en')}.`,
    });
  }
});

export const progressPlanRules: readonly FormalRule[] = [progressPlanRequired];
