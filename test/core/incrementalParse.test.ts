// The chunked parse (model/incrementalParse.ts) must give exactly the tree of one whole-document
// parse, positions included: on the seeds and fixtures, on documents made of the constructs a blank
// line does not end (fences, HTML comments, loose lists, definitions), and over chains of random
// edits, where the cached trees of unchanged chunks are moved to their new place.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseMarkdown } from '../../server/src/core/model/parseMarkdown';
import { parseIncrementally } from '../../server/src/core/model/incrementalParse';
import { chunkBlocks, topLevelBlocks } from '../../server/src/core/model/topLevelBlocks';
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

function assertSameTree(text: string, label: string): void {
  const whole = JSON.stringify(parseMarkdown(text));
  const chunked = JSON.stringify(parseIncrementally(text));
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

describe('incremental parse: chunks parse as the whole document', () => {
  it('gives the whole-document tree for every seed and fixture, and again from the cache', () => {
    for (const { name, text } of reports()) {
      assertSameTree(text, name);
      assertSameTree(text, `${name} (cached)`);
    }
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
    }), { numRuns: Math.max(20, runs / 4) });
  });

  it('gives each copy of a repeated block its own positions', () => {
    const table = '| a | b |\n|---|---|\n| 1 | 2 |\n';
    const text = ['# T', table, 'between', table, table].join('\n');
    assertSameTree(text, 'repeated table');
    assertSameTree(text, 'repeated table (cached)');
  });
});
