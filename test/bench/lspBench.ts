// The real server bundle over stdio (dist/server.js --stdio, driven by the tests' LspClient):
// hover and documentSymbol latency on an open report, and the server's memory while 2,000 reports
// are opened, checked and closed.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspClient } from '../server/lspClient';
import { createLanguageService } from '../../server/src/core/languageService';
import type { KnowledgeBase } from '../../server/src/core/entities/knowledgeBaseTypes';
import { mb, ms, percentile, printTable, procStatus } from './measure';
import { prng, variants, type Seed } from './generate';

type Position = { line: number; character: number };
const sleep = (msecs: number) => new Promise((resolve) => setTimeout(resolve, msecs));

async function start(serverPath: string, env: Record<string, string> = {}): Promise<{ client: LspClient; pid: number }> {
  // LspClient spawns with this process's environment: set what the child needs around the spawn only.
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const client = new LspClient(serverPath);
  for (const key of Object.keys(env)) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  const pid = (client as unknown as { child: { pid: number } }).child.pid;
  // No workspace folder: the server compares an open report only with the other open reports.
  await client.request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {}, clientInfo: { name: 'tickmark-bench' } });
  client.notify('initialized', {});
  return { client, pid };
}

async function stop(client: LspClient): Promise<void> {
  try {
    await Promise.race([client.request('shutdown', null), sleep(2000)]);
    client.notify('exit', null);
  } catch {
    // The process is killed below either way.
  }
  await Promise.race([client.exited, sleep(2000)]);
  client.kill();
}

/** `count` positions spread evenly over the report's entity mentions and numbers, alternating, in document order. */
function hoverPositions(text: string, knowledgeBase: KnowledgeBase, count: number): { positions: Position[]; entities: number; numbers: number } {
  const service = createLanguageService({ knowledgeBase });
  const document = { uri: 'file:///bench/positions.md', version: 1, getText: () => text };
  const mentions = service.provideEntities(document);
  const numbers = service.readNumbers(document);
  const spread = <T>(list: T[], n: number) => Array.from({ length: Math.min(n, list.length) }, (_, i) => list[Math.floor((i * list.length) / Math.min(n, list.length))]);
  // One character in, as a mouse over the word would be (the first character of a one-character number).
  const inside = (r: { start: Position; end: Position }) => ({ line: r.start.line, character: r.start.character + (r.end.line === r.start.line && r.end.character - r.start.character <= 1 ? 0 : 1) });
  const fromEntities = spread(mentions, count / 2).map((m) => inside(m.range));
  const fromNumbers = spread(numbers, count - fromEntities.length).map((n) => inside(n.range));
  const positions: Position[] = [];
  for (let i = 0; i < Math.max(fromEntities.length, fromNumbers.length); i++) {
    if (i < fromEntities.length) positions.push(fromEntities[i]);
    if (i < fromNumbers.length) positions.push(fromNumbers[i]);
  }
  return { positions, entities: fromEntities.length, numbers: fromNumbers.length };
}

async function timed<T>(request: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await request();
  return { ms: performance.now() - t0, result };
}

