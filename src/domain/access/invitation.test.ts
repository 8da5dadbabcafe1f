import { describe, expect, it } from 'vitest';
import { invitationExpiresAt, isEmailAddress, normalizeEmail } from './invitation.js';

describe('invitation e-mail addresses', () => {
  it.each(['kari.nordmann@ntnu.no', 'k+tilskudd@sub.example.org', 'o_l-a@høyskolen.no'])(
    'accepts %s',
    (email) => expect(isEmailAddress(email)).toBe(true),
  );

  it.each([
    '',
    'kari',
    'kari@',
    '@ntnu.no',
    'kari@ntnu',
    'kari nordmann@ntnu.no',
    'kari@@ntnu.no',
    '.kari@ntnu.no',
    'kari..n@ntnu.no',
    'kari@ntnu..no',
    '<kari@ntnu.no>',
    `${'k'.repeat(65)}@ntnu.no`,
    `kari@${'a'.repeat(250)}.no`,
  ])('refuses %j', (email) => expect(isEmailAddress(email)).toBe(false));

  it('compares addresses trimmed and lower-cased', () => {
    expect(normalizeEmail('  Kari.Nordmann@NTNU.no ')).toBe('kari.nordmann@ntnu.no');
  });
});

describe('invitation lifetime', () => {
  const created = new Date('2021-09-13T07:00:00Z');
  const expiresAt = invitationExpiresAt(created).toISOString();

  it('lives 14 days', () => {
    expect(expiresAt).toBe('2021-09-27T07:00:00.000Z');
  });
});
