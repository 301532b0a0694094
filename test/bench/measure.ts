// Measuring helpers for the bench: percentiles, tables, a child process's wall time and peak RSS,
// and a live process's memory from /proc.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Times `run` `runs` times after `warmups` untimed calls. */
export function sample(run: () => void, runs: number, warmups = 1): number[] {
  for (let i = 0; i < warmups; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times;
}

export function printTable(title: string, rows: string[][], notes: string[] = []): void {
  console.log('');
  console.log(title);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  for (const note of notes) console.log(note);
}

export const ms = (n: number, digits = 2) => n.toFixed(digits);
export const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** Fields of /proc/<pid>/status in bytes (VmRSS, VmHWM, …), or undefined once the process is gone. */
export function procStatus(pid: number): Record<string, number> | undefined {
  try {
    const out: Record<string, number> = {};
    for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
      const m = /^(\w+):\s+(\d+) kB$/.exec(line);
      if (m) out[m[1]] = Number(m[2]) * 1024;
    }
    return out;
  } catch {
    return undefined;
  }
}

export const timeAvailable = existsSync('/usr/bin/time');

export interface Measured {
  wallMs: number;
  /** Peak resident set size of the child, bytes. */
  maxRss: number;
  /** User + system CPU seconds of the child (all its threads), when /usr/bin/time measured it. */
  cpuSeconds?: number;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Bytes the child wrote to stdout. */
  outBytes: number;
  stderrTail: string;
}

const sleep = (msecs: number) => new Promise((resolve) => setTimeout(resolve, msecs));

/**
 * Runs a command to completion (or until `timeoutMs`, then SIGKILL) with stdout into `outFile`, and
 * measures its wall time and peak RSS: from `/usr/bin/time -v` when present (the kernel's rusage, exact),
 * else by polling VmHWM in /proc/<pid>/status every 50 ms.
 */
export async function runMeasured(command: string, args: string[], options: { cwd: string; outFile: string; timeoutMs: number }): Promise<Measured> {
  const statsFile = `${options.outFile}.time`;
  const errFile = `${options.outFile}.err`;
  const out = openSync(options.outFile, 'w');
  const err = openSync(errFile, 'w');
  const argv = timeAvailable ? ['/usr/bin/time', '-v', '-o', statsFile, command, ...args] : [command, ...args];
  const start = performance.now();
  const child = spawn(argv[0], argv.slice(1), { cwd: options.cwd, stdio: ['ignore', out, err] });
  closeSync(out);
  closeSync(err);
  let polledHwm = 0;
  let timedOut = false;
  let done = false;
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => {
    done = true;
    resolve({ code, signal });
  }));
  // The measured process: time's only child, or the child itself.
  const target = (): number | undefined => {
    if (!timeAvailable) return child.pid;
    try {
      const kids = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      return kids.length > 0 ? Number(kids[0]) : undefined;
    } catch {
      return undefined;
    }
  };
  const poll = (async () => {
    while (!done) {
      const pid = target();
      const status = pid !== undefined ? procStatus(pid) : undefined;
      if (status?.VmHWM) polledHwm = Math.max(polledHwm, status.VmHWM);
      if (performance.now() - start > options.timeoutMs && !timedOut) {
        timedOut = true;
        if (pid !== undefined) process.kill(pid, 'SIGKILL');
        else child.kill('SIGKILL');
      }
      await sleep(50);
    }
  })();
  const { code, signal } = await exited;
  const wallMs = performance.now() - start;
  await poll;
  let maxRss = polledHwm;
  let cpuSeconds: number | undefined;
  let exitCode = code;
  let childSignal = signal;
  if (timeAvailable && existsSync(statsFile)) {
    const stats = readFileSync(statsFile, 'utf8');
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stats);
    if (rss) maxRss = Math.max(maxRss, Number(rss[1]) * 1024);
    const user = /User time \(seconds\): ([\d.]+)/.exec(stats);
    const system = /System time \(seconds\): ([\d.]+)/.exec(stats);
    if (user && system) cpuSeconds = Number(user[1]) + Number(system[1]);
    const killed = /Command terminated by signal (\d+)/.exec(stats);
    if (killed) {
      childSignal = `signal ${killed[1]}`;
      exitCode = null;
    }
    rmSync(statsFile, { force: true });
  }
  const outBytes = statSync(options.outFile).size;
  const stderr = readFileSync(errFile, 'utf8');
  rmSync(errFile, { force: true });
  const lines = stderr.split('\n').filter((l) => l.trim() !== '' && !/^Command (exited|terminated)/.test(l));
  return { wallMs, maxRss, cpuSeconds, exitCode, signal: childSignal, timedOut, outBytes, stderrTail: lines.slice(-3).join(' | ') };
}
