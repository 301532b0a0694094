// Document symbols and folding ranges: what the Outline view, breadcrumbs and Go to Symbol show.
import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import type { DocumentSymbol } from '../../server/src/core/features/symbolTypes';
import { SymbolKind } from '../../server/src/core/features/symbolTypes';
import { doc, seed } from '../helpers';

function flatten(symbols: DocumentSymbol[], path: string[] = []): Array<{ path: string[]; symbol: DocumentSymbol }> {
  return symbols.flatMap((s) => [{ path, symbol: s }, ...flatten(s.children, [...path, s.name])]);
}

function contains(outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean {
  const before = (a: DocumentSymbol['range']['start'], b: DocumentSymbol['range']['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe('outline', () => {
  const service = createLanguageService();

  it('000: lists the peer tables by caption under their section', () => {
    const all = flatten(service.provideDocumentSymbols(seed('000_769e3c25c3dd0279')));
    const peer = all.find((e) => e.symbol.name === '표 8. Peer Table (1)')!;
    assert.ok(peer, 'peer table symbol');
    assert.equal(peer.symbol.kind, SymbolKind.Struct);
    assert.equal(peer.path[peer.path.length - 1], 'IV. AI Peer Table');
    assert.match(peer.symbol.detail!, /12 columns × 26 rows/);
    const tables = all.filter((e) => e.symbol.kind === SymbolKind.Struct).map((e) => e.symbol.name.split('.')[0] + '.');
    assert.deepEqual(tables, ['표 1.', '그림 2.', '표 2.', '표 3.', '그림 9.', '표 4.', '표 5.', '표 6.', '표 7.', '표 8.', '표 9.', '표 10.', '표 11.']);
    assert.ok(all.some((e) => e.symbol.kind === SymbolKind.Object && e.symbol.name.startsWith('그림 3.')), 'figures too');
  });

  it('every symbol range contains its selection range and its children (as LSP requires)', () => {
    for (const name of ['000_769e3c25c3dd0279', '001_cb93e14f1339dffe', '002_5d00c0ceb4fdecc9', '004_311725c3b42caac1'] as const) {
      for (const { symbol } of flatten(service.provideDocumentSymbols(seed(name)))) {
        assert.ok(symbol.name.length > 0);
        assert.ok(contains(symbol.range, symbol.selectionRange), `${name}: ${symbol.name}`);
        for (const child of symbol.children) assert.ok(contains(symbol.range, child.range), `${name}: ${child.name} inside ${symbol.name}`);
      }
    }
  });

  it('nests headings by level and names untitled tables by their header', () => {
    const symbols = service.provideDocumentSymbols(doc('# A\n\n## B\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n# C\n'));
    assert.deepEqual(symbols.map((s) => s.name), ['A', 'C']);
    assert.equal(symbols[0].children[0].name, 'B');
    assert.equal(symbols[0].children[0].children[0].name, 'Table: x | y');
  });

  it('002: the untitled OpenAI table is named by the title line above it', () => {
    const all = flatten(service.provideDocumentSymbols(seed('002_5d00c0ceb4fdecc9')));
    const table = all.find((e) => e.symbol.kind === SymbolKind.Struct)!;
    assert.equal(table.symbol.name, '오픈AI 주요 재무데이터 요약');
    assert.match(table.symbol.detail!, /\(십억달러\)/);
  });

  it('folds sections and tables', () => {
    const ranges = service.provideFoldingRanges(seed('000_769e3c25c3dd0279'));
    // 표 8 spans lines 605–631 (1-based) of the seed.
    assert.ok(ranges.some((r) => r.startLine === 604 && r.endLine === 630 && r.kind === 'region'));
    assert.ok(ranges.some((r) => r.startLine === 600 && r.endLine > 630), 'section IV folds over its tables');
  });
});
