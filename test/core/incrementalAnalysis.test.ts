// Re-checking a report reads again only the blocks an edit changed (model/topLevelBlocks.ts,
// model/chunkItems.ts). Each chunk, and each block, parsed alone must give exactly the nodes of one whole-document
// parse, positions included: on the seeds and fixtures, on documents made of the constructs a blank
// line does not end (fences, HTML comments, loose lists, definitions), and over chains of random
// edits. And an analysis built from cached, moved chunks must equal a fresh one of the same text.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseMarkdown } from '../../server/src/core/model/parseMarkdown';
import { chunkBlocks, topLevelBlocks, type Piece } from '../../server/src/core/model/topLevelBlocks';
import { reportNestingDepth } from '../../server/src/core/model/reportNesting';
import { nestingDepth } from '../../server/src/core/text/nestingDepth';
import type { Nodes, Root } from 'mdast';
import { createLanguageService, type LanguageService } from '../../server/src/core/languageService';
import { loadBuiltInKnowledgeBase } from '../../server/src/knowledgeBaseFile';
import type { ITextDocument } from '../../server/src/core/text/types';
import { findRoot } from '../helpers';

const runs = Number(process.env.TICKMARK_FC_RUNS) || 200;

function reports(): Array<{ name: string; text: string }> {
  const root = findRoot();
  const dirs = [join(root, 'seeds'), join(root, 'test', 'fixtures', 'consistency'), join(root, 'test', 'fixtures', 'entities')];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8') }));
    } catch {
      return [];
    }
  });
}

/** Each chunk (or each block) parsed alone, its nodes moved to the chunk's line and offset, under one root. */
function parseInChunks(text: string, pieces: Piece[] = chunkBlocks(topLevelBlocks(text))): Root {
  const children = pieces.flatMap((chunk) => {
    const tree = parseMarkdown(chunk.text);
    for (const node of tree.children) shift(node, chunk.line, chunk.start);
    return tree.children;
  });
  return { type: 'root', children };
}

function shift(node: Nodes, lines: number, offset: number): void {
  if (node.position) {
    node.position.start.line += lines;
    node.position.end.line += lines;
    node.position.start.offset! += offset;
    node.position.end.offset! += offset;
  }
  if ('children' in node) for (const child of node.children) shift(child, lines, offset);
}

function assertSameTree(text: string, label: string): void {
  assertSameChildren(text, JSON.stringify(parseInChunks(text).children), `${label} (chunks)`);
  assertSameChildren(text, JSON.stringify(parseInChunks(text, topLevelBlocks(text)).children), `${label} (blocks)`);
}

function assertSameChildren(text: string, chunked: string, label: string): void {
  const whole = JSON.stringify(parseMarkdown(text).children);
  if (whole === chunked) return;
  let i = 0;
  while (whole[i] === chunked[i]) i++;
  assert.fail(`${label}: the chunked parse differs at ${i}:\n  whole:   …${whole.slice(Math.max(0, i - 120), i + 80)}\n  chunked: …${chunked.slice(Math.max(0, i - 120), i + 80)}\ntext: ${JSON.stringify(text.slice(0, 2000))}`);
}

