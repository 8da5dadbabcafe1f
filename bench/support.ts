/** Shared pieces of the benchmarks: child servers, databases, autocannon runs, CPU, tables. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const ROOT = resolve(import.meta.dirname, '..');
export const PG_URL = process.env.TILSKUDD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  dialect: 'sqlite' | 'postgres';
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(dialect: 'sqlite' | 'postgres'): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tilskudd-bench-'));
    return {
      dialect,
      env: { TILSKUDD_DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `bench_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return {
    dialect,
    env: { DATABASE_URL: PG_URL, TILSKUDD_PG_SCHEMA: schema },
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

export interface ChildServer {
  baseUrl: string;
  child: ChildProcess;
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** A port nobody listens on now, from the system (a fixed range met other services' ports). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Starts `script` (the app or the baseline) as a child process and waits until it answers. */
export async function startChild(
  script: string,
  env: Record<string, string>,
  readyPath: string,
): Promise<ChildServer> {
  const port = await freePort();
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers under load.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', TILSKUDD_BUILD_WEB: '0', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}${readyPath}`, {
        method: readyPath.startsWith('/baseline') ? 'PUT' : 'GET',
        headers: { 'content-type': 'application/json' },
        body: readyPath.startsWith('/baseline') ? '{}' : null,
      });
      if (res.ok) break;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) throw new Error(`${script} did not start`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    child,
    cpuSeconds: () => readCpuSeconds(child.pid),
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function readStat(pid: number): { ppid: number; cpu: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / 100 };
  } catch {
    return undefined;
  }
}

/** User + system CPU seconds of a process and its child processes (cluster workers), from /proc. */
export function readCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let total = readStat(pid)?.cpu ?? 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === pid) total += stat.cpu;
  }
  return total;
}

export interface LoadResult {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Of the errors, requests without an answer within autocannon's timeout (10 s). */
  timeouts: number;
  statuses: Record<string, number>;
  serverCpuPercent: number;
  loaderCpuPercent: number;
}

export async function runLoad(
  name: string,
  server: ChildServer,
  options: Omit<autocannon.Options, 'url'> & { url?: string },
): Promise<LoadResult> {
  const cpuBefore = server.cpuSeconds();
  const loaderBefore = process.cpuUsage();
  const started = Date.now();
  const statuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { ...options, url: options.url ?? server.baseUrl },
      (error: unknown, r) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(r),
    );
    instance.on('response', (_client: unknown, statusCode: number) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  const seconds = (Date.now() - started) / 1000;
  const loader = process.cpuUsage(loaderBefore);
  return {
    name,
    requests: result.requests.total,
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p90,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    serverCpuPercent: ((server.cpuSeconds() - cpuBefore) / seconds) * 100,
    loaderCpuPercent: ((loader.user + loader.system) / 1e6 / seconds) * 100,
  };
}

export function printTable(rows: (LoadResult & { dialect: string; ratio: number })[]): void {
  console.log('');
  console.log(
    '| database | scenario | req/s | × baseline | p50 ms | p95 ms | p99 ms | non-2xx | server CPU | loader CPU |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.dialect} | ${r.name} | ${r.rps.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx} | ${r.serverCpuPercent.toFixed(0)} % | ${r.loaderCpuPercent.toFixed(0)} % |`,
    );
  }
}

export interface PlannedRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Answers slower than this count as timeouts, as autocannon's default does. */
const REQUEST_TIMEOUT_MS = 10_000;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0);
}

