/**
 * A stray network call fails the test: integration tests may talk to loopback only (the app under
 * test, local fakes, PostgreSQL). Anything else is a bug or a missing fake.
 */
import net from 'node:net';

const loopback = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);
const originalConnect = net.Socket.prototype.connect;

type ConnectArgs = Parameters<typeof originalConnect>;

net.Socket.prototype.connect = function connectLoopbackOnly(
  this: net.Socket,
  ...args: ConnectArgs
) {
  const first: unknown = args[0];
  const options =
    typeof first === 'object' && first !== null && !Array.isArray(first)
      ? (first as { host?: string | null; path?: string })
      : undefined;
  const second: unknown = args[1];
  const host = options ? options.host : typeof second === 'string' ? second : undefined;
  const isUnixSocket = typeof options?.path === 'string';
  if (!isUnixSocket && host !== undefined && host !== null && !loopback.has(host)) {
    throw new Error(`Stray network call to ${host} in a test: only loopback is allowed.`);
  }
  return originalConnect.apply(this, args);
} as typeof originalConnect;
