/**
 * The panel beside the call text: where the call stands right now (on the server's clock), the
 * money, the dates, who may apply, whom to ask, and the start button while the form is open.
 */
import { Button, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PublicCallView } from '../../api/types.js';
import { FactList } from '../../app-components/fact-list.js';
import { PhaseTag } from '../../app-components/phase-tag.js';
import {
  callPhaseAt,
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatNok,
  formatOsloWeekdayDateTime,
  pickLocalized,
} from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useClock, useServerNow } from '../../shell/clock-context.js';
import { useRemainingText } from '../../shell/use-remaining-text.js';

function LiveStatus({ call }: { call: PublicCallView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useServerNow();
  const remainingText = useRemainingText();
  // The server says "unpublished" only for a call it hides; otherwise the phase follows the clock.
  const phase = call.phase === 'unpublished' ? call.phase : callPhaseAt(call.dates, now);
  const deadline = new Date(call.dates.deadline);
  const opens = new Date(call.dates.formOpens);

  let countdown: string | null = null;
  if (phase === 'open') {
    countdown = t('call.countdownDeadline', {
      remaining: remainingText(deadline.getTime() - now.getTime()),
    });
  } else if (phase === 'published') {
    countdown = t('call.countdownOpens', {
      remaining: remainingText(opens.getTime() - now.getTime()),
    });
  } else if (phase === 'closed') {
    countdown = t('call.closedSince', { deadline: formatOsloWeekdayDateTime(deadline, locale) });
  }

  return (
    <div className="call-status">
      <PhaseTag phase={phase} label={t(`phase.${phase}`)} />
      {countdown && (
        // A timer role is not announced on every tick; the text is there when the reader looks.
        <p role="timer" className="call-status__countdown">
          {countdown}
        </p>
      )}
    </div>
  );
}

/** "Start application" works only while the form is open on the server's clock. */
function StartButton({ call }: { call: PublicCallView }) {
  const { t } = useTranslation();
  const now = useServerNow();
  const phase = call.phase === 'unpublished' ? call.phase : callPhaseAt(call.dates, now);
  if (phase === 'open') {
    return (
      <div className="call-facts__start">
        <Button asChild>
          <RouterLink to={`/calls/${encodeURIComponent(call.id)}/start`}>
            {t('call.start')}
          </RouterLink>
        </Button>
      </div>
    );
  }
  return (
    <div className="call-facts__start">
      <Button type="button" disabled aria-describedby="call-start-later">
        {t('call.start')}
      </Button>
      <Paragraph data-size="sm" id="call-start-later">
        {t(phase === 'closed' ? 'call.startClosed' : 'call.startLater')}
      </Paragraph>
    </div>
  );
}

export function CallKeyFacts({ call }: { call: PublicCallView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { ready } = useClock();
  const { dates, contact, eligibility } = call;
  const phoneHref = `tel:${contact.phone.replace(/[^\d+]/g, '')}`;

  return (
    <section className="call-facts" aria-labelledby="call-facts-heading">
      <Heading level={2} data-size="xs" id="call-facts-heading">
        {t('call.keyFacts')}
      </Heading>
      {ready && <LiveStatus call={call} />}
      <FactList
        facts={[
          { key: 'pot', term: t('call.pot'), value: formatNok(call.potNok, locale) },
          {
            key: 'deadline',
            term: t('call.deadline'),
            value: formatOsloWeekdayDateTime(new Date(dates.deadline), locale),
          },
        ]}
      />
      {ready && <StartButton call={call} />}

      <Heading level={3} data-size="2xs">
        {t('call.dates')}
      </Heading>
      <FactList
        facts={[
          {
            key: 'published',
            term: t('call.published'),
            value: formatDate(new Date(dates.pagePublished), locale),
          },
          {
            key: 'opens',
            term: t('call.formOpens'),
            value: formatDateTime(new Date(dates.formOpens), locale),
          },
          {
            key: 'deadline',
            term: t('call.deadline'),
            value: formatOsloWeekdayDateTime(new Date(dates.deadline), locale),
          },
          {
            key: 'start',
            term: t('call.projectStartLatest'),
            value: formatCalendarDate(dates.projectStartLatest, locale),
          },
          {
            key: 'end',
            term: t('call.projectEndLatest'),
            value: formatCalendarDate(dates.projectEndLatest, locale),
          },
        ]}
      />
      <Paragraph data-size="sm">{t('call.osloTimeNote')}</Paragraph>

      <Heading level={3} data-size="2xs">
        {t('call.eligibility')}
      </Heading>
      <Paragraph>{pickLocalized(eligibility.summary, locale)}</Paragraph>
      {eligibility.institutionCategories.length > 0 && (
        <List.Unordered>
          {eligibility.institutionCategories.map((category) => (
            <List.Item key={category}>
              {t(`institutionCategory.${category}`, { defaultValue: category })}
            </List.Item>
          ))}
        </List.Unordered>
      )}
      {eligibility.privateRequiresPublicFunding && (
        <Paragraph data-size="sm">{t('call.privateRequiresPublicFunding')}</Paragraph>
      )}

      <Heading level={3} data-size="2xs">
        {t('call.contact')}
      </Heading>
      <address className="call-contact">
        <Paragraph>
          <strong>{contact.name}</strong>
          <br />
          {pickLocalized(contact.organisation, locale)}
        </Paragraph>
        <FactList
          facts={[
            {
              key: 'phone',
              term: t('call.phone'),
              value: <Link href={phoneHref}>{contact.phone}</Link>,
            },
            {
              key: 'email',
              term: t('call.email'),
              value: <Link href={`mailto:${contact.email}`}>{contact.email}</Link>,
            },
          ]}
        />
      </address>
    </section>
  );
}
