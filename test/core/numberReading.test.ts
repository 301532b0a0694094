// Number reading on expressions taken from the seed reports, with values worked out by hand from
// CONSISTENCY.md §1 (test/core/numberReading.cases.ts), and numbers inside identifiers that must not be read.
import * as assert from 'node:assert/strict';
import { readNumbers } from '../../server/src/core/numbers/readNumbers';
import type { ReadNumber } from '../../server/src/core/numbers/numberTypes';
import { readingCases, nonQuantityCases, type ExpectedNumber } from './numberReading.cases';

function close(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) {
    assert.equal(actual, expected, what);
    return;
  }
  const tolerance = Math.max(1e-9, Math.abs(expected) * 1e-9);
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: expected ${expected}, got ${actual}`);
}

function describeRead(n: ReadNumber): string {
  return `${n.text} (${n.kind} ${n.value ?? ''} ${n.unit ?? ''} [${n.low}, ${n.high}]${n.period ? ' ' + n.period : ''})`;
}

function check(actual: ReadNumber, expected: ExpectedNumber, where: string): void {
  assert.equal(actual.text, expected.text, `${where}: text`);
  assert.equal(actual.kind, expected.kind, `${where}: kind of ${expected.text}`);
  close(actual.value, expected.value, `${where}: value of ${expected.text}`);
  close(actual.low, expected.low, `${where}: low of ${expected.text}`);
  close(actual.high, expected.high, `${where}: high of ${expected.text}`);
  assert.equal(actual.unit, expected.unit, `${where}: unit of ${expected.text}`);
  close(actual.scale, expected.scale, `${where}: scale of ${expected.text}`);
  if (expected.decimals !== undefined) assert.equal(actual.decimals, expected.decimals, `${where}: decimals of ${expected.text}`);
  assert.equal(actual.approx, expected.approx, `${where}: approximation of ${expected.text}`);
  assert.equal(actual.isRange ?? false, expected.range ?? false, `${where}: range flag of ${expected.text}`);
  assert.equal(actual.period, expected.period, `${where}: period of ${expected.text}`);
}

describe('number reading: expressions from the seed reports', () => {
  it('has at least 60 real expressions in Korean and English', () => {
    const expressions = readingCases.reduce((n, c) => n + c.expect.length, 0);
    assert.ok(expressions >= 60, `only ${expressions} expressions`);
    assert.ok(readingCases.some((c) => /[가-힣]/.test(c.source)) && readingCases.some((c) => /^[\x00-\x7f]*$/.test(c.source)));
  });

  for (const c of readingCases) {
    it(`${c.seed}:${c.line} ${c.context} ${JSON.stringify(c.source).slice(0, 70)}`, () => {
      const found = readNumbers(c.source, c.context);
      assert.deepEqual(found.map((n) => n.text), c.expect.map((e) => e.text), `read: ${found.map(describeRead).join('; ')}`);
      c.expect.forEach((e, i) => check(found[i], e, `${c.seed}:${c.line}`));
      for (const n of found) assert.equal(c.source.slice(n.start, n.end), n.text, 'offsets point at the text');
    });
  }
});

describe('number reading: numbers inside identifiers are not quantities', () => {
  for (const c of nonQuantityCases) {
    it(`${c.seed}:${c.line} ${c.notQuantities.join(', ')}`, () => {
      const found = readNumbers(c.source, c.context);
      for (const identifier of c.notQuantities) {
        let from = 0;
        for (let at = c.source.indexOf(identifier, from); at !== -1; at = c.source.indexOf(identifier, from)) {
          const overlapping = found.filter((n) => n.start < at + identifier.length && at < n.end);
          assert.deepEqual(overlapping.map(describeRead), [], `${identifier} was read as a number`);
          from = at + 1;
        }
      }
    });
  }
});

describe('number reading: markers, days and times in the seeds', () => {
  const read = (text: string) => readNumbers(text, 'prose').map((n) => [n.text, n.kind, n.period ?? n.value, n.unit]);

  it('section numbers and item markers are not quantities', () => {
    assert.deepEqual(read('1. 중국의 AI 굴기: DeepSeek'), []); // 000:67, a heading's text
    assert.deepEqual(read('(1) 어떤 종류의 원자가 (2) 어디에 위치하며 (3) 어떤 격자 구조를'), []); // 000:553
  });

  it('a day of the month, a time of day and a span of months', () => {
    assert.deepEqual(read('이번 주 월요일인 20일 DeepSeek는 약속을 지켰다.'), [['20일', 'date', '---20', null]]); // 000:86
    assert.deepEqual(read('18일 토요일에는 오후 7시 50분에 TSMC 창업자'), [['18일', 'date', '---18', null]]); // 000:389
    assert.deepEqual(read('Fireworks 내 4~6월 오픈소스 모델 처리량은 30조 토큰으로'), [
      ['4~6월', 'date', '--04/--06', null], ['30조', 'quantity', 30e12, null],
    ]); // 002:45
  });

  it('Korean counters before a copula or quotative: 3일간, 51점, 3위라는, 4가지입니다', () => {
    assert.deepEqual(read('젠슨 황 3일간의 대만 방문'), [['3일간', 'count', 3, '일']]);
    assert.deepEqual(read('Artificial Analysis Index 51점으로'), [['51점', 'count', 51, '점']]);
    assert.deepEqual(read('특히 3위라는 순위가'), [['3위', 'count', 3, '위']]);
    assert.deepEqual(read('핵심 포인트 4가지입니다!'), [['4가지', 'count', 4, '가지']]);
  });
});
