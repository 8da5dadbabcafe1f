/** Shown inside the layout when rendering a route throws: say so plainly, offer a way on. */
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useRouteError } from 'react-router';
import { useDocumentTitle } from './use-document-title.js';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('common.errorTitle'));
  // The details are for developers; users get a plain message.
  console.error(error);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('common.errorTitle')}
      </Heading>
      <Paragraph>{t('common.unexpectedError')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('common.backToHome')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
