// Checking time grows with the report, not with its square: the shapes that used to be quadratic
// or worse (one endless sentence, a tall table, a value restated many times) checked at two sizes,
// the larger twice the smaller. A linear check takes about twice as long; a quadratic one four times.
// And what the bounds on comparisons must not cost: every restatement of a conflicting value is flagged.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadBuiltInKnowledgeBase } from '../../server/src/knowledgeBaseFile';
import { doc, findRoot } from '../helpers';

const knowledgeBase = loadBuiltInKnowledgeBase((m) => assert.fail(m), join(findRoot(), 'dist', 'knowledge-base.json'));

/** One full check by a fresh service (nothing cached), in ms. */
function check(text: string): number {
  const service = createLanguageService({ knowledgeBase });
  const document = doc(text);
  const started = performance.now();
  service.provideDiagnostics(document);
  service.provideDocumentSymbols(document);
  return performance.now() - started;
}

/**
 * The fastest of three checks of each text, taken in turns: a collection, or another process taking
 * the machine for a while, then slows both sizes alike rather than only one.
 */
function timeBoth(small: string, large: string): [number, number] {
  let best: [number, number] = [Infinity, Infinity];
  for (let i = 0; i < 3; i++) best = [Math.min(best[0], check(small)), Math.min(best[1], check(large))];
  return best;
}

const shapes: Array<{ name: string; make: (n: number) => string; n: number }> = [
  {
    name: 'one sentence of entities, metrics and numbers with no end (100 KB, 200 KB)',
    make: (n) => '엔비디아 매출액 1,000억 원 (YoY +10%) '.repeat(Math.ceil(n / 30)),
    n: 100000,
  },
  {
    name: 'a tall table of numbers, every row a candidate total (400 rows, 800 rows)',
    make: (n) => `(억원)\t2023\t2024\t2025\n${Array.from({ length: n }, (_, i) => `항목${i}\t${i + 1}\t${i + 2}\t${i + 3}`).join('\n')}\n`,
    n: 400,
  },
  {
    name: 'one company’s revenue stated in many paragraphs, each with its own value (1,000, 2,000)',
    make: (n) => Array.from({ length: n }, (_, i) => `엔비디아 매출액은 ${i + 1},000억 원이다.\n\n`).join(''),
    n: 1000,
  },
];

describe('robustness: checking time is linear in the length of the report', function () {
  this.timeout(120000);
  const timings: string[] = [];
  after(() => {
    if (timings.length > 0) console.log(`      full check, size → twice the size (ms):\n        ${timings.join('\n        ')}`);
  });

  for (const shape of shapes) {
    it(`${shape.name}: twice the text takes about twice the time`, () => {
      const [small, large] = timeBoth(shape.make(shape.n), shape.make(2 * shape.n));
      timings.push(`${shape.name.slice(0, 60).padEnd(60)} ${small.toFixed(0).padStart(6)} → ${large.toFixed(0).padStart(6)}`);
      assert.ok(large < 3 * small + 100, `quadratic? ${small.toFixed(0)} ms, then ${large.toFixed(0)} ms for twice the text`);
    });
  }
});

describe('robustness: bounded comparisons still flag every restatement', () => {
  const restated = [
    { what: 'a value', code: 'fact-conflict', stated: '엔비디아 매출액은 1,000억 원이다.', contradicted: '엔비디아 매출액은 2,000억 원이다.' },
    { what: 'an earnings date', code: 'date-conflict', stated: 'SK하이닉스 실적 발표는 1월 22일이다.', contradicted: 'SK하이닉스 실적 발표는 1월 23일이다.' },
  ];
  for (const { what, code, stated, contradicted } of restated) {
    it(`${what} restated in 60 paragraphs and contradicted in 60 more: all 120 statements carry the conflict`, () => {
      const service = createLanguageService({ knowledgeBase });
      const diagnostics = service.provideDiagnostics(doc(`${stated}\n\n`.repeat(60) + `${contradicted}\n\n`.repeat(60)));
      assert.deepEqual([...new Set(diagnostics.map((d) => d.code))], [code]);
      assert.equal(new Set(diagnostics.map((d) => d.range.start.line)).size, 120);
    });
  }

  it('a report pasted twice keeps its own conflicts, once in each copy, and adds none', () => {
    const service = createLanguageService({ knowledgeBase });
    const report = '# 엔비디아\n\n| 항목 | 2025 |\n|---|---|\n| 매출액 | 1,000억 원 |\n| 영업이익 | 300억 원 |\n\n2025년 엔비디아 매출액은 1,200억 원이다.\n\n2025년 엔비디아 영업이익은 300억 원이다.\n';
    const once = service.provideDiagnostics(doc(report)).map((d) => `${d.code}@${d.range.start.line}`);
    assert.ok(once.length > 0, 'the report has a conflict of its own');
    const lines = report.split('\n').length - 1;
    const twice = service.provideDiagnostics(doc(`${report}${report}`)).map((d) => `${d.code}@${d.range.start.line}`);
    const shifted = once.map((x) => x.replace(/@(\d+)$/, (_, l) => `@${Number(l) + lines}`));
    assert.deepEqual(twice.sort(), [...once, ...shifted].sort());
  });
});
