import { Button, Details, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';

export interface JumpGroup {
  /** "Hopp til en fase i <call>" */
  label: string;
  jumps: { key: string; label: string; onJump: () => void }[];
}

interface ClockControlsProps {
  summary: string;
  groups: JumpGroup[];
  customTimeLabel: string;
  setLabel: string;
  onSetAt: (osloWallTime: string) => void;
  busy: boolean;
  /** Outcome of the last change, announced politely. */
  status: string;
}

/** Administrator controls in the demo banner: jump to a phase of a call, or to any Oslo time. */
export function ClockControls(props: ClockControlsProps) {
  const [wallTime, setWallTime] = useState('');
  const statusId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (wallTime) props.onSetAt(wallTime);
  };

  return (
    <Details className="clock-controls">
      <Details.Summary>{props.summary}</Details.Summary>
      <Details.Content>
        {props.groups.map((group) => (
          <div
            role="group"
            aria-label={group.label}
            key={group.label}
            className="clock-controls__jumps"
          >
            <p className="clock-controls__group-label" aria-hidden="true">
              {group.label}
            </p>
            {group.jumps.map((jump) => (
              <Button
                key={jump.key}
                type="button"
                variant="secondary"
                data-size="sm"
                disabled={props.busy}
                onClick={jump.onJump}
              >
                {jump.label}
              </Button>
            ))}
          </div>
        ))}
        <form className="clock-controls__custom" onSubmit={submit}>
          <Textfield
            label={props.customTimeLabel}
            type="datetime-local"
            data-size="sm"
            value={wallTime}
            onChange={(event) => setWallTime(event.target.value)}
          />
          <Button type="submit" data-size="sm" disabled={props.busy || !wallTime}>
            {props.setLabel}
          </Button>
        </form>
        <p role="status" id={statusId} className="clock-controls__status">
          {props.status}
        </p>
      </Details.Content>
    </Details>
  );
}
