/**
 * Warns a signed-in user two minutes before the server ends an idle session, and lets them stay.
 * The phase is derived from the clock on every tick rather than from timers, so a tab that slept
 * through the warning still ends up in the right state when it wakes.
 */
import { Button } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError } from '../api/client.js';
import { IdleWarningDialog } from '../app-components/idle-warning-dialog.js';
import { useRemainingText } from './use-remaining-text.js';
import { useBrowserNow } from './use-browser-now.js';
import { useSession } from './session-context.js';

const WARNING_BEFORE_MS = 2 * 60_000;

function SessionTimer({ expiresAtLocal }: { expiresAtLocal: number }) {
  const { t } = useTranslation();
  const { keepAlive, refresh } = useSession();
  const now = useBrowserNow();
  const remainingText = useRemainingText();
  const [dismissedFor, setDismissedFor] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loggedOut, setLoggedOut] = useState(false);

  const remaining = expiresAtLocal - now;
  const expired = remaining <= 0;

  useEffect(() => {
    if (!expired) return;
    // The server has ended the session by now; read it to learn so, and tell the user.
    void refresh().then((session) => {
      if (session && !session.authenticated) setLoggedOut(true);
    });
  }, [expired, refresh]);

  const onContinue = () => {
    setBusy(true);
    setError(null);
    keepAlive()
      .catch((reason: unknown) => {
        setError(
          reason instanceof ApiError && reason.title ? reason.title : t('session.keepAliveFailed'),
        );
      })
      .finally(() => setBusy(false));
  };

  const open =
    !loggedOut && !expired && remaining <= WARNING_BEFORE_MS && dismissedFor !== expiresAtLocal;
  return (
    <>
      <IdleWarningDialog
        open={open}
        title={t('session.warningTitle')}
        body={t('session.warningBody', { remaining: remainingText(remaining) })}
        closeLabel={t('session.closeDialog')}
        onClose={() => setDismissedFor(expiresAtLocal)}
        error={error}
        action={
          <Button type="button" onClick={onContinue} loading={busy}>
            {t('session.continue')}
          </Button>
        }
      />
      {loggedOut && <LoggedOutDialog />}
    </>
  );
}

function LoggedOutDialog() {
  const { t } = useTranslation();
  const location = useLocation();
  const [open, setOpen] = useState(true);
  const returnTo = encodeURIComponent(`${location.pathname}${location.search}`);
  return (
    <IdleWarningDialog
      open={open}
      title={t('session.expiredTitle')}
      body={t('session.expiredBody')}
      closeLabel={t('session.closeDialog')}
      onClose={() => setOpen(false)}
      error={null}
      action={
        <Button asChild>
          <a href={`/auth/login?returnTo=${returnTo}`}>{t('session.loginAgain')}</a>
        </Button>
      }
    />
  );
}

export function IdleWarning() {
  const { expiresAtLocal } = useSession();
  const [lastExpiry, setLastExpiry] = useState<number | null>(null);
  // Keep the timer mounted after sign-out so it can show that the user was logged out.
  if (expiresAtLocal !== null && expiresAtLocal !== lastExpiry) setLastExpiry(expiresAtLocal);
  const expiry = expiresAtLocal ?? lastExpiry;
  return expiry === null ? null : <SessionTimer expiresAtLocal={expiry} />;
}
