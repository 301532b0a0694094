// Entity recognition against hand-written gold annotations (test/core/entities.gold.ts), the
// recognition rules in isolation, hover cards as reviewed snapshots, and the workspace file.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, type LanguageService } from '../../server/src/core/languageService';
import { loadBuiltInKnowledgeBase } from '../../server/src/knowledgeBaseFile';
import type { EntityMention } from '../../server/src/core/entities/recogniseEntities';
import { goldMentions, goldNonTickers, type GoldMention } from './entities.gold';
import { doc, findRoot, seed } from '../helpers';

const knowledgeBase = loadBuiltInKnowledgeBase((m) => assert.fail(m), join(findRoot(), 'dist', 'knowledge-base.json'));
const newService = () => createLanguageService({ knowledgeBase });

const seedName = (file: string) => file.replace(/\.md$/, '') as Parameters<typeof seed>[0];

/** Gold mentions matched by a recognised mention on the same line with the same text and kind (and company). */
function score(service: LanguageService, gold: GoldMention[]): { hits: number; misses: GoldMention[] } {
  const mentionsBySeed = new Map<string, EntityMention[]>();
  const misses: GoldMention[] = [];
  let hits = 0;
  const used = new Set<EntityMention>();
  for (const g of gold) {
    if (!mentionsBySeed.has(g.seed)) mentionsBySeed.set(g.seed, service.provideEntities(seed(seedName(g.seed))));
    const kindMatches = (m: EntityMention) => m.kind === g.kind || (g.kind === 'company' && m.kind === 'ticker' && m.text === g.text);
    const hit = mentionsBySeed.get(g.seed)!.find((m) =>
      !used.has(m) && m.range.start.line === g.line - 1 && m.text === g.text && kindMatches(m) && (!g.company || m.id === g.company));
    if (hit) {
      hits++;
      used.add(hit);
    } else {
      misses.push(g);
    }
  }
  return { hits, misses };
}

describe('entity recognition: gold annotations of the seeds', function () {
  this.timeout(20000);
  const service = newService();

  for (const kind of ['ticker', 'company', 'model', 'metric'] as const) {
    it(`recalls the annotated ${kind} mentions`, () => {
      const gold = goldMentions.filter((g) => g.kind === kind);
      const { hits, misses } = score(service, gold);
      const recall = hits / gold.length;
      const minimum = { ticker: 0.95, company: 0.9, model: 0.85, metric: 0.85 }[kind];
      assert.ok(recall >= minimum, `${kind} recall ${(100 * recall).toFixed(1)}% < ${100 * minimum}%; missed: ${misses.map((m) => `${m.seed.slice(0, 3)}:${m.line} ${m.text}`).join(', ')}`);
    });
  }

  it('reads no stop-list word as a ticker (AI, CEO, GPU, HBM, US in prose …)', () => {
    for (const g of goldNonTickers) {
      const mentions = service.provideEntities(seed(seedName(g.seed)));
      const line = readFileSync(join(findRoot(), 'seeds', g.seed), 'utf8').split('\n')[g.line - 1];
      const wrong = mentions.filter((m) => m.kind === 'ticker' && m.range.start.line === g.line - 1 && m.text === g.text &&
        // `CRM` inside `CRM US` is the ticker; the gold entry is the other occurrence.
        !line.includes(`${g.text} US`));
      assert.deepEqual(wrong.map((m) => m.text), [], `${g.seed}:${g.line} ${g.text} (${g.note})`);
    }
  });

  it('finds no entity in the annotated peer tables that the annotators did not mark', () => {
    const gold = goldMentions.filter((g) => g.seed.startsWith('000') && g.line >= 605 && g.line <= 667);
    const found = service.provideEntities(seed('000_769e3c25c3dd0279')).filter((m) => m.range.start.line >= 604 && m.range.start.line <= 666);
    const unexpected = found.filter((m) => !gold.some((g) => g.line - 1 === m.range.start.line && (g.text === m.text || g.text.includes(m.text))));
    const rate = unexpected.length / Math.max(1, found.length);
    assert.ok(rate <= 0.1, `false positives ${unexpected.length}/${found.length}: ${unexpected.map((m) => `${m.range.start.line + 1} ${m.text}`).join(', ')}`);
  });
});

