// Over stdio: rapid edits never leave a stale result behind (the last diagnostics published for a
// report are for its last version, and no older version's arrive after a newer one's), and a request
// cancelled with $/cancelRequest is still answered, with a result or a RequestCancelled error.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadBuiltInKnowledgeBase } from '../../server/src/knowledgeBaseFile';
import type { LspClient } from '../server/lspClient';
import { doc, findRoot, seedPath } from '../helpers';
import { linesOf } from './ranges';
import { errors, shutDown, startServer, within, type Diagnostics, type LogMessage, type Range, type Symbol } from './server';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every publishDiagnostics for `uri` from now on, in arrival order. */
function publishedFor(client: LspClient, uri: string): Diagnostics[] {
  const seen: Diagnostics[] = [];
  client.waitFor<Diagnostics>('textDocument/publishDiagnostics', (p) => (p.uri === uri && seen.push(p), false), 0).catch(() => undefined);
  return seen;
}

/** Applies an LSP content change to a text, as the server's TextDocument does. */
function apply(text: string, change: { range?: Range; text: string }): string {
  if (!change.range) return change.text;
  const lines = linesOf(text);
  const offset = (p: Range['start']) => {
    let at = 0;
    for (let line = 0; line < p.line; line++) at += lines.lengths[line] + (text[at + lines.lengths[line]] === '\r' && text[at + lines.lengths[line] + 1] === '\n' ? 2 : 1);
    return at + Math.min(p.character, lines.lengths[p.line]);
  };
  return text.slice(0, offset(change.range.start)) + change.text + text.slice(offset(change.range.end));
}

/** The n-th edit of a session: retitle the report, add a sentence with a number, or replace everything. */
function edit(n: number, text: string, replaceAll = true): { range?: Range; text: string } {
  const lines = linesOf(text);
  switch (n % 5 === 4 && !replaceAll ? 0 : n % 5) {
    case 0:
      return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: lines.lengths[0] } }, text: `# 실적 리뷰 v${n}` };
    case 1:
      return { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: `엔비디아 매출은 ${n},000억 원이다.\n\n` };
    case 2:
      // Break a table row, then (n % 5 === 3) mend it: the table-shape warning comes and goes.
      return { range: { start: { line: lines.count - 2, character: lines.lengths[lines.count - 2] }, end: { line: lines.count - 2, character: lines.lengths[lines.count - 2] } }, text: ` ${n} |` };
    case 3: {
      const row = text.split(/\r\n|\r|\n/)[lines.count - 2];
      const cut = row.lastIndexOf(' ', row.length - 3);
      return { range: { start: { line: lines.count - 2, character: cut }, end: { line: lines.count - 2, character: row.length } }, text: '' };
    }
    default:
      return { text: `# 실적 리뷰 v${n}\n\n엔비디아 매출은 ${n}억 원이다.\n\n| 항목 | 1Q25 |\n|---|---|\n| 매출 | ${n}.5 |\n` };
  }
}

const opening = '# 실적 리뷰\n\n엔비디아 매출은 1,000억 원이다.\n\n| 항목 | 1Q25 |\n|---|---|\n| 매출 | 22.2 |\n';

