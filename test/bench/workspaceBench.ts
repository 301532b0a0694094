// A generated workspace checked by the CLI (`tickmark check <dir> --format json`) next to
// markdownlint-cli2 on the same files: wall time and the child's peak RSS. And the generated 1 MB
// report alone, in process: remark-parse against the full check.
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, realpathSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { remarkParseWithGfm } from './floor';
import type { KnowledgeIndex } from '../../server/src/core/entities/knowledgeIndex';
import { clearContentCaches } from '../../server/src/core/text/contentCache';
import { largeReport, prng, variants, writeReports, type Seed } from './generate';
import { mb, ms, percentile, printTable, runMeasured, sample, timeAvailable, type Measured } from './measure';
import { fullCheck } from './pipeline';

export async function workspaceBench(root: string, seeds: Seed[], index: KnowledgeIndex, timeoutMs: number): Promise<void> {
  const cli = join(root, 'dist', 'cli.js');
  const markdownlint = realpathSync(join(root, 'node_modules', '.bin', 'markdownlint-cli2'));
  const temp = mkdtempSync(join(tmpdir(), 'tickmark-bench-ws-'));
  try {
    const large = largeReport(seeds, 1024 * 1024, prng(7));
    const random = prng(42);
    const all = variants(seeds, 499, random);
    const full = join(temp, 'ws500');
    const alone = join(temp, 'large');
    const fullBytes = writeReports(full, [...all, { name: 'large-1mb.md', text: large }]);
    // Variants that share no block (trailing spaces, as many as the variant's number): what a block cache cannot serve.
    const distinct = join(temp, 'ws500-distinct');
    const distinctBytes = writeReports(distinct, [...variants(seeds, 499, prng(43), true), { name: 'large-1mb.md', text: large }]);
    const largeBytes = writeReports(alone, [{ name: 'large-1mb.md', text: large }]);

    const rows: string[][] = [['input', 'reports', 'MB', 'command', 'wall s', 'CPU s', 'peak RSS MB', 'stdout MB', 'exit', 'findings']];
    const outFile = join(temp, 'out');
    // Counted in the JSON text as it streams from disk: the output can be far larger than worth parsing.
    const tickmarkFindings = (m: Measured) => {
      if (m.exitCode === null) return '?';
      const [diagnostics, paths, files] = countOccurrences(outFile, ['"severity": ', '"path": ', '"diagnostics": ']);
      return `${diagnostics} (+${paths - files} related)`;
    };
    const lintFindings = () => /Summary: (\d+) error/.exec(readFileSync(outFile, 'utf8'))?.[1] ?? '?';
    const notes: string[] = [];
    const row = async (input: string, reports: number, bytes: number, label: string, command: string[], findings: (m: Measured) => string) => {
      const m = await runMeasured(process.execPath, command, { cwd: temp, outFile, timeoutMs });
      const exit = m.timedOut ? `killed at ${(timeoutMs / 1000).toFixed(0)} s` : m.exitCode === null ? m.signal ?? '?' : String(m.exitCode);
      rows.push([input, String(reports), mb(bytes), label, (m.wallMs / 1000).toFixed(2), m.cpuSeconds === undefined ? '?' : m.cpuSeconds.toFixed(2), mb(m.maxRss), mb(m.outBytes), exit, findings(m)]);
      if (!m.timedOut && m.exitCode !== 0 && m.exitCode !== 1 && m.stderrTail) notes.push(`${input} ${label}: ${m.stderrTail.slice(0, 300)}`);
    };
    const tickmark = (dir: string, ...extra: string[]) => [cli, 'check', dir, '--format', 'json', ...extra];
    const lint = (dir: string) => [markdownlint, `${dir}/**/*.md`];
    await row('ws500', 500, fullBytes, 'tickmark check --format json', tickmark(full), tickmarkFindings);
    await row('ws500', 500, fullBytes, 'tickmark check --format json --ignore fact-conflict', tickmark(full, '--ignore', 'fact-conflict'), tickmarkFindings);
    await row('ws500', 500, fullBytes, 'markdownlint-cli2', lint(full), lintFindings);
    await row('ws500-distinct', 500, distinctBytes, 'tickmark check --format json', tickmark(distinct), tickmarkFindings);
    await row('ws500-distinct', 500, distinctBytes, 'markdownlint-cli2', lint(distinct), lintFindings);
    await row('large', 1, largeBytes, 'tickmark check --format json', tickmark(alone), tickmarkFindings);
    await row('large', 1, largeBytes, 'markdownlint-cli2', lint(alone), lintFindings);
    printTable('Generated workspace, one child process per command (node dist/cli.js; markdownlint-cli2 "<dir>/**/*.md")', rows, [
      `ws500: 499 seed variants + large-1mb.md; large: large-1mb.md alone. A variant is a seed with 3 digits nudged: most of its blocks`,
      `are its seed's, and tickmark reads a block once per worker. ws500-distinct: the same with n spaces after every block of the n-th variant of a seed: no block shared.`,
      `large-1mb.md: ${Math.round(Buffer.byteLength(large) / 1024)} KB, the five seeds whole (prose and tables), repeated and varied (so its blocks repeat too).`,
      `Peak RSS: ${timeAvailable ? '/usr/bin/time -v (Maximum resident set size)' : 'VmHWM polled every 50 ms'}; commands killed after ${(timeoutMs / 1000).toFixed(0)} s (BENCH_CLI_TIMEOUT_S).`,
      `CPU s: user + system over all threads (tickmark check spreads many files over worker threads; ${cpus().length} CPUs here).`,
      'findings: tickmark diagnostics (+ relatedInformation entries), markdownlint-cli2 errors; exit codes 1 only mean findings.',
      ...notes,
    ]);

    // The large report in process: remark-parse alone against the full analysis, caches cold.
    let version = 0;
    const document = () => ({ uri: 'file:///bench/large-1mb.md', version: ++version, getText: () => large });
    // Alternately, so that both see the same load on a shared machine.
    let counts = { numbers: 0, mentions: 0, facts: 0 };
    const floor: number[] = [];
    const check: number[] = [];
    for (let i = 0; i < 4; i++) {
      floor.push(...sample(() => remarkParseWithGfm(large), 1, i === 0 ? 1 : 0));
      check.push(...sample(() => {
        clearContentCaches();
        counts = fullCheck(document(), index);
      }, 1, i === 0 ? 1 : 0));
    }
    const f = percentile(floor, 50);
    const c = percentile(check, 50);
    printTable('The 1 MB report alone, in process (medians; full check with cold content caches)', [
      ['report', 'KB', 'remark-parse ms', 'full check ms', 'full / remark', 'numbers', 'entities', 'facts'],
      ['large-1mb.md', (Buffer.byteLength(large) / 1024).toFixed(1), ms(f, 1), ms(c, 1), (c / f).toFixed(2), String(counts.numbers), String(counts.mentions), String(counts.facts)],
    ], [
      'remark-parse and the full check alternately, 4 times each after 1 warm-up: medians.',
      'The report repeats the seeds, so its blocks repeat too: even a cold check reads each distinct block once.',
    ]);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** How often each needle occurs in a file, read 16 MB at a time. */
function countOccurrences(path: string, needles: string[]): number[] {
  const counts = needles.map(() => 0);
  const keep = Math.max(...needles.map((n) => n.length)) - 1;
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(16 * 1024 * 1024);
  let carry = '';
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      // The needles are ASCII: a multi-byte character cut at the chunk's end cannot hide one.
      const text = carry + buffer.toString('latin1', 0, read);
      needles.forEach((needle, i) => {
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) if (at + needle.length > carry.length) counts[i]++;
      });
      carry = text.slice(Math.max(0, text.length - keep));
    }
  } finally {
    closeSync(fd);
  }
  return counts;
}