describe('entity recognition: rules', () => {
  const service = newService();
  const read = (text: string) => service.provideEntities(doc(text)).map((m) => [m.kind, m.id, m.text]);

  it('reads every ticker form and resolves it to the company', () => {
    const mentions = read('NVDA US, 005930 KS, 9988 HK, 2330 TT, 005930.KS, 9988.HK, 9988:HKG, (NASDAQ: NVDA), $AAPL');
    const tickers = mentions.filter((m) => m[0] === 'ticker');
    assert.deepEqual(tickers.map((m) => m[2]), ['NVDA US', '005930 KS', '9988 HK', '2330 TT', '005930.KS', '9988.HK', '9988:HKG', 'NASDAQ: NVDA', '$AAPL']);
    assert.equal(tickers[0][1], 'nvda-us');
    assert.equal(tickers[7][1], 'nvda-us');
    assert.equal(tickers[8][1], 'aapl-us');
  });

  it('does not read stop-list words or bare symbols without evidence as tickers', () => {
    assert.deepEqual(read('AI CEO GPU HBM DRAM USD OK IT EPS API FY25 in the US market').filter((m) => m[0] === 'ticker'), []);
    assert.deepEqual(read('We NOW see the NET effect').filter((m) => m[0] === 'ticker'), []);
    assert.deepEqual(read('· TSLA 실적 · MSFT 실적').map((m) => m[1]), ['tsla-us', 'msft-us']);
  });

  it('reads Korean names with their particles and longest names first', () => {
    const mentions = service.provideEntities(doc('엔비디아는 SK하이닉스의 HBM을, 삼성전자가 파운드리를. 메타버스는 메타가 아니다.'));
    const names = mentions.map((m) => `${m.text}=${m.id}`);
    assert.ok(names.includes('엔비디아=nvda-us'), names.join(' '));
    assert.ok(names.includes('SK하이닉스=000660-ks'), names.join(' '));
    assert.ok(names.includes('삼성전자=005930-ks'), names.join(' '));
    assert.ok(!names.some((n) => n.startsWith('메타버스') || n === '하이닉스=000660-ks'), names.join(' '));
  });

  it('normalises versioned model spellings to one id, and keeps the longest model name', () => {
    const id = (text: string) => service.provideEntities(doc(text)).find((m) => m.kind === 'model')?.id;
    assert.equal(id('GPT-4o 0513 beats'), id('GPT-4o-0513 beats'));
    assert.equal(id('Claude-3.5-Sonnet-1022 은'), id('Claude 3.5 Sonnet (20241022) 은'));
    assert.equal(id('o1-2024-12-17 leads'), id('o1-1217 leads'));
    const distill = service.provideEntities(doc('DeepSeek-R1-Distill-Qwen-7B runs locally'));
    assert.deepEqual(distill.map((m) => m.text), ['DeepSeek-R1-Distill-Qwen-7B']);
  });

  it('matches a weak alias (R1) only where the report names its developer or the model', () => {
    assert.deepEqual(read('R1 is fast.').filter((m) => m[0] === 'model'), []);
    const withContext = read('DeepSeek released R1. R1 is fast.').filter((m) => m[0] === 'model');
    assert.ok(withContext.length >= 2, JSON.stringify(withContext));
  });
});

describe('hover cards (reviewed snapshots)', () => {
  const service = newService();
  const report = seed('000_769e3c25c3dd0279');
  const lines = report.getText().split('\n');
  const snapshotDir = join(findRoot(), 'test', 'core', 'snapshots');
  const at = (line: number, text: string) => ({ line: line - 1, character: lines[line - 1].indexOf(text) + 1 });
  const cases = [
    { name: 'ticker-000660-KS', position: at(657, '000660 KS') },
    { name: 'company-SK-hynix', position: at(657, 'SK하이닉스') },
    { name: 'model-DeepSeek-R1', position: at(94, 'DeepSeek R1') },
    { name: 'metric-GPQA-Diamond', position: at(103, 'GPQA Diamond') },
    { name: 'number-6710억', position: at(27, '6,710억') },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const hover = service.provideHover(report, c.position);
      assert.ok(hover, 'a hover');
      const file = join(snapshotDir, `hover-${c.name}.md`);
      if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
        mkdirSync(snapshotDir, { recursive: true });
        writeFileSync(file, hover!.contents + '\n');
        if (process.env.UPDATE_SNAPSHOTS !== '1') assert.fail(`wrote a new snapshot ${file}: review it and run again`);
      }
      assert.equal(hover!.contents + '\n', readFileSync(file, 'utf8'));
    });
  }
});

describe('workspace knowledge base (.tickmark/entities.json)', () => {
  const uri = 'file:///workspace/.tickmark/entities.json';

  it('reports broken JSON at its line and keeps the built-in data working', () => {
    const service = newService();
    const diagnostics = service.setUserKnowledgeBase(uri, '{\n  "companies": [\n    { "id": "acme", "name": "Acme" ,, }\n  ]\n}\n');
    assert.ok(diagnostics.length > 0);
    assert.equal(diagnostics[0].range.start.line, 2);
    assert.equal(diagnostics[0].severity, 'error');
    assert.match(diagnostics[0].message, /^Invalid JSON/);
    assert.ok(service.provideEntities(doc('엔비디아는 NVDA US')).some((m) => m.id === 'nvda-us'));
  });

  it('reports schema problems at the exact property, drops only the bad entries, and adds the good ones', () => {
    const service = newService();
    const text = [
      '{',
      '  "companies": [',
      '    { "id": "acme-ks", "name": "Acme", "nameKo": "애크미", "listings": [{ "exchange": "KRX", "code": "123450", "bloomberg": "123450 KS" }] },',
      '    { "id": "bad", "name": 42 },',
      '    { "name": "No Id" }',
      '  ],',
      '  "metrics": [{ "id": "arr", "name": "ARR", "category": "saas", "definition": "Annual recurring revenue", "unitKind": "currency" }],',
      '  "widgets": []',
      '}',
    ].join('\n');
    const diagnostics = service.setUserKnowledgeBase(uri, text);
    const summary = diagnostics.map((d) => `${d.range.start.line}: ${d.message}`);
    assert.deepEqual(summary, [
      '3: "name" must be a string.',
      '4: Missing "id" in an entry of "companies".',
      '6: "category" must be one of "financial", "ai".',
      '7: Unknown property "widgets": expected "companies", "models" or "metrics".',
    ]);
    const mentions = service.provideEntities(doc('애크미는 123450 KS로 상장. 엔비디아도.'));
    assert.deepEqual(mentions.map((m) => `${m.text}=${m.id}`), ['애크미=acme-ks', '123450 KS=acme-ks', '엔비디아=nvda-us']);
    // Removing the file removes its entries again.
    service.setUserKnowledgeBase(uri, undefined);
    assert.ok(!service.provideEntities(doc('애크미는 좋다.')).some((m) => m.id === 'acme-ks'));
  });
});
