// Memory that must not grow with use: the server's list of workspace reports (a report from outside
// the workspace folders, once closed, is not looked for again at every later check), and the caches
// of results by block text (every keystroke in a long paragraph is a new key as long as it; a key
// cut from a report must not keep the closed report's whole text).
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { memoryUsage } from 'node:process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceFiles } from '../../server/src/workspaceFiles';
import { ContentCache, clearContentCaches, contentCacheChars } from '../../server/src/core/text/contentCache';
import { buildReportModel } from '../../server/src/core/model/buildModel';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadBuiltInKnowledgeBase } from '../../server/src/knowledgeBaseFile';
import { findRoot } from '../helpers';

describe('robustness: the workspace list after many reports opened and closed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tickmark-list-'));
  writeFileSync(join(folder, 'report.md'), '# 실적\n');
  const folderUri = pathToFileURL(folder).toString();
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps 1,000 reports opened from elsewhere out of it, and takes a report created in the folder', () => {
    const workspace = new WorkspaceFiles(new TextDocuments(TextDocument));
    workspace.setFolders([folderUri]);
    assert.deepEqual(workspace.list(), [`${folderUri}/report.md`]);
    // What the server does on each open and edit; none of these is open any more.
    for (let i = 0; i < 1000; i++) workspace.touched(`file:///elsewhere/report-${i}.md`);
    // A sibling folder whose name starts like the workspace's is elsewhere too.
    workspace.touched(`${folderUri}-old/report.md`);
    assert.deepEqual(workspace.list(), [`${folderUri}/report.md`]);
    workspace.touched(`${folderUri}/draft.md`);
    assert.deepEqual(workspace.list(), [`${folderUri}/report.md`, `${folderUri}/draft.md`]);
  });
});

describe('robustness: caches by block text after many edits of a long paragraph', () => {
  it('keep at most their budget of text however many long keys they are given, and still answer', () => {
    const cache = new ContentCache<number>(20000, 4 * 1024 * 1024);
    const paragraph = 'lorem ipsum 1,234.5 dolor '.repeat(40000);
    for (let edit = 0; edit < 40; edit++) {
      const text = `${paragraph}${edit}`;
      assert.equal(cache.get(text, () => text.length), text.length);
      assert.ok(cache.chars <= 4 * 1024 * 1024, `${cache.chars} characters kept after ${edit + 1} edits`);
    }
    // A text beyond the whole budget is computed, not kept.
    const huge = 'x'.repeat(5 * 1024 * 1024);
    assert.equal(cache.get(huge, () => 1), 1);
    assert.ok(cache.chars <= 4 * 1024 * 1024);
  });
});

describe('robustness: caches by block text after many reports opened and closed', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heapUsed = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };

  it('keep the text of their keys, not the whole reports the keys were cut from', () => {
    // A report of 200,000 characters (two bytes each, as Korean text is kept).
    const report = (i: number) => `매출액 ${i}조 원, 영업이익 ${i + 1}조 원. `.repeat(10000).slice(0, 200000);
    const cache = new ContentCache<string>();
    let seen: string[] = [];
    const before = heapUsed();
    for (let i = 0; i < 100; i++) {
      // Closed once read: only a sentence of it is kept, with what was read from it.
      seen.push(cache.get(report(i).slice(100000, 100030), (own) => own.slice(4, 20)));
    }
    const kept = heapUsed() - before;
    assert.ok(kept < 8 * 1024 * 1024, `${(kept / 1048576).toFixed(1)} MB kept for 100 keys of 30 characters`);
    assert.equal(cache.get(report(7).slice(100000, 100030), () => 'computed again'), seen[7]);
    seen = [];
  });

  it('keep the blocks of a report model, not the whole reports they were read from', () => {
    clearContentCaches();
    // Reports of 120,000 characters that share all their blocks but the last, as drafts of one report do.
    const shared = Array.from({ length: 400 }, (_, i) => `문단 ${i}: 매출액 ${i}조 원, 영업이익 ${i + 1}조 원. `.repeat(10)).join('\n\n');
    const report = (i: number) => ({ uri: `file:///drafts/${i}.md`, version: 1, getText: () => `${shared}\n\n결론 ${i}: 목표주가 ${i}만 원.\n` });
    assert.ok(buildReportModel(report(0)).blocks.length > 400);
    const before = heapUsed();
    for (let i = 1; i <= 60; i++) assert.equal(buildReportModel(report(i)).blocks.at(-1)?.content.text, `결론 ${i}: 목표주가 ${i}만 원.`);
    const kept = heapUsed() - before;
    assert.ok(kept < 5 * 1024 * 1024, `${(kept / 1048576).toFixed(1)} MB kept after 60 reports of 120,000 characters were read and dropped`);
  });
});

