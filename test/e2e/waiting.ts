// Waiting on what a run shows, and finding the language server's process: shared by the code-server
// run (through the browser) and the VS Code suite (through the API). Plain Node, no browser types.
import * as fs from 'node:fs';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `fn` until it returns a truthy value; throws with `what` and the last value after `timeoutMs`. */
export async function poll<T>(fn: () => Promise<T | undefined | null | false> | T | undefined | null | false, what: string, timeoutMs = 30_000, intervalMs = 250): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what} (last: ${String(detail).slice(0, 500)})`);
    }
    await sleep(intervalMs);
  }
}

/** Processes whose command line names `bundle` (Linux: read from /proc), with their parent's pid. */
export function processesRunning(bundle: string, sameFile: (arg: string) => boolean = (arg) => arg === bundle): { pid: number; ppid: number }[] {
  const found: { pid: number; ppid: number }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (!args.some(sameFile)) continue;
      const ppid = Number(/^\d+ \(.*\) \S (\d+)/.exec(fs.readFileSync(`/proc/${entry}/stat`, 'utf8'))?.[1]);
      found.push({ pid: Number(entry), ppid });
    } catch {
      // The process exited while it was read.
    }
  }
  return found;
}