export async function latencyBench(serverPath: string, name: string, text: string, knowledgeBase: KnowledgeBase): Promise<void> {
  const { positions, entities, numbers } = hoverPositions(text, knowledgeBase, 200);
  const { client } = await start(serverPath);
  const uri = `file:///bench/lsp/${name}`;
  const textDocument = { uri };
  try {
    const rows: string[][] = [['request on ' + name, 'requests', 'first ms', 'p50 ms', 'p99 ms', 'max ms', 'answered']];
    // A request that reaches the server and back: the transport's floor.
    const floorTimes: number[] = [];
    for (let i = 0; i < 50; i++) floorTimes.push((await timed(() => client.request('textDocument/hover', { textDocument: { uri: 'file:///bench/not-open.md' }, position: { line: 0, character: 0 } }))).ms);
    rows.push(['hover, unknown document (round trip)', '50', ms(floorTimes[0]), ms(percentile(floorTimes.slice(1), 50)), ms(percentile(floorTimes.slice(1), 99)), ms(Math.max(...floorTimes.slice(1))), '0']);

    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    // The first hover right after didOpen builds the analysis (model, entities, numbers, facts, rules).
    const hover = (position: Position) => client.request<unknown>('textDocument/hover', { textDocument, position });
    const first = await timed(() => hover(positions[0]));
    // Let the debounced check run and publish before timing the cached hovers.
    await client.waitFor('textDocument/publishDiagnostics', (p: { uri: string }) => p.uri === uri, 30000);
    const hoverTimes: number[] = [];
    let answered = first.result ? 1 : 0;
    for (const position of positions.slice(1)) {
      const r = await timed(() => hover(position));
      hoverTimes.push(r.ms);
      if (r.result) answered++;
    }
    rows.push([`hover (${entities} entities + ${numbers} numbers)`, String(positions.length), ms(first.ms), ms(percentile(hoverTimes, 50)), ms(percentile(hoverTimes, 99)), ms(Math.max(...hoverTimes)), String(answered)]);

    const symbolTimes: number[] = [];
    let symbols = 0;
    for (let i = 0; i < 50; i++) {
      const r = await timed(() => client.request<unknown[]>('textDocument/documentSymbol', { textDocument }));
      symbolTimes.push(r.ms);
      symbols = r.result.length;
    }
    rows.push(['documentSymbol', '50', ms(symbolTimes[0]), ms(percentile(symbolTimes.slice(1), 50)), ms(percentile(symbolTimes.slice(1), 99)), ms(Math.max(...symbolTimes.slice(1))), `${symbols} top-level`]);
    printTable('Latency through the real server over stdio (dist/server.js --stdio, one request at a time, client round trip)', rows, [
      'first: the first request of its kind (the first hover comes straight after didOpen and builds the analysis);',
      'p50/p99/max: the others, served from the server\'s analysis of that version (documentSymbol recomputes the outline from it each time).',
    ]);
  } finally {
    await stop(client);
  }
}

interface MemorySample { documents: number; label?: string; rss: number; hwm: number; gcRss?: number; heapUsed?: number; heapTotal?: number; external?: number; msPerDocument?: number }

// Loaded into the server child with NODE_OPTIONS=--require (the server is not changed): on SIGUSR2 it
// runs a full GC and writes process.memoryUsage() to a file. Nothing goes to stdout, the LSP channel.
const gcPreload = `const v8 = require('v8');
v8.setFlagsFromString('--expose-gc');
const gc = require('vm').runInNewContext('gc');
process.on('SIGUSR2', () => {
  gc();
  const out = process.env.TICKMARK_BENCH_MEMORY_FILE;
  require('fs').writeFileSync(out + '.tmp', JSON.stringify(process.memoryUsage()));
  require('fs').renameSync(out + '.tmp', out);
});
`;

/** The server's memory after a full GC, from the preload above. */
async function afterGc(pid: number, file: string): Promise<{ rss: number; heapUsed: number; heapTotal: number; external: number } | undefined> {
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 200; i++) {
    await sleep(25);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { rss: number; heapUsed: number; heapTotal: number; external: number };
  }
  return undefined;
}

/**
 * `documents` seed variants opened, outlined, checked and closed one after another, the server's
 * memory sampled every `every` documents. With `idleS`, then up to that many seconds of idleness
 * (RSS polled each second) before a last sample: V8 gives back the pages of a heap that grew under
 * load only when its memory reducer runs, some 20 s after the process went idle, not at a forced GC.
 */
