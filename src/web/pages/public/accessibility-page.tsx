/**
 * `/accessibility`: the accessibility statement (tilgjengelighetserklæring) in the shape Norwegian
 * public bodies publish it: status against WCAG 2.1 AA, how it was tested, known gaps, feedback and
 * the supervisory authority.
 */
import { Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { site } from '../../site.js';

export function AccessibilityPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  useDocumentTitle(t('a11y.title'));
  const email = site.accessibilityContactEmail;

  return (
    <article className="prose">
      <Heading level={1} data-size="xl">
        {t('a11y.title')}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('a11y.intro', { grantBody: site.grantBody.name[locale] })}
      </Paragraph>

      <Heading level={2} data-size="sm">
        {t('a11y.statusHeading')}
      </Heading>
      <Paragraph variant="long">{t('a11y.status')}</Paragraph>

      <Heading level={2} data-size="sm">
        {t('a11y.testingHeading')}
      </Heading>
      <Paragraph variant="long">{t('a11y.testingIntro')}</Paragraph>
      <List.Unordered>
        <List.Item>{t('a11y.testingAxe')}</List.Item>
        <List.Item>{t('a11y.testingKeyboard')}</List.Item>
        <List.Item>{t('a11y.testingZoom')}</List.Item>
        <List.Item>{t('a11y.testingStructure')}</List.Item>
      </List.Unordered>
      <Paragraph variant="long">{t('a11y.testingLimits')}</Paragraph>

      <Heading level={2} data-size="sm">
        {t('a11y.gapsHeading')}
      </Heading>
      <Paragraph variant="long">{t('a11y.gaps')}</Paragraph>

      <Heading level={2} data-size="sm">
        {t('a11y.feedbackHeading')}
      </Heading>
      <Paragraph variant="long">{t('a11y.feedback')}</Paragraph>
      <Paragraph>
        {t('a11y.feedbackEmail')} <Link href={`mailto:${email}`}>{email}</Link>
      </Paragraph>

      <Heading level={2} data-size="sm">
        {t('a11y.authorityHeading')}
      </Heading>
      <Paragraph variant="long">{t('a11y.authority')}</Paragraph>
      <Paragraph>
        <Link href={site.supervisoryAuthorityUrl}>{t('a11y.authorityLink')}</Link>
      </Paragraph>

      <Paragraph data-size="sm" className="prose__updated">
        {t('a11y.updated', {
          date: formatCalendarDate(site.accessibilityStatementUpdated, locale),
        })}
      </Paragraph>
    </article>
  );
}
