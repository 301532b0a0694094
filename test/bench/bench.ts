// `npm run bench`: prints figures, not pass/fail. For each seed report: remark-parse (+gfm) alone on
// the same text (the floor), the report model alone, and the full analysis (model, outline, folding,
// every number, checks), as medians over repeated runs, with the ratio to the floor.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseMarkdown } from '../../server/src/core/model/parseMarkdown';
import { buildReportModel } from '../../server/src/core/model/buildModel';
import { provideDocumentSymbols } from '../../server/src/core/features/documentSymbols';
import { provideFoldingRanges } from '../../server/src/core/features/foldingRanges';
import { readReportNumbers } from '../../server/src/core/features/numberReadings';
import { checkTableShapes } from '../../server/src/core/features/tableShape';
import { recogniseEntities } from '../../server/src/core/entities/recogniseEntities';
import { KnowledgeIndex } from '../../server/src/core/entities/knowledgeIndex';
import { loadBuiltInKnowledgeBase } from '../../server/src/knowledgeBaseFile';
import { extractFacts } from '../../server/src/core/facts/extractFacts';
import { runRules } from '../../server/src/core/rules/runRules';
import { createLanguageService } from '../../server/src/core/languageService';
import { clearContentCaches } from '../../server/src/core/text/contentCache';
import { findRoot } from '../helpers';

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

const seedsDir = join(findRoot(), 'seeds');
const knowledgeBase = loadBuiltInKnowledgeBase((m) => console.error(m), join(findRoot(), 'dist', 'knowledge-base.json'));
const indexStart = performance.now();
const index = new KnowledgeIndex(knowledgeBase);
const indexMs = performance.now() - indexStart;
const rows: string[][] = [['report', 'KB', 'remark-parse ms', 'model ms', 'entities ms', 'entities / remark', 'full check ms', 'full / remark', 're-check after edit ms', 'numbers', 'entities', 'facts']];
for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.md')).sort()) {
  const text = readFileSync(join(seedsDir, name), 'utf8');
  let version = 0;
  const document = () => ({ uri: `file:///${name}`, version: ++version, getText: () => text });
  const floor = median(() => parseMarkdown(text));
  const model = median(() => buildReportModel(document()));
  const built = buildReportModel(document());
  const entities = median(() => {
    clearContentCaches();
    recogniseEntities(built, index);
  });
  let count = 0;
  let mentions = 0;
  let factCount = 0;
  // Cold: every cache emptied first, as when a report is opened.
  const full = median(() => {
    clearContentCaches();
    const m = buildReportModel(document());
    const found = recogniseEntities(m, index);
    mentions = found.length;
    provideDocumentSymbols(m, { mentions: found, index });
    provideFoldingRanges(m);
    const numbers = readReportNumbers(m);
    count = numbers.length;
    checkTableShapes(m);
    const { facts, grids } = extractFacts(m, numbers, found);
    factCount = facts.length;
    runRules({ model: m, facts, grids, mentions: found, numbers, index });
  });
  // Re-check after a one-character edit in the middle of the report, through the language service:
  // the other blocks' readings and scans come from the content caches.
  const service = createLanguageService({ knowledgeBase });
  const middle = text.indexOf('\n', Math.floor(text.length / 2));
  let edits = 0;
  const edited = () => {
    edits++;
    const changed = text.slice(0, middle) + (edits % 2 ? ' ' : '') + text.slice(middle);
    return { uri: `file:///edit/${name}`, version: edits, getText: () => changed };
  };
  service.provideDiagnostics(edited());
  const recheck = median(() => service.provideDiagnostics(edited()));
  rows.push([
    name, (Buffer.byteLength(text) / 1024).toFixed(1), floor.toFixed(2), model.toFixed(2), entities.toFixed(2), (entities / floor).toFixed(2),
    full.toFixed(2), (full / floor).toFixed(2), recheck.toFixed(2), String(count), String(mentions), String(factCount),
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log(`node ${process.version}; medians over ≥15 runs after warm-up; knowledge index built once in ${indexMs.toFixed(1)} ms (${index.trie.size} aliases)`);
