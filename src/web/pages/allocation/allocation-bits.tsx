/** Small pieces the allocation pages share: tags, labels, links and the rank chain in words. */
import { Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type {
  AllocationCaseView,
  AllocationWorkspace,
  AllocationMethodView,
  Placement,
  ScenarioState,
} from '../../api/allocation-types.js';
import type { Locale } from '../../api/types.js';
import { formatNok } from '../../format.js';

export { isEditable as isEditableState } from '../../../domain/allocation/model.js';

const stateColours: Record<ScenarioState, 'neutral' | 'info' | 'warning' | 'success'> = {
  draft: 'neutral',
  proposed: 'info',
  returned: 'warning',
  approved: 'success',
  superseded: 'neutral',
};

export function ScenarioStateTag({ state }: { state: ScenarioState }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={stateColours[state]}>
      {t(`allocation.state.${state}`)}
    </Tag>
  );
}

const placementColours: Record<Placement, 'success' | 'info' | 'neutral'> = {
  main: 'success',
  reserve: 'info',
  refused: 'neutral',
};

export function PlacementTag({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={placementColours[placement]}>
      {t(`allocation.placement.${placement}`)}
    </Tag>
  );
}

export const allocationPath = (callId: string) => `/calls/${encodeURIComponent(callId)}/allocation`;
export const scenarioPath = (scenarioId: string) =>
  `/allocation/scenarios/${encodeURIComponent(scenarioId)}`;
export const comparePath = (callId: string, a: string, b: string) =>
  `${allocationPath(callId)}/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

/** The call's rank chain as one sentence: "consensus conclusion → mean score → …". */
export function rankChainText(method: AllocationMethodView, t: TFunction): string {
  return method.rankBy.map((key) => t(`allocation.rankKey.${key.key}`)).join(' → ');
}

/** The call's optional limits, each in words; none when the call sets none. */
export function limitTexts(method: AllocationMethodView, t: TFunction, locale: Locale): string[] {
  const l = method.limits;
  const out: string[] = [];
  if (l.maxPerInstitutionNok !== undefined) {
    out.push(
      t('allocation.limit.maxPerInstitution', { nok: formatNok(l.maxPerInstitutionNok, locale) }),
    );
  }
  if (l.minCounties !== undefined)
    out.push(t('allocation.limit.minCounties', { count: l.minCounties }));
  if (l.minGrantNok !== undefined) {
    out.push(t('allocation.limit.minGrant', { nok: formatNok(l.minGrantNok, locale) }));
  }
  if (l.maxGrantNok !== undefined) {
    out.push(t('allocation.limit.maxGrant', { nok: formatNok(l.maxGrantNok, locale) }));
  }
  if (l.minPartialShare !== undefined) {
    out.push(
      t('allocation.limit.minPartialShare', { percent: Math.round(l.minPartialShare * 100) }),
    );
  }
  return out;
}

/** Cases of the workspace by id. */
export function caseIndex(cases: AllocationCaseView[]): Map<string, AllocationCaseView> {
  return new Map(cases.map((c) => [c.caseId, c]));
}

/** "SAK-KOMP21-0029 Title" for a label; a removed case still reads as its id. */
export function caseLabel(c: AllocationCaseView | undefined, caseId: string): string {
  return c ? `${c.caseNumber} ${c.title}` : caseId;
}

/**
 * The rank after which the cut line is drawn: the baseline's `cutRank` is the first recommended
 * case not funded in full, so the line comes before it, or after it when the baseline funds it
 * in part (a partial grant at the budget line). 0 draws it above the first case; null: no line.
 */
export function cutLineAfter(workspace: AllocationWorkspace): number | null {
  const cut = workspace.baseline.cutRank;
  if (cut === null) return null;
  const atCut = workspace.cases.find((c) => c.rank === cut);
  const entry = atCut && workspace.baseline.entries.find((e) => e.caseId === atCut.caseId);
  return entry?.placement === 'main' ? cut : cut - 1;
}
