// The consistency rules against reports with planted errors (test/fixtures/consistency): every trip
// report's planted inconsistency is found at its line, every rounding-consistent twin and every
// suppressed report stays silent. Recall and false positives are printed and held to a floor.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadBuiltInKnowledgeBase } from '../../server/src/knowledgeBaseFile';
import { ruleCodes } from '../../server/src/core/rules/ruleTypes';
import { doc, findRoot } from '../helpers';

const dir = join(findRoot(), 'test', 'fixtures', 'consistency');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).files as Record<string, Array<{ rule: string; line: number; note: string }>>;
const knowledgeBase = loadBuiltInKnowledgeBase((m) => assert.fail(m), join(findRoot(), 'dist', 'knowledge-base.json'));

function check(file: string) {
  const service = createLanguageService({ knowledgeBase });
  return service.provideDiagnostics(doc(readFileSync(join(dir, file), 'utf8'), `file:///fixtures/${file}`))
    .filter((d) => (ruleCodes as readonly string[]).includes(d.code));
}

describe('consistency rules: planted errors', function () {
  this.timeout(30000);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  let found = 0;
  let wanted = 0;
  let falsePositives = 0;
  const missed: string[] = [];
  const extra: string[] = [];

  it('has a trip, a twin for every rule in Korean and English, and suppression reports', () => {
    for (const rule of ruleCodes) {
      for (const lang of ['ko', 'en']) {
        assert.ok(files.includes(`${rule}.${lang}.trip.md`) && files.includes(`${rule}.${lang}.twin.md`), `${rule}.${lang}`);
      }
    }
    assert.ok(files.filter((f) => f.startsWith('suppression.')).length >= 4);
  });

  for (const file of files) {
    it(file, () => {
      const diagnostics = check(file);
      const want = expected[file] ?? [];
      for (const w of want) {
        wanted++;
        if (diagnostics.some((d) => d.code === w.rule && d.range.start.line === w.line - 1)) found++;
        else missed.push(`${file}:${w.line} ${w.rule} (${w.note})`);
      }
      for (const d of diagnostics) {
        if (want.some((w) => w.rule === d.code && w.line - 1 === d.range.start.line)) continue;
        falsePositives++;
        extra.push(`${file}:${d.range.start.line + 1} ${d.code}: ${d.message}`);
      }
      // Twins and suppressed reports must be silent: that is what rounding and suppression mean.
      if (/\.twin\.md$|^suppression\./.test(file)) assert.deepEqual(diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}: ${d.message}`), []);
    });
  }

  after(() => {
    // The figures go to the log (and the closing note); the floors below make a regression fail.
    console.log(`      planted errors found: ${found}/${wanted} (${((100 * found) / Math.max(1, wanted)).toFixed(0)}%), unexpected diagnostics: ${falsePositives}`);
    if (missed.length > 0) console.log(`      missed: ${missed.join('\n              ')}`);
    if (extra.length > 0) console.log(`      unexpected: ${extra.join('\n              ')}`);
  });

  it('finds most planted errors (recall floor)', function () {
    // Runs last in this describe: mocha runs its tests in order.
    if (wanted === 0) this.skip();
    assert.ok(found / wanted >= 0.6, `recall ${found}/${wanted}`);
  });
});
