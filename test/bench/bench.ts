// `npm run bench`: prints figures, not pass/fail. For each seed report: remark-parse (+gfm) alone on
// the same text (the floor), the report model alone, and the full analysis (model, outline, folding,
// every number, checks), as medians over repeated runs, with the ratio to the floor. Then further
// tables: re-check after edits (median, p95), hover and documentSymbol latency through the real
// server over stdio, a generated 500-report workspace through the CLI next to markdownlint-cli2, the
// 1 MB report alone, and the server's memory over 2,000 opened and closed reports. The server and CLI
// parts run dist/ as last built (`node esbuild.mjs`).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { remarkParseAlone, remarkParseWithGfm } from './floor';
import { buildReportModel } from '../../server/src/core/model/buildModel';
import { recogniseEntities } from '../../server/src/core/entities/recogniseEntities';
import { KnowledgeIndex } from '../../server/src/core/entities/knowledgeIndex';
import { loadBuiltInKnowledgeBase } from '../../server/src/knowledgeBaseFile';
import { clearContentCaches } from '../../server/src/core/text/contentCache';
import { findRoot } from '../helpers';
import { fullCheck } from './pipeline';
import { editBench } from './editBench';
import { latencyBench, memoryBench } from './lspBench';
import { workspaceBench } from './workspaceBench';
import { loadSeeds, prng, variants } from './generate';

function median(run: () => void, minRuns = 15, minMs = 400): number {
  for (let i = 0; i < 3; i++) run(); // warm up the JIT
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Two runs measured alternately, so that both see the same load on a shared machine: their medians,
 * and the median of the pairwise ratios b / a.
 */
function pairedMedians(a: () => void, b: () => void, minRuns = 15, minMs = 800): { a: number; b: number; ratio: number } {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  const start = performance.now();
  while (as.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    a();
    const t1 = performance.now();
    b();
    const t2 = performance.now();
    as.push(t1 - t0);
    bs.push(t2 - t1);
    ratios.push((t2 - t1) / (t1 - t0));
  }
  const mid = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { a: mid(as), b: mid(bs), ratio: mid(ratios) };
}

const benchStart = performance.now();
const seedsDir = join(findRoot(), 'seeds');
const knowledgeBase = loadBuiltInKnowledgeBase((m) => console.error(m), join(findRoot(), 'dist', 'knowledge-base.json'));
const indexStart = performance.now();
const index = new KnowledgeIndex(knowledgeBase);
const indexMs = performance.now() - indexStart;
const rows: string[][] = [['report', 'KB', 'remark-parse ms', 'no GFM ms', 'model ms', 'entities ms', 'entities / remark', 'full check ms', 'full / remark', 'numbers', 'entities', 'facts']];
for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.md')).sort()) {
  const text = readFileSync(join(seedsDir, name), 'utf8');
  let version = 0;
  const document = () => ({ uri: `file:///${name}`, version: ++version, getText: () => text });

  // Cold, like the full check: with the block cache warm the model of an unchanged text is nearly free.
  const model = median(() => {
    clearContentCaches();
    buildReportModel(document());
  });
  const built = buildReportModel(document());
  const entities = median(() => {
    clearContentCaches();
    recogniseEntities(built, index);
  });
  let count = 0;
  let mentions = 0;
  let factCount = 0;
  // Cold: every cache emptied first, as when a report is opened; measured alternately with remark-parse.
  const { a: floor, b: full, ratio } = pairedMedians(() => remarkParseWithGfm(text), () => {
    clearContentCaches();
    ({ numbers: count, mentions, facts: factCount } = fullCheck(document(), index));
  });
  const commonMarkOnly = median(() => remarkParseAlone(text));
  rows.push([
    name, (Buffer.byteLength(text) / 1024).toFixed(1), floor.toFixed(2), commonMarkOnly.toFixed(2), model.toFixed(2), entities.toFixed(2), (entities / floor).toFixed(2),
    full.toFixed(2), ratio.toFixed(2), String(count), String(mentions), String(factCount),
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log(`node ${process.version}; medians over ≥15 runs after warm-up; remark-parse is remark-parse + remark-gfm (the floor; Tickmark's own parser leaves out GFM autolink literals), no GFM is remark-parse alone (no tables), for reference; remark-parse and the full check alternate, full / remark is the median of their pairwise ratios; knowledge index built once in ${indexMs.toFixed(1)} ms (${index.trie.size} aliases)`);

async function more(): Promise<void> {
  const root = findRoot();
  const seeds = loadSeeds(seedsDir);
  const seed000 = seeds.find((s) => s.name === '000_769e3c25c3dd0279.md')!;
  editBench(seed000.name, seed000.text, knowledgeBase, variants(seeds, 300, prng(7)));
  const serverPath = join(root, 'dist', 'server.js');
  const cliPath = join(root, 'dist', 'cli.js');
  const missing = [serverPath, cliPath].filter((p) => !existsSync(p));
  if (missing.length > 0) {
    console.log(`\n${missing.join(', ')} missing: run \`node esbuild.mjs\` for the server and CLI tables.`);
    return;
  }
  const newestSource = newestMtime(join(root, 'server', 'src'));
  const built = Math.min(statSync(serverPath).mtimeMs, statSync(cliPath).mtimeMs);
  if (built < newestSource) console.log(`\nNote: dist/ is older than server/src/ (built ${new Date(built).toISOString()}, source changed ${new Date(newestSource).toISOString()}): the server and CLI tables measure the last build.`);
  await latencyBench(serverPath, seed000.name, seed000.text, knowledgeBase);
  await workspaceBench(root, seeds, index, Number(process.env.BENCH_CLI_TIMEOUT_S ?? 40) * 1000);
  await memoryBench(serverPath, seeds, Number(process.env.BENCH_MEMORY_DOCUMENTS ?? 2000), 250, 500, Number(process.env.BENCH_MEMORY_IDLE_S ?? 0));
  console.log(`\nwhole bench: ${((performance.now() - benchStart) / 1000).toFixed(0)} s`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}

more().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