export async function memoryBench(serverPath: string, seeds: Seed[], documents = 2000, every = 250, settleMs = 500, idleS = 0): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tickmark-bench-memory-'));
  const preload = join(dir, 'gc-on-signal.js');
  const memoryFile = join(dir, 'memory.json');
  writeFileSync(preload, gcPreload);
  const { client, pid } = await start(serverPath, { NODE_OPTIONS: `--require ${preload}`, TICKMARK_BENCH_MEMORY_FILE: memoryFile });
  const samples: MemorySample[] = [];
  const measure = async (count: number, msPerDocument?: number, label?: string) => {
    await sleep(settleMs);
    const status = procStatus(pid);
    const gc = await afterGc(pid, memoryFile);
    samples.push({ documents: count, label, rss: status?.VmRSS ?? NaN, hwm: status?.VmHWM ?? NaN, gcRss: gc?.rss, heapUsed: gc?.heapUsed, heapTotal: gc?.heapTotal, external: gc?.external, msPerDocument });
  };
  const random = prng(1000);
  let problems = 0;
  let idled = 0;
  try {
    await measure(0);
    const reports = variants(seeds, documents, random);
    let started = performance.now();
    let since = 0;
    for (let i = 0; i < reports.length; i++) {
      const uri = `file:///bench/memory/${reports[i].name}`;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: reports[i].text } });
      // What an editor asks for on opening, then the check (the custom request checks at once, without the debounce).
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      problems += (await client.request<{ problems: number }>('tickmark/checkReport', { uri })).problems;
      client.notify('textDocument/didClose', { textDocument: { uri } });
      if ((i + 1) % every === 0 || i + 1 === documents) {
        const elapsed = performance.now() - started;
        await measure(i + 1, elapsed / (i + 1 - since));
        since = i + 1;
        started = performance.now();
      }
    }
    if (idleS > 0) {
      // Idle, no forced GC: wait until RSS falls by a quarter (the memory reducer ran), or the time is up.
      const busy = procStatus(pid)?.VmRSS ?? 0;
      while (idled < idleS && (procStatus(pid)?.VmRSS ?? 0) > busy * 0.75) {
        await sleep(1000);
        idled++;
      }
      await measure(documents, undefined, `${documents}, then ${idled} s idle`);
    }
  } finally {
    await stop(client);
    rmSync(dir, { recursive: true, force: true });
  }
  const rows: string[][] = [['documents opened and closed', 'RSS MB', 'RSS peak MB', 'after GC: RSS MB', 'heap used MB', 'heap total MB', 'external MB', 'ms / document']];
  const opt = (n: number | undefined) => (n === undefined ? '?' : mb(n));
  for (const s of samples) {
    rows.push([s.label ?? String(s.documents), mb(s.rss), mb(s.hwm), opt(s.gcRss), opt(s.heapUsed), opt(s.heapTotal), opt(s.external), s.msPerDocument === undefined ? '' : ms(s.msPerDocument, 1)]);
  }
  printTable(`Server memory: ${documents} seed variants (3 digits changed each) opened, outlined, checked and closed one after another`, rows, [
    `Each row after a ${settleMs / 1000} s pause: RSS and its peak from /proc/<pid>/status (VmRSS, VmHWM); then a full GC in the server`,
    '(a --require preload that runs gc() on SIGUSR2; the server itself is unchanged) and process.memoryUsage() after it.',
    `ms / document: didOpen + documentSymbol + tickmark/checkReport + didClose, averaged since the previous row; ${problems} problems reported in all.`,
    'Heap total and RSS stay near their peak after a forced GC: V8 gives the pages back when its memory reducer runs, some 20 s',
    `after the server goes idle (${idleS > 0 ? 'the idle row' : 'BENCH_MEMORY_IDLE_S=40 adds a row after it'}).`,
  ]);
  console.log(heapTrend(samples.filter((s) => !s.label && s.documents >= Math.min(500, documents / 2))));
}

/**
 * Heap used after GC over the samples from 500 documents on (the first hundreds fill the block cache
 * and compile the code): its range, and its least-squares slope per 1,000 documents.
 */
function heapTrend(samples: MemorySample[]): string {
  const points = samples.filter((s) => s.heapUsed !== undefined).map((s) => ({ x: s.documents / 1000, y: s.heapUsed! / (1024 * 1024) }));
  if (points.length < 3) return 'heap used after GC: too few samples for a trend';
  const mean = (f: (p: { x: number; y: number }) => number) => points.reduce((sum, p) => sum + f(p), 0) / points.length;
  const mx = mean((p) => p.x);
  const my = mean((p) => p.y);
  const slope = mean((p) => (p.x - mx) * (p.y - my)) / mean((p) => (p.x - mx) ** 2);
  const ys = points.map((p) => p.y);
  const verdict = slope <= 2 ? 'does not grow' : 'grows';
  return `heap used after GC, documents ${samples[0].documents}..${samples[samples.length - 1].documents}: min ${Math.min(...ys).toFixed(1)} MB, max ${Math.max(...ys).toFixed(1)} MB, `
    + `slope ${slope >= 0 ? '+' : ''}${slope.toFixed(1)} MB per 1,000 documents (least squares): ${verdict} (grows: above 2 MB per 1,000; samples vary by ±2 MB with what the block cache holds)`;
}
