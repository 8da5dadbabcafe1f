import { describe, expect, it } from 'vitest';
import { describeSmtpUrl } from './smtp-sender.js';

describe('the SMTP URL in logs', () => {
  it('names the relay and user, never the password', () => {
    expect(describeSmtpUrl('smtps://tilskudd:hemmelig@relay.example:465')).toBe(
      'smtps://tilskudd@relay.example:465',
    );
    expect(describeSmtpUrl('smtp://127.0.0.1:2525')).toBe('smtp://127.0.0.1:2525');
  });
});
