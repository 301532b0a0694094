// Rule table-shape: rows whose cell count disagrees with the header.
import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { doc, seed, seedNames } from '../helpers';

describe('rule table-shape', () => {
  const service = createLanguageService();

  it('flags a pipe-table row with an extra cell, on that row, pointing at the header', () => {
    const text = '표 1. 실적\n\n| 항목 | 1Q25 |\n|---|---|\n| 매출 | 22.2 |\n| 원가 | 10.0 | 3.1 |\n';
    const [d, ...rest] = service.provideDiagnostics(doc(text));
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'table-shape');
    assert.equal(d.severity, 'warning');
    assert.equal(d.range.start.line, 5);
    assert.match(d.message, /Row 2 of table “표 1\. 실적” has 3 cells but the header has 2/);
    assert.equal(d.relatedInformation[0].range.start.line, 2);
  });

  it('flags a pipe-table row with a missing cell', () => {
    const [d] = service.provideDiagnostics(doc('| a | b | c |\n|---|---|---|\n| 1 | 2 |\n'));
    assert.match(d.message, /has 2 cells but the header has 3; the missing cells render empty/);
  });

  it('flags a value past the last column of a tab-separated table, not trailing empty cells', () => {
    assert.equal(service.provideDiagnostics(doc('a\tb\tc\n1\t2\t3\t\t\n4\t5\n')).length, 0);
    const [d] = service.provideDiagnostics(doc('a\tb\tc\n1\t2\t3\t9\n'));
    assert.match(d.message, /has 4 cells but the header has 3; the extra cells fall outside every column/);
  });

  it('finds nothing in well-formed tables: the five seed reports', () => {
    for (const name of seedNames) assert.deepEqual(service.provideDiagnostics(seed(name)).filter((d) => d.code === 'table-shape'), [], name);
  });

  it('declines binary and oversized files with one information diagnostic', () => {
    const [binary] = service.provideDiagnostics(doc('PK\u0003\u0004\u0000\u0000'));
    assert.deepEqual([binary.severity, binary.code], ['information', 'not-analysed']);
    const small = createLanguageService({ maxFileSize: 10 });
    const [big] = small.provideDiagnostics(doc('x'.repeat(11)));
    assert.match(big.message, /above the 0\.0 MB limit|above the/);
    assert.deepEqual(small.provideDocumentSymbols(doc('# x\n'.repeat(10))), []);
  });
});
