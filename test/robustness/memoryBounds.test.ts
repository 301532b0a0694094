// Memory that must not grow with use: the server's list of workspace reports (a report from outside
// the workspace folders, once closed, is not looked for again at every later check), and the caches
// of results by block text (every keystroke in a long paragraph is a new key as long as it).
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceFiles } from '../../server/src/workspaceFiles';
import { ContentCache } from '../../server/src/core/text/contentCache';

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
