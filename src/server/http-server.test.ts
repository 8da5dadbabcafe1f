/** When an idle connection is cut, and when it is left alone (issue 14.7). */
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { idleVerdict, trustProxyOption } from './http-server.js';

function response(state: { complete: boolean; headersSent: boolean; finished?: boolean }) {
  // Only the fields idleVerdict reads; a real ServerResponse needs a socket.
  return {
    req: { complete: state.complete },
    headersSent: state.headersSent,
    writableFinished: state.finished ?? false,
  } as unknown as ServerResponse;
}

describe('idleVerdict', () => {
  it('answers 408 when the body stops arriving before any answer', () => {
    expect(idleVerdict(response({ complete: false, headersSent: false }))).toBe('answer-408');
  });
  it('leaves a complete request alone while the app works on it', () => {
    expect(idleVerdict(response({ complete: true, headersSent: false }))).toBe('keep');
  });
  it('closes when the client stops reading the answer', () => {
    expect(idleVerdict(response({ complete: true, headersSent: true }))).toBe('close');
  });
  it('closes an idle connection with nothing in flight', () => {
    expect(idleVerdict(undefined)).toBe('close');
    expect(idleVerdict(response({ complete: true, headersSent: true, finished: true }))).toBe(
      'close',
    );
  });
});

describe('trustProxyOption', () => {
  it('trusts the given number of nearest hops and no more', () => {
    const trust = trustProxyOption(2);
    if (typeof trust !== 'function') throw new Error('expected a function for a hop count');
    expect([0, 1, 2].map((hop) => trust('10.0.0.1', hop))).toEqual([true, true, false]);
  });
  it('passes addresses and "none" through', () => {
    expect(trustProxyOption(['10.0.0.1'])).toEqual(['10.0.0.1']);
    expect(trustProxyOption(false)).toBe(false);
  });
});