/** One request, timed from the moment it is sent to the end of its answer's body. */
async function timedRequest(
  server: ChildServer,
  request: PlannedRequest,
): Promise<{ status: number; body: string; ms: number } | { timeout: true } | { error: unknown }> {
  const started = performance.now();
  try {
    const res = await fetch(`${server.baseUrl}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await res.text();
    return { status: res.status, body, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') return { timeout: true };
    return { error };
  }
}

/**
 * Load on a schedule, not as fast as the server answers: requests are sent at planned instants and
 * each is timed from its own send. `clients` each send one request every `intervalMs` (spread over
 * the interval), waiting for the previous answer as a browser's save queue does, and skip a beat
 * they are late for. autocannon's rate limit is not used: it records each latency with
 * `recordValueWithExpectedInterval(latency, ceil(1 / rate))`, an interval in milliseconds taken
 * from a rate per second, which adds a synthetic sample for every millisecond of a slow answer.
 */
export async function runPaced(
  name: string,
  server: ChildServer,
  options: {
    clients: number;
    intervalMs: number;
    durationMs: number;
    /** Client `client`'s `n`-th request. */
    request: (client: number, n: number) => PlannedRequest;
    onResponse?: (client: number, status: number, body: string) => void;
  },
): Promise<LoadResult> {
  const recorder = new Recorder(server);
  const end = recorder.started + options.durationMs;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      let due = recorder.started + (client * options.intervalMs) / options.clients;
      for (let n = 0; due < end; n += 1) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const result = await timedRequest(server, options.request(client, n));
        recorder.record(result, (status, body) => options.onResponse?.(client, status, body));
        due += options.intervalMs;
        while (due < performance.now()) due += options.intervalMs;
      }
    }),
  );
  return recorder.summary(name);
}

/**
 * `count` requests arriving evenly over `durationMs`, each sent at its instant whether or not the
 * ones before have been answered (an open loop: the arrivals do not slow down when the server
 * does).
 */
export async function runArrivals(
  name: string,
  server: ChildServer,
  options: {
    count: number;
    durationMs: number;
    request: (i: number) => PlannedRequest;
    onResponse?: (status: number, body: string) => void;
  },
): Promise<LoadResult> {
  const recorder = new Recorder(server);
  const sent: Promise<void>[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const wait = recorder.started + (i * options.durationMs) / options.count - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(
      timedRequest(server, options.request(i)).then((result) =>
        recorder.record(result, options.onResponse),
      ),
    );
  }
  await Promise.all(sent);
  return recorder.summary(name);
}

type Timed = Awaited<ReturnType<typeof timedRequest>>;

/** Latencies, statuses, failures and CPU of one scheduled load, from its start. */
class Recorder {
  readonly started = performance.now();
  readonly #server: ChildServer;
  readonly #cpuBefore: number;
  readonly #loaderBefore = process.cpuUsage();
  readonly #latencies: number[] = [];
  readonly #statuses: Record<string, number> = {};
  #errors = 0;
  #timeouts = 0;

  constructor(server: ChildServer) {
    this.#server = server;
    this.#cpuBefore = server.cpuSeconds();
  }

  record(result: Timed, onResponse?: (status: number, body: string) => void): void {
    if ('timeout' in result) this.#timeouts += 1;
    else if ('error' in result) this.#errors += 1;
    else {
      this.#statuses[result.status] = (this.#statuses[result.status] ?? 0) + 1;
      this.#latencies.push(result.ms);
      onResponse?.(result.status, result.body);
    }
  }

  summary(name: string): LoadResult {
    const seconds = (performance.now() - this.started) / 1000;
    const loader = process.cpuUsage(this.#loaderBefore);
    const sorted = this.#latencies.sort((a, b) => a - b);
    const answered = Object.values(this.#statuses).reduce((a, b) => a + b, 0);
    const ok = Object.entries(this.#statuses)
      .filter(([status]) => status.startsWith('2'))
      .reduce((a, [, n]) => a + n, 0);
    return {
      name,
      requests: answered + this.#errors + this.#timeouts,
      rps: answered / seconds,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      non2xx: answered - ok,
      errors: this.#errors + this.#timeouts,
      timeouts: this.#timeouts,
      statuses: this.#statuses,
      serverCpuPercent: ((this.#server.cpuSeconds() - this.#cpuBefore) / seconds) * 100,
      loaderCpuPercent: ((loader.user + loader.system) / 1e6 / seconds) * 100,
    };
  }
}
