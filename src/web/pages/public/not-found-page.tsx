/** Any unknown address, and a call id that does not exist. */
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useDocumentTitle } from '../../shell/use-document-title.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1} data-size="xl">
        {t('notFound.title')}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('notFound.body')}
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('common.backToHome')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
