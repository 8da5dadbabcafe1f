import { describe, expect, it } from 'vitest';
import { parseClamdAddress } from './clamd-address.js';
import { ClamdError, parseScanReply } from './clamd-reply.js';

describe('TILSKUDD_CLAMD', () => {
  it('reads a unix socket and a TCP address', () => {
    expect(parseClamdAddress('unix:/run/clamav/clamd.ctl')).toEqual({
      kind: 'unix',
      path: '/run/clamav/clamd.ctl',
    });
    expect(parseClamdAddress('tcp:127.0.0.1:3310')).toEqual({
      kind: 'tcp',
      host: '127.0.0.1',
      port: 3310,
    });
    expect(parseClamdAddress('tcp:[::1]:3310')).toEqual({ kind: 'tcp', host: '::1', port: 3310 });
  });

  it.each(['clamd.ctl', 'unix:relative.sock', 'tcp:localhost', 'tcp::3310', 'tcp:h:0', 'tcp:h:x'])(
    'refuses %s with the expected form',
    (setting) => {
      expect(() => parseClamdAddress(setting)).toThrow(/expected/);
    },
  );
});

describe("clamd's answer to INSTREAM", () => {
  it('reads OK and FOUND with the signature name', () => {
    expect(parseScanReply('stream: OK\0')).toEqual({ verdict: 'clean' });
    expect(parseScanReply('stream: Win.Test.EICAR_HDB-1 FOUND\0')).toEqual({
      verdict: 'infected',
      signature: 'Win.Test.EICAR_HDB-1',
    });
  });

  it('turns a size limit and a scan error into a refusal, not a verdict', () => {
    const limit = (): unknown => parseScanReply('INSTREAM size limit exceeded. ERROR\0');
    expect(limit).toThrow(ClamdError);
    expect(limit).toThrow(/size limit/);
    try {
      parseScanReply("stream: Can't allocate memory ERROR");
    } catch (error) {
      expect(error).toBeInstanceOf(ClamdError);
      expect((error as ClamdError).kind).toBe('refused');
      expect((error as ClamdError).transient).toBe(false);
    }
  });

  it('calls anything else a protocol error', () => {
    expect(() => parseScanReply('HTTP/1.1 400 Bad Request')).toThrow(/unexpected/);
  });
});