/** Blocks that stress the cuts: each is preceded by a blank line when documents are assembled. */
const block = fc.constantFrom(
  'Paragraph 1,234억 원.', '# Heading', '## Sub heading\n\ntext after', '- a\n- b', '- loose\n\n- list\n\n  continued',
  '1. one\n\n2. two', '> quote\n> more', '> quote\n\nlazy?', '```\ncode\n\nstill code\n```', '~~~md\n\n# not a heading\n~~~',
  '````\n```\n\ninner\n````', '```js`x\n\nnot a fence', '<!--\ncomment\n\nstill comment -->', '<!-- one line -->', '<pre>\n\nkept\n</pre>',
  '<div>\nhtml\n</div>', '<?php\n\n?>', '<!DOCTYPE html>', '<![CDATA[\n\n]]>', '    indented code\n\n    more code', '\tcode with a tab',
  '| a | b |\n| --- | --- |\n| 1 | 2 |', '| a | b |\n|---|---|\n```\n\nx', 'a\tb\tc\n1\t2\t3', '[ref]: https://example.com', 'see [ref] and [^1]',
  '[^1]: a note', '- ```\n  code\n\n  more', '> ```\n> code', '   ```\n   indented fence\n\n   ```', '* * *', '---', 'text\n===',
  '<!-- tickmark-disable table-sum -->', '\ufeffBOM line', 'www.example.com/_a_ and https://x.y', '~~struck~~ 96~98%', '',
);
const documents = fc.tuple(fc.array(block, { maxLength: 14 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('\n\n', '\n\n\n', '\n \n', '\n')).map(
  ([blocks, eol, gap]) => blocks.join(gap).replace(/\n/g, eol),
);

describe('incremental analysis: chunks parse as the whole document', () => {
  it('gives the whole-document tree for every seed and fixture', () => {
    for (const { name, text } of reports()) assertSameTree(text, name);
  });

  it('cuts the seed reports into many chunks (otherwise nothing is incremental)', () => {
    const text = readFileSync(join(findRoot(), 'seeds', '000_769e3c25c3dd0279.md'), 'utf8');
    const blocks = topLevelBlocks(text);
    assert.ok(blocks.length > 100, `${blocks.length} blocks`);
    assert.equal(blocks.map((b) => b.text).join(''), text);
    const chunks = chunkBlocks(blocks);
    assert.ok(chunks.length >= 10, `${chunks.length} chunks`);
    assert.equal(chunks.map((c) => c.text).join(''), text);
  });

  it('measures the nesting of lists and quotes block by block as in the whole text', () => {
    // The guard before every analysis measures each block alone (model/reportNesting.ts) and keeps
    // its depth by its text: the report's depth must be the whole text's.
    for (const { name, text } of reports()) assert.equal(reportNestingDepth(text), nestingDepth(text), name);
    // A fence after a list closes the list; a fence's info string has no backtick; a closing fence has nothing after it.
    const fencedLists = ['- a\n\n```\n- b\n  - c\n```\n', '``` `x`\n\n- a\n  - b\n', '```\n```js\n\n- a\n  - b\n```\n'];
    for (const text of fencedLists) assert.equal(reportNestingDepth(text), nestingDepth(text), JSON.stringify(text));
    assert.deepEqual(fencedLists.map(nestingDepth), [1, 2, 0]);
    const line = fc.constantFrom(
      '', '  ', 'text', '# H', '- a', '  - b', '    - c', '      - d', '* e', '1. f', '   2) g', '\t- h', '> q', '> > q', '> - r', '- > s',
      '```', '~~~', '````', '``` `x`', '```js', '  ```', '<!--', '-->', '<pre>', '</pre>', '| a | 1 |', '- - - t', '> > > > u', '표 1. 매출',
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
      const text = lines.join(eol);
      assert.equal(reportNestingDepth(text), nestingDepth(text), JSON.stringify(text));
    }), { numRuns: runs * 5 });
  });

  it('leaves a document with link reference definitions in one piece', () => {
    assert.equal(topLevelBlocks('para\n\n[x]: https://a.b\n\nmore [x]\n').length, 1);
  });

  it('never cuts inside a fence, an HTML comment or a loose list', () => {
    const text = 'a\n\n```\n\nb\n\n```\n\n<!--\n\nc\n\n-->\n\n- d\n\n- e\n\nf\n';
    const starts = topLevelBlocks(text).map((b) => b.text.split('\n')[0]);
    assert.deepEqual(starts, ['a', '```', '<!--', 'f']);
  });

  it('gives the whole-document tree for documents of tricky blocks', () => {
    fc.assert(fc.property(documents, (text) => assertSameTree(text, 'generated')), { numRuns: runs * 2 });
  });

  it('gives the whole-document tree after chains of random edits to a seed', () => {
    const texts = reports().slice(0, 5).map((r) => r.text);
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.integer({ min: 0, max: 40 }),
      insert: fc.constantFrom('', 'x', ' ', '\n', '\n\n', '\n\n# New\n\n', '```', '\n```\n', '<!--', '-->', '- ', '| a | b |\n|---|---|\n', '\t', '1억', '\r\n'),
    });
    fc.assert(fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
      let text = texts[which];
      assertSameTree(text, 'before the edits');
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        assertSameTree(text, `after ${JSON.stringify(e)}`);
      }
    }), { numRuns: Math.max(20, runs / 8) });
  });

});

const knowledgeBase = loadBuiltInKnowledgeBase((m) => assert.fail(m), join(findRoot(), 'dist', 'knowledge-base.json'));

