import { OSLO_TIME_ZONE } from '../../../domain/time/oslo.js';

/** "14:02", the Oslo wall-clock time of an instant (deadlines and saves are in Norwegian time). */
export function formatOsloTime(instant: Date): string {
  return new Intl.DateTimeFormat('nb-NO', {
    timeZone: OSLO_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}