describe('robustness: no stale diagnostics after rapid edits (stdio)', function () {
  this.timeout(60000);
  const knowledgeBase = loadBuiltInKnowledgeBase((m) => assert.fail(m), join(findRoot(), 'dist', 'knowledge-base.json'));
  let client: LspClient;
  let logs: LogMessage[];

  before(async () => ({ client, logs } = await startServer()));
  after(() => client?.kill());

  /** Sends versions 2..21, `gap(i)` ms apart, and checks what was published against the final text. */
  async function session(name: string, start: string, gap: (i: number) => number, between?: (uri: string, version: number) => Promise<void>, replaceAll = true): Promise<void> {
    const uri = `file:///robustness/${name}.md`;
    const published = publishedFor(client, uri);
    let text = start;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    for (let version = 2; version <= 21; version++) {
      const change = edit(version, text, replaceAll);
      text = apply(text, change);
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      if (between) await between(uri, version);
      const ms = gap(version);
      if (ms > 0) await sleep(ms);
    }
    await client.waitFor<Diagnostics>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 21, 15000);
    // Anything still on its way (a late, stale result) has a debounce and a check to arrive in.
    await sleep(800);
    const versions = published.map((p) => p.version);
    console.log(`      ${name}: published versions ${versions.join(', ')}`);
    assert.equal(versions[versions.length - 1], 21, `publish order: ${versions.join(', ')}`);
    for (let i = 1; i < versions.length; i++) assert.ok((versions[i] ?? 0) >= (versions[i - 1] ?? 0), `version ${versions[i]} published after ${versions[i - 1]}: ${versions.join(', ')}`);
    // The last result is the one for the final text, as the core computes it.
    const expected = createLanguageService({ knowledgeBase }).provideDiagnostics(doc(text));
    const last = published[published.length - 1];
    assert.deepEqual(last.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), expected.map((d) => [d.code, d.range.start.line, d.range.start.character]));
    // And the server holds the same text: its outline names the final title.
    const symbols = await within(client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), 10000, 'documentSymbol');
    assert.equal(symbols[0]?.name, /^# (.*)/.exec(text)![1]);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  }

  it('20 edits at once: the last publishDiagnostics is for version 21', async () => {
    await session('burst', opening, () => 0);
  });

  it('20 edits around the debounce (0–400 ms apart): versions only rise, the last is 21', async () => {
    await session('paced', opening, (i) => [0, 300, 40, 260, 0, 400, 120, 250, 0, 0, 330][i % 11]);
  });

  it('20 edits to a large report (checks take longer than the gaps), with hovers and outlines in between', async () => {
    const large = `# 실적 리뷰\n\n${readFileSync(seedPath('000_769e3c25c3dd0279'), 'utf8')}\n\n| 항목 | 1Q25 |\n|---|---|\n| 매출 | 22.2 |\n`;
    await session('large', large, (i) => (i % 3 === 0 ? 300 : 30), async (uri, version) => {
      if (version % 4 === 0) await within(client.request('textDocument/documentSymbol', { textDocument: { uri } }), 10000, 'documentSymbol');
      if (version % 4 === 2) await within(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } }), 10000, 'hover');
    }, false);
  });

  it('a report closed mid-edit gets its diagnostics cleared last, and nothing after', async () => {
    const uri = 'file:///robustness/closed.md';
    const published = publishedFor(client, uri);
    let text = opening;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    for (let version = 2; version <= 6; version++) {
      const change = edit(version, text);
      text = apply(text, change);
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    }
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await sleep(800);
    const last = published[published.length - 1];
    assert.ok(last, 'the close publishes an empty list');
    assert.deepEqual(last.diagnostics, []);
    assert.equal(last.version, undefined);
  });

  it('logged no errors and shuts down cleanly', async () => {
    assert.deepEqual(errors(logs), []);
    await shutDown(client);
  });
});

