import { describe, expect, it } from 'vitest';
import { REDACTED, redactEvent, TOMBSTONE_NAME, type ErasedPerson } from './redact-event.js';

const kari: ErasedPerson = {
  userId: 'u1',
  name: 'Kari Nordmann',
  email: 'kari@ntnu.example',
  subject: 'dev-idp|kari',
};

describe('redacting an audit event', () => {
  it('R32: replaces the actor label and every value naming the person, nothing else', () => {
    const out = redactEvent(
      {
        actor_user_id: 'u2',
        actor_label: 'Ola',
        detail: JSON.stringify({
          email: 'KARI@ntnu.example',
          list: ['Kari Nordmann', 'Kari'],
          n: 3,
        }),
      },
      kari,
    );
    expect(out).toEqual({
      actor_label: 'Ola',
      detail: JSON.stringify({ email: REDACTED, list: [REDACTED, 'Kari'], n: 3 }),
    });
    expect(
      redactEvent({ actor_user_id: 'u1', actor_label: 'Kari Nordmann', detail: '{}' }, kari),
    ).toEqual({ actor_label: TOMBSTONE_NAME, detail: '{}' });
  });

  it('R32: leaves an event that holds nothing of the person alone', () => {
    expect(redactEvent({ actor_user_id: 'u2', actor_label: 'Ola', detail: '{"a":1}' }, kari)).toBe(
      null,
    );
  });
});
