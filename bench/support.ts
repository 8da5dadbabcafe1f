/** Shared pieces of the benchmarks: child servers, databases, autocannon runs, CPU, tables. */
import { spawn, type ChildProcess } from 'node:child_process';
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

let nextPort = 4100 + Math.floor(Math.random() * 500);

/** Starts `script` (the app or the baseline) as a child process and waits until it answers. */
export async function startChild(
  script: string,
  env: Record<string, string>,
  readyPath: string,
): Promise<ChildServer> {
  const port = nextPort++;
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
