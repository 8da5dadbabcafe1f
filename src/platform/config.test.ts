/**
 * The configuration rules that decide who can sign people in: a real issuer never runs beside the
 * built-in one, and the trust-proxy and timeout settings are read as documented.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

const realIssuer = {
  OIDC_ISSUER: 'https://idporten.example',
  OIDC_CLIENT_ID: 'tilskudd',
  OIDC_CLIENT_SECRET: 'secret',
  PUBLIC_URL: 'https://tilskudd.example',
};

function configError(env: NodeJS.ProcessEnv): string {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('a real issuer never runs beside the built-in one (14.4)', () => {
  it('OIDC_ISSUER without NODE_ENV=production signs in with that issuer, not the demo', () => {
    const config = readConfig({ NODE_ENV: 'development', ...realIssuer });
    expect(config.production).toBe(false);
    expect(config.demo).toBe(false);
    expect(config.oidc.issuer).toBe('https://idporten.example');
  });

  it('OIDC_STAFF_ISSUER alone also turns the demo off (and then asks for the rest)', () => {
    const message = configError({
      OIDC_STAFF_ISSUER: 'https://staff.example',
      OIDC_STAFF_CLIENT_ID: 'x',
      OIDC_STAFF_CLIENT_SECRET: 'y',
    });
    expect(message).toMatch(/OIDC_ISSUER: required outside demo mode \(an OIDC issuer is set\)/);
  });

  it('refuses TILSKUDD_DEMO=1 together with OIDC_ISSUER, naming both', () => {
    const message = configError({ ...realIssuer, TILSKUDD_DEMO: '1' });
    expect(message).toContain('TILSKUDD_DEMO');
    expect(message).toContain('OIDC_ISSUER');
    expect(message).toContain('https://idporten.example');
  });

  it('refuses OIDC_ISSUER without the client it needs, instead of falling back to the demo', () => {
    const message = configError({ OIDC_ISSUER: 'https://idporten.example' });
    expect(message).toContain('OIDC_CLIENT_ID: required outside demo mode');
    expect(message).toContain('OIDC_CLIENT_SECRET: required outside demo mode');
  });

  it('still runs the demo when no issuer is named', () => {
    expect(readConfig({}).demo).toBe(true);
  });
});

describe('TILSKUDD_TRUST_PROXY (14.6)', () => {
  it('trusts no proxy unless told', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TILSKUDD_TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });

  it('reads a hop count', () => {
    expect(readConfig({ TILSKUDD_TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });

  it('reads addresses, CIDR ranges and proxy-addr range names', () => {
    expect(
      readConfig({ TILSKUDD_TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,::1,fd00::/8,loopback' })
        .trustProxy,
    ).toEqual(['10.0.0.5', '192.168.0.0/16', '::1', 'fd00::/8', 'loopback']);
  });

  it('refuses to trust everyone, and names what it cannot read', () => {
    expect(configError({ TILSKUDD_TRUST_PROXY: 'true' })).toMatch(
      /TILSKUDD_TRUST_PROXY: trusting every address lets any client choose its own address/,
    );
    expect(configError({ TILSKUDD_TRUST_PROXY: '10.0.0.0/33,proxy.local' })).toContain(
      'TILSKUDD_TRUST_PROXY: not an IP address, CIDR range, hop count or one of loopback, linklocal, uniquelocal: 10.0.0.0/33, proxy.local',
    );
  });
});

describe('e-mail settings', () => {
  it('without SMTP_URL (or with it empty) mail goes to the dev mailbox on a free port', () => {
    expect(readConfig({}).mail).toEqual({
      smtpUrl: undefined,
      from: 'Tilskudd <noreply@tilskudd.localhost>',
      devSmtpPort: 0,
    });
    expect(readConfig({ SMTP_URL: '' }).mail.smtpUrl).toBeUndefined();
  });

  it('takes an smtp:// or smtps:// relay and refuses anything else by name', () => {
    const url = 'smtps://tilskudd:secret@relay.example:465';
    expect(readConfig({ SMTP_URL: url, SMTP_FROM: 'HK-dir <tilskudd@hkdir.no>' }).mail).toEqual({
      smtpUrl: url,
      from: 'HK-dir <tilskudd@hkdir.no>',
      devSmtpPort: 0,
    });
    expect(configError({ SMTP_URL: 'https://relay.example' })).toContain(
      'SMTP_URL: an smtp:// or smtps:// URL',
    );
  });
});
