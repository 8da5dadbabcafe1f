import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.js';

export interface ErrorText {
  message: string;
  reference: string | null;
}

/**
 * What to tell the user about a failed request: the server's own explanation (already in their
 * language) when there is one, otherwise the page's fallback; never a raw technical message.
 */
export function useErrorText(): (error: ApiError, fallback: string) => ErrorText {
  const { t } = useTranslation();
  return (error, fallback) => ({
    message:
      error.status === 0 ? t('common.networkError') : (error.detail ?? (error.title || fallback)),
    reference: error.requestId ? t('common.requestId', { id: error.requestId }) : null,
  });
}
