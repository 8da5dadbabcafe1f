import { formatCalendarDate } from '../format.js';
import type { Locale } from '../api/types.js';

interface Mark {
  id: string;
  date: string;
  label: string;
}

interface PeriodTimelineProps {
  start: string;
  end: string;
  /** The call's latest end date, marked on the line. */
  endLatest: string;
  endLatestLabel: string;
  marks: Mark[];
  locale: Locale;
  label: string;
}

function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/**
 * The milestones on a line over the project period; drawn for sighted readers, while the same dates
 * are in the list beside it, so the drawing is hidden from screen readers.
 */
export function PeriodTimeline(props: PeriodTimelineProps) {
  const dated = props.marks.filter((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.date));
  const days = [props.start, props.end, props.endLatest, ...dated.map((m) => m.date)].map(dayOf);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const position = (date: string) =>
    `${last === first ? 0 : ((dayOf(date) - first) / (last - first)) * 100}%`;
  return (
    <figure className="timeline" aria-label={props.label}>
      <div className="timeline__line" aria-hidden="true">
        {dated.map((m) => (
          <span
            key={m.id}
            className="timeline__mark"
            style={{ left: position(m.date) }}
            title={m.label}
          />
        ))}
        <span className="timeline__limit" style={{ left: position(props.endLatest) }} />
      </div>
      <figcaption className="timeline__legend">
        <span>{formatCalendarDate(props.start, props.locale)}</span>
        <span className="timeline__limit-label">
          {props.endLatestLabel}: {formatCalendarDate(props.endLatest, props.locale)}
        </span>
      </figcaption>
    </figure>
  );
}
