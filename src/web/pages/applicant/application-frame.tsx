/** `/applications/:id/*`: loads the application and its form once for the task list and every section. */
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { NotFoundPage } from '../public/not-found-page.js';
import { ApplicationProvider, useApplicationLoader } from './application-context.js';
import { DeadlineNotice } from './deadline-notice.js';

export function ApplicationFrame() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const errorText = useErrorText();
  const { state, value, retry } = useApplicationLoader(id);

  if (value) {
    return (
      <ApplicationProvider value={value}>
        <DeadlineNotice deadline={value.application.deadline} />
        <Outlet />
      </ApplicationProvider>
    );
  }
  if (state.status === 'error' && (state.error.status === 404 || state.error.status === 400)) {
    return <NotFoundPage />;
  }
  return (
    <>
      <LoadingTitle />
      {state.status === 'error' ? (
        <ErrorState
          level={1}
          title={t('common.errorTitle')}
          {...errorText(state.error, t('applicant.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </>
  );
}

function LoadingTitle() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.loading'));
  return null;
}