describe('robustness: memory while the author types in a long report', () => {
  it('keeps no earlier version of the report alive through the blocks it cached', function () {
    this.timeout(120000);
    // A full garbage collection on demand, as the benchmark's server preload does.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const seed = readFileSync(join(findRoot(), 'seeds', '000_769e3c25c3dd0279.md'), 'utf8');
    // About a megabyte of text: each version of it takes 2 MB of heap (Hangul is two bytes a character).
    const report = Array.from({ length: 12 }, (_, i) => seed.replace(/^# /m, `# ${i} `)).join('\n\n');
    const versionBytes = report.length * 2;
    const service = createLanguageService({ knowledgeBase: loadBuiltInKnowledgeBase((m) => assert.fail(m), join(findRoot(), 'dist', 'knowledge-base.json')) });
    const uri = 'file:///memory/typing.md';
    const middle = report.indexOf('\n', Math.floor(report.length / 2));
    const versionAt = (i: number) => {
      // A new string for each version, as an editor makes one per change.
      const text = report.slice(0, middle) + ' typed'.repeat(i + 1) + report.slice(middle);
      return { uri, version: i + 1, getText: () => text };
    };
    service.provideDiagnostics(versionAt(0));
    gc();
    const before = memoryUsage().heapUsed;
    const edits = 40;
    for (let i = 1; i <= edits; i++) service.provideDiagnostics(versionAt(i));
    gc();
    const grown = memoryUsage().heapUsed - before;
    // Each edit caches the new paragraph's blocks; if they kept the version they were cut from, forty
    // edits would keep forty versions (80 MB). A few versions' worth is the current analysis and slack.
    assert.ok(grown < 5 * versionBytes, `heap grew by ${(grown / 1e6).toFixed(1)} MB after ${edits} edits (one version is ${(versionBytes / 1e6).toFixed(1)} MB)`);
  });
});

describe('robustness: caches after the knowledge base changes', () => {
  it('keep the entity scans of the current knowledge base only, however often it changes', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    clearContentCaches();
    const service = createLanguageService({ knowledgeBase: loadBuiltInKnowledgeBase((m) => assert.fail(m), join(findRoot(), 'dist', 'knowledge-base.json')) });
    const report = { uri: 'file:///kb/report.md', version: 1, getText: () => readFileSync(join(findRoot(), 'seeds', '000_769e3c25c3dd0279.md'), 'utf8') };
    const entitiesFile = 'file:///kb/.tickmark/entities.json';
    const checkWith = (i: number) => {
      // Each save of the workspace's knowledge base makes a new index, and the report's names are scanned again with it.
      service.setUserKnowledgeBase(entitiesFile, JSON.stringify({ companies: [{ id: `house-${i}`, name: `House ${i}`, aliases: [`하우스${i}`] }] }));
      service.provideDiagnostics({ ...report, version: i + 1 });
    };
    checkWith(0);
    gc();
    const once = contentCacheChars();
    for (let i = 1; i <= 8; i++) checkWith(i);
    // A cache held through a WeakRef made in this turn lives to its end, as the server's checks each end theirs.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    const after = contentCacheChars();
    assert.ok(after <= once + 1000, `characters kept: ${once} after one knowledge base, ${after} after nine`);
  });
});