describe('robustness: cancelled requests are answered (stdio)', function () {
  this.timeout(60000);
  // A workspace of 24 reports, so that Check Workspace takes long enough to be cancelled midway.
  const folder = mkdtempSync(join(tmpdir(), 'tickmark-cancel-'));
  for (let i = 0; i < 24; i++) copyFileSync(seedPath(i % 2 ? '001_cb93e14f1339dffe' : '000_769e3c25c3dd0279'), join(folder, `report-${i}.md`));
  const folderUri = pathToFileURL(folder).toString();
  let client: LspClient;
  let logs: LogMessage[];

  before(async () => ({ client, logs } = await startServer({ rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'reports' }] })));
  after(() => {
    client?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Sends a request and cancels it at once (or after `delay` ms); resolves with how it was answered. */
  async function cancelled<T>(method: string, params: unknown, delay = 0): Promise<{ result?: T; error?: string; code?: number; ms: number }> {
    // LspClient numbers requests from 1 and does not expose the id; read the next one.
    const id = (client as unknown as { nextId: number }).nextId;
    assert.equal(typeof id, 'number');
    const started = performance.now();
    const answer = client.request<T>(method, params).then((result) => ({ result }), (error: Error & { code?: number }) => ({ error: error.message, code: error.code }));
    if (delay > 0) await sleep(delay);
    client.notify('$/cancelRequest', { id });
    const settled = await within(answer, 20000, `${method} after $/cancelRequest`);
    return { ...settled, ms: performance.now() - started };
  }

  // LSP: a cancelled request is answered, with its result if it finished or with RequestCancelled.
  const requestCancelled = -32800;
  const acceptable = (a: { result?: unknown; error?: string; code?: number }) => a.error === undefined || a.code === requestCancelled;

  it('answers a cancelled documentSymbol with the outline or RequestCancelled, never an empty outline, then answers again', async () => {
    const uri = `${folderUri}/report-0.md`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(seedPath('000_769e3c25c3dd0279'), 'utf8') } });
    const answer = await cancelled<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(acceptable(answer), JSON.stringify(answer));
    // An empty list would read as "this report has no sections" to the editor.
    if (answer.result) assert.ok(answer.result.length > 0, 'a cancelled outline answered as an empty one');
    console.log(`      cancelled documentSymbol answered in ${answer.ms.toFixed(0)} ms with ${answer.error ? `the error "${answer.error}"` : `${answer.result!.length} symbols`}`);
    const again = await within(client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), 10000, 'documentSymbol');
    assert.ok(again.length > 0);
  });

  it('answers a cancelled hover and a cancelled semantic-tokens request', async () => {
    const uri = `${folderUri}/report-0.md`;
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: { line: 26, character: 10 } }],
      ['textDocument/semanticTokens/full', { textDocument: { uri } }],
      ['textDocument/references', { textDocument: { uri }, position: { line: 651, character: 3 }, context: { includeDeclaration: true } }],
    ] as const) {
      const answer = await cancelled(method, params);
      assert.ok(acceptable(answer), `${method}: ${JSON.stringify(answer)}`);
      console.log(`      cancelled ${method} answered in ${answer.ms.toFixed(0)} ms${answer.error ? ` with the error "${answer.error}"` : ''}`);
    }
  });

  it('stops Check Workspace midway when cancelled, and answers it', async () => {
    type Result = { reports: number; total: number; cancelled: boolean };
    const answer = await cancelled<Result>('tickmark/checkWorkspace', {}, 150);
    assert.ok(acceptable(answer), answer.error);
    if (answer.result) {
      assert.equal(answer.result.cancelled, true, JSON.stringify(answer.result));
      assert.ok(answer.result.reports < answer.result.total, JSON.stringify(answer.result));
    }
    console.log(`      cancelled Check Workspace answered in ${answer.ms.toFixed(0)} ms: ${JSON.stringify(answer.result ?? answer.error)}`);
  });

  it('ignores a cancellation for a request already answered, or never made', async () => {
    const uri = `${folderUri}/report-0.md`;
    const id = (client as unknown as { nextId: number }).nextId;
    await within(client.request('textDocument/foldingRange', { textDocument: { uri } }), 10000, 'foldingRange');
    client.notify('$/cancelRequest', { id });
    client.notify('$/cancelRequest', { id: 987654 });
    client.notify('$/cancelRequest', { id: 'not-a-request' });
    const symbols = await within(client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), 10000, 'documentSymbol');
    assert.ok(symbols.length > 0);
  });

  it('logged no errors and shuts down cleanly', async () => {
    assert.deepEqual(errors(logs), []);
    await shutDown(client);
  });
});