/** Everything the server shows for a report: diagnostics, ticks, outline, folding, numbers, entities, facts, the model. */
function everything(service: LanguageService, document: ITextDocument): string {
  const model = service.getModel(document)!;
  const { text: _text, lines: _lines, version: _version, ...structure } = model;
  return JSON.stringify({
    diagnostics: service.provideDiagnostics(document), ticks: service.provideTicks(document), symbols: service.provideDocumentSymbols(document),
    folding: service.provideFoldingRanges(document), numbers: service.readNumbers(document), entities: service.provideEntities(document),
    facts: service.provideFacts(document), structure,
  }, (key, value) => {
    if (key === 'reading') return undefined;
    // Text read from a chunk keeps offsets from the chunk's start and the chunk's offset: compare where it stands.
    if (value && typeof value === 'object' && 'map' in value && 'offset' in value) {
      return { text: value.text, at: (value.map as number[]).map((m) => m + value.offset), end: value.sourceEnd + value.offset };
    }
    // What is shown, not the order its fields were written in (a fact moved by an edit is a copy made field by field).
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]]));
    }
    return value;
  });
}

/**
 * The reference: a text that starts with a byte-order mark is read whole (one parse, no chunk from
 * any cache), with the mark read as a space. The same text starting with a space is read in chunks,
 * at the same offsets.
 */
function wholeAndChunked(text: string, uri: string): { whole: ITextDocument; chunked: ITextDocument } {
  return {
    whole: { uri, version: 1, getText: () => `\ufeff${text}` },
    chunked: { uri, version: 1, getText: () => ` ${text}` },
  };
}

function assertSameAnalysis(whole: string, chunked: string, label: string): void {
  if (whole === chunked) return;
  let i = 0;
  while (whole[i] === chunked[i]) i++;
  assert.fail(`${label}: the analysis from chunks differs at ${i}:\n  whole:   …${whole.slice(Math.max(0, i - 160), i + 100)}\n  chunked: …${chunked.slice(Math.max(0, i - 160), i + 100)}`);
}

