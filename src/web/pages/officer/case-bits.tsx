/** Small pieces the case-handling pages share: status tags, breadcrumbs, number parsing. */
import { Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AssignmentStatus, CaseStatus, Recommendation } from '../../api/case-types.js';
import { ApiError } from '../../api/client.js';
import { BreadcrumbsNav } from '../../app-components/breadcrumbs-nav.js';
import { useErrorText } from '../../shell/use-error-text.js';

type TagColour = 'info' | 'success' | 'neutral' | 'warning' | 'danger';

const caseColours: Record<CaseStatus, TagColour> = {
  formal_check: 'info',
  proposed_rejection: 'danger',
  awaiting_assessors: 'warning',
  in_assessment: 'info',
  assessed: 'success',
  consensus_recorded: 'success',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={caseColours[status]} className="case-status">
      {t(`cases.status.${status}`)}
    </Tag>
  );
}

const assignmentColours: Record<AssignmentStatus, TagColour> = {
  awaiting_declaration: 'warning',
  active: 'success',
  removed_conflict: 'danger',
  removed: 'neutral',
};

export function AssignmentStatusTag({ status }: { status: AssignmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={assignmentColours[status]}>
      {t(`cases.assignmentStatus.${status}`)}
    </Tag>
  );
}

export const RECOMMENDATIONS: readonly Recommendation[] = ['fund', 'fund_partly', 'do_not_fund'];

interface Crumb {
  to: string;
  label: string;
}

/** Saksbehandling › (the call's cases) › (current page). */
export function CaseBreadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const { t } = useTranslation();
  const links = [
    <Link asChild key="home">
      <RouterLink to="/cases">{t('cases.home.title')}</RouterLink>
    </Link>,
    ...trail.map((crumb) => (
      <Link asChild key={crumb.to}>
        <RouterLink to={crumb.to}>{crumb.label}</RouterLink>
      </Link>
    )),
    <span key="current" aria-current="page">
      {current}
    </span>,
  ];
  return <BreadcrumbsNav label={t('common.breadcrumbs')} links={links} />;
}

/** A whole number typed by a person ("1 234 567" too), or undefined when empty or not a number. */
export function parseWhole(text: string | null): number | undefined {
  if (text === null) return undefined;
  const cleaned = text.replace(/[\s\u00a0]/g, '');
  if (!/^\d+$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** "4,3" / "4.3": a mean score with one decimal in the reader's language. */
export function formatScore(value: number | null, locale: string, digits = 1): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** Runs a request for a panel, turning a failure into the text the user should read. */
export function useRunner(fallbackKey: string) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return async <T,>(
    action: () => Promise<T>,
    setError: (message: string | null) => void,
  ): Promise<{ ok: true; value: T } | { ok: false; error: ApiError }> => {
    setError(null);
    try {
      return { ok: true, value: await action() };
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, {});
      setError(errorText(error, t(fallbackKey)).message);
      return { ok: false, error };
    }
  };
}

/** The minimum length of a reason the server accepts (overrule, override, reopen). */
export const MIN_REASON = 10;
