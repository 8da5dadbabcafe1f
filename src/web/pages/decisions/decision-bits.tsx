/** Small pieces the decision and appeal pages share: tags, paths, amounts and the letter links. */
import { Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { decisionApi } from '../../api/decisions.js';
import type {
  AppealState,
  DecisionKind,
  DecisionState,
  DecisionSummary,
} from '../../api/decision-types.js';
import { formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useSignedIn } from '../../shell/session-context.js';

export { DECISION_STATES } from '../../../domain/decisions/decision-state.js';

type TagColour = 'info' | 'success' | 'neutral' | 'warning' | 'danger';

const kindColours: Record<DecisionKind, TagColour> = {
  innvilget: 'success',
  delvis_innvilget: 'info',
  avslatt: 'neutral',
  avvist: 'danger',
  reserve: 'warning',
};

export function DecisionKindTag({ kind }: { kind: DecisionKind }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={kindColours[kind]}>
      {t(`decisions.kind.${kind}`)}
    </Tag>
  );
}

const stateColours: Record<DecisionState, TagColour> = {
  drafted: 'neutral',
  approved: 'info',
  issued: 'success',
  appealed: 'warning',
  reconsidered: 'info',
  forwarded: 'warning',
  settled: 'success',
};

export function DecisionStateTag({ state }: { state: DecisionState }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={stateColours[state]}>
      {t(`decisions.state.${state}`)}
    </Tag>
  );
}

const appealColours: Record<AppealState, TagColour> = {
  received: 'warning',
  preliminary_reply_sent: 'info',
  reconsidered: 'success',
  forwarded: 'info',
  settled: 'success',
};

export function AppealStateTag({ state }: { state: AppealState }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={appealColours[state]}>
      {t(`decisions.appealState.${state}`)}
    </Tag>
  );
}

const enc = encodeURIComponent;
export const decisionsPath = (callId: string) => `/calls/${enc(callId)}/decisions`;
export const decisionPath = (decisionId: string) => `/decisions/${enc(decisionId)}`;
export const appealsPath = (callId: string) => `/calls/${enc(callId)}/appeals`;
export const appealPath = (appealId: string) => `/appeals/${enc(appealId)}`;

/** The amount a decision gives, its reserve place, or a dash for none. */
export function useAmountText(): (
  d: Pick<DecisionSummary, 'grantNok' | 'reservePosition'>,
) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (d) => {
    if (d.grantNok !== null) return formatNok(d.grantNok, locale);
    if (d.reservePosition !== null) return t('decisions.reservePlace', { n: d.reservePosition });
    return '–';
  };
}

/**
 * Whether the signed-in person drafted the decision: the server refuses their approval (four
 * eyes); the page says why before they try. The server names the drafter by name or by id.
 */
export function useIsOwnDraft(): (draftedBy: string) => boolean {
  const session = useSignedIn();
  return (draftedBy) =>
    session !== null && (draftedBy === session.user.id || draftedBy === session.user.name);
}

/** The letter as sent (nb or nn) and the English courtesy copy, rendered on request. */
export function LetterLinks({ decision }: { decision: DecisionSummary }) {
  const { t } = useTranslation();
  return (
    <span className="letter-links">
      <Link href={decisionApi.letterUrl(decision.id, decision.language)}>
        {t('decisions.letter.sent', { lang: t(`language.${decision.language}`) })}
      </Link>
      <Link href={decisionApi.letterUrl(decision.id, 'en')} hrefLang="en">
        {t('decisions.letter.english')}
      </Link>
    </span>
  );
}
