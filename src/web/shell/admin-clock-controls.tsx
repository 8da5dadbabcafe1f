/** The demo banner's clock controls for administrators: jump to a phase, or to any Oslo time. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { osloWallTimeToInstant } from '../../domain/time/oslo.js';
import { formatDateTime, pickLocalized } from '../format.js';
import { ApiError, api } from '../api/client.js';
import type { ClockJump, ClockJumpRequest, Localized } from '../api/types.js';
import { ClockControls } from '../app-components/clock-controls.js';
import type { JumpGroup } from '../app-components/clock-controls.js';
import { useLocale } from '../i18n/index.js';
import { useClock } from './clock-context.js';

export function AdminClockControls({ jumps }: { jumps: ClockJump[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { setClock } = useClock();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const titles = useCallTitles();

  const run = (request: ClockJumpRequest) => {
    setBusy(true);
    setClock(request)
      .then((view) => {
        setStatus(t('demo.changed', { time: formatDateTime(new Date(view.now), locale) }));
      })
      .catch((error: unknown) => {
        const reason = error instanceof ApiError ? (error.detail ?? error.title) : '';
        setStatus(reason ? `${t('demo.failed')} ${reason}` : t('demo.failed'));
      })
      .finally(() => setBusy(false));
  };

  const callIds = [...new Set(jumps.map((jump) => jump.callId))];
  const groups: JumpGroup[] = callIds.map((callId) => {
    const title = titles.get(callId);
    return {
      label: t('demo.jumpsFor', { call: title ? pickLocalized(title, locale) : callId }),
      jumps: jumps
        .filter((jump) => jump.callId === callId)
        .map((jump) => ({
          key: `${callId}-${jump.id}`,
          label: t(`demo.jump.${jump.id}`),
          onJump: () => run({ callId, phase: jump.id }),
        })),
    };
  });

  return (
    <ClockControls
      summary={t('demo.controls')}
      groups={groups}
      customTimeLabel={t('demo.customTime')}
      setLabel={t('demo.set')}
      onSetAt={(wall) => run({ at: osloWallTimeToInstant(wall).toISOString() })}
      busy={busy}
      status={status}
    />
  );
}

/**
 * The calls' titles by id, so the controls name a call as people know it. The public list has
 * every call with a published page; a call not yet published keeps its id.
 */
function useCallTitles(): ReadonlyMap<string, Localized> {
  const [titles, setTitles] = useState<ReadonlyMap<string, Localized>>(new Map());
  useEffect(() => {
    let current = true;
    api.listCalls().then(
      (calls) => current && setTitles(new Map(calls.map((c) => [c.id, c.title]))),
      // Without the list the ids still tell the calls apart.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return titles;
}