describe('incremental analysis: an analysis from cached chunks equals one whole-document analysis', function () {
  this.timeout(120000);

  it('on every seed and fixture', () => {
    for (const { name, text } of reports()) {
      const { whole, chunked } = wholeAndChunked(text, `file:///chunks/${name}`);
      const expected = everything(createLanguageService({ knowledgeBase }), whole);
      // Twice: first from chunks read now, then from the chunk cache.
      assertSameAnalysis(expected, everything(createLanguageService({ knowledgeBase }), chunked), name);
      assertSameAnalysis(expected, everything(createLanguageService({ knowledgeBase }), chunked), `${name} (cached)`);
    }
  });

  it('after each edit of a chain of edits, as the server re-checks while the author types', () => {
    const texts = reports().slice(0, 5).map((r) => r.text);
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.integer({ min: 0, max: 30 }),
      insert: fc.constantFrom('', 'x', ' ', '1', '9.9', '\n', '\n\n', '\n\n# New section\n\n', '| a | 1 |\n', '합계', '증가', '\t', '1억', '```'),
    });
    fc.assert(fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
      const typing = createLanguageService({ knowledgeBase });
      let text = texts[which];
      let version = 1;
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        const { whole, chunked } = wholeAndChunked(text, 'file:///chunks/typing.md');
        const current = { ...chunked, version: ++version };
        assertSameAnalysis(everything(createLanguageService({ knowledgeBase }), whole), everything(typing, current), `after ${JSON.stringify(e)}`);
      }
    }), { numRuns: Math.max(8, runs / 20) });
  });

  it('after edits above a table that leave it at its offset (its facts are kept then, facts/tableFactsCache.ts)', () => {
    // Overwriting text of the same length keeps every table at its offset, so the re-check takes the
    // tables' kept facts whenever their numbers and mentions are unchanged: a line break (the table
    // moves down a line), a unit note, a heading or a caption naming a company (a new subject).
    const overwrite = fc.record({
      table: fc.nat(),
      before: fc.integer({ min: 0, max: 200 }),
      text: fc.constantFrom('\n', '\n\n', 'x', '1', '(단위: 조원)\n', '(단위: %)\n', '\n# SK하이닉스\n', '\n표 1. 삼성전자\n', 'NVIDIA ', '<!-- tickmark-disable -->\n'),
    });
    assertSameAfterEditsAboveTables('file:///chunks/above-a-table.md', overwrite, 4, (text, tableStart, e) => {
      const at = Math.max(0, tableStart - e.before - e.text.length);
      return at + e.text.length > tableStart ? undefined : text.slice(0, at) + e.text + text.slice(at + e.text.length);
    });
  });

  it('after typing above a table that moves it along (its facts are moved then, facts/tableFactsCache.ts)', () => {
    // Inserting text before a table moves it by that many characters (and by a line for a line
    // break): the re-check moves the table's kept facts to the readings where they now stand.
    const typed = fc.record({
      table: fc.nat(),
      before: fc.integer({ min: 0, max: 400 }),
      text: fc.constantFrom('x', ' ', '1', '\n', '\n\n', '9.9%', '(단위: 조원)\n', '\n# SK하이닉스\n\n', '| a | 1 |\n', 'NVIDIA '),
    });
    assertSameAfterEditsAboveTables('file:///chunks/typing-above-a-table.md', typed, 5, (text, tableStart, e) => {
      const at = Math.max(0, tableStart - e.before);
      return text.slice(0, at) + e.text + text.slice(at);
    });
  });

  it('editing a table cell updates that table\'s diagnostics and leaves the other table\'s', () => {
    const table = (title: string, total: string) => [
      `표 ${title}. 제품별 매출`, '', '(조원)\t1Q25\t2Q25\t3Q25', 'DRAM\t13.0\t17.1\t19.2', 'NAND\t4.2\t4.6\t4.9', '기타\t0.4\t0.5\t0.4', `합계\t17.6\t${total}\t24.4`, '', '자료: 리서치센터', '',
    ].join('\n');
    const prose = Array.from({ length: 30 }, (_, i) => `문단 ${i + 1}. 메모리 시장은 성장했다.\n`).join('\n');
    const report = (first: string, second: string) => ['# SK하이닉스 (000660 KS): 제품별 매출', '', table('1', first), prose, table('2', second)].join('\n');
    const service = createLanguageService({ knowledgeBase });
    const uri = 'file:///chunks/two-tables.md';
    const sums = (text: string, version: number) =>
      service.provideDiagnostics({ uri, version, getText: () => text }).filter((d) => d.code === 'table-sum').map((d) => `${d.range.start.line}: ${d.message}`);
    const ok = sums(report('22.3', '23.2'), 1);
    assert.equal(ok.length, 1, `only the second table is wrong: ${ok.join('; ')}`);
    const broken = sums(report('25.3', '23.2'), 2);
    assert.equal(broken.length, 2, broken.join('; '));
    assert.ok(broken.includes(ok[0]), 'the second table keeps its finding');
    assert.ok(broken.some((d) => d.includes('25.3')), broken.join('; '));
    assert.deepEqual(sums(report('22.3', '23.2'), 3), ok);
    assert.deepEqual(sums(report('22.3', '22.3'), 4), []);
  });
});

/**
 * Chains of edits near the tables of the seeds and fixtures that have tables, each re-checked by one
 * service as the author types and compared with a whole-document analysis. `edit` gets the report's
 * text, where the chosen table starts in it, and the edit; undefined skips the edit.
 */
function assertSameAfterEditsAboveTables<E extends { table: number }>(
  uri: string, edits: fc.Arbitrary<E>, maxEdits: number, edit: (text: string, tableStart: number, e: E) => string | undefined,
): void {
  const withTables = reports().filter((r) => /\n\|[^\n]*\|\n\|\s*:?-{3,}|\t.*\n.*\t/.test(r.text)).slice(0, 8);
  fc.assert(fc.property(fc.integer({ min: 0, max: withTables.length - 1 }), fc.array(edits, { minLength: 1, maxLength: maxEdits }), (which, chain) => {
    const typing = createLanguageService({ knowledgeBase });
    let text = withTables[which].text;
    let version = 1;
    everything(typing, { ...wholeAndChunked(text, uri).chunked, version });
    for (const e of chain) {
      const tables = typing.getModel({ ...wholeAndChunked(text, uri).chunked, version })!.tables;
      if (tables.length === 0) return;
      // The chunked text starts with one more character than the report.
      const edited = edit(text, tables[e.table % tables.length].start - 1, e);
      if (edited === undefined) continue;
      text = edited;
      const { whole, chunked } = wholeAndChunked(text, uri);
      assertSameAnalysis(everything(createLanguageService({ knowledgeBase }), whole), everything(typing, { ...chunked, version: ++version }), `after ${JSON.stringify(e)}`);
    }
  }), { numRuns: Math.max(10, runs / 10) });
}
