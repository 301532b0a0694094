// The TextMate injection grammar that highlights tickers, periods and numbers when semantic
// highlighting is off: its patterns compile and match what they name, and not identifiers.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot } from '../helpers';

const grammar = JSON.parse(readFileSync(join(findRoot(), 'syntaxes', 'tickmark.injection.tmLanguage.json'), 'utf8'));
const rule = (name: string) => {
  const r = grammar.repository[name];
  return (r.patterns ?? [r]).map((p: { match: string }) => new RegExp(p.match, 'g'));
};
const matches = (name: string, text: string) => rule(name).flatMap((re: RegExp) => [...text.matchAll(re)].map((m) => m[0]));

describe('TextMate injection grammar', () => {
  it('injects into Markdown outside code', () => {
    assert.equal(grammar.scopeName, 'tickmark.markdown.injection');
    assert.match(grammar.injectionSelector, /text\.html\.markdown/);
    assert.match(grammar.injectionSelector, /-markup\.fenced_code/);
  });

  it('highlights ticker forms', () => {
    assert.deepEqual(matches('ticker', 'NVDA US와 005930 KS, 2330 TT, 9988:HKG, (NASDAQ: NVDA)'), ['NVDA US', '005930 KS', '2330 TT', '9988:HKG', '(NASDAQ: NVDA)']);
  });

  it('highlights periods and numbers, not digits inside identifiers', () => {
    assert.deepEqual(matches('period', '1Q25 실적과 FY25, 2025E 전망'), ['1Q25', 'FY25', '2025E']);
    const numbers = matches('number', '총 6,710억 개, $5.576M, 25-30배, 96~98% 저렴');
    for (const expected of ['6,710억', '$5.576M', '25-30배', '96~98%']) assert.ok(numbers.includes(expected), `${expected} in ${JSON.stringify(numbers)}`);
    assert.deepEqual(matches('number', 'GPT-4o, H800, o1-mini, Qwen-7B'), []);
  });
});
