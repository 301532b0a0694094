// Drives the real server bundle (dist/server.js) over stdio as an LSP client would: initialize,
// open reports, ask for symbols and folding, receive diagnostics, run the custom check, shut down.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';
import { findRoot, seedPath } from '../helpers';

interface Diagnostics { uri: string; version?: number; diagnostics: Array<{ code: string; source: string; severity: number; message: string; range: { start: { line: number } } }> }
interface Symbol { name: string; kind: number; children?: Symbol[] }

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: LspClient;
  // A workspace on disk: two seed reports and a knowledge-base file with one mistake.
  const folder = mkdtempSync(join(tmpdir(), 'tickmark-ws-'));
  copyFileSync(seedPath('000_769e3c25c3dd0279'), join(folder, '000_769e3c25c3dd0279.md'));
  copyFileSync(seedPath('001_cb93e14f1339dffe'), join(folder, '001_cb93e14f1339dffe.md'));
  mkdirSync(join(folder, '.tickmark'));
  writeFileSync(join(folder, '.tickmark', 'entities.json'), '{\n  "companies": [\n    { "id": "acme", "nam": "Acme" }\n  ]\n}\n');
  // A team's coverage list, named in the tickmark.knowledgeBase.files setting.
  writeFileSync(join(folder, '.tickmark', 'coverage.json'), JSON.stringify({ companies: [{ id: 'acme-ks', name: 'Acme', nameKo: '애크미' }] }));
  const folderUri = pathToFileURL(folder).toString();
  const seedUri = `${folderUri}/000_769e3c25c3dd0279.md`;
  const draftUri = `${folderUri}/draft.md`;

  before(async () => {
    client = new LspClient(join(findRoot(), 'dist', 'server.js'));
    client.configuration = { knowledgeBase: { files: ['.tickmark/coverage.json'] }, ticks: { enabled: true }, rules: {} };
    const init = await client.request<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>('initialize', {
      processId: process.pid, rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'reports' }], capabilities: { workspace: { configuration: true } },
      clientInfo: { name: 'tickmark-test' },
    });
    for (const capability of ['documentSymbolProvider', 'foldingRangeProvider', 'hoverProvider', 'referencesProvider', 'documentHighlightProvider', 'workspaceSymbolProvider', 'semanticTokensProvider']) {
      assert.ok(init.capabilities[capability], capability);
    }
    assert.equal(init.serverInfo.name, 'tickmark');
    client.notify('initialized', {});
  });

  after(() => client.kill());

  it('answers documentSymbol for an open seed with its tables by caption', async () => {
    const text = readFileSync(seedPath('000_769e3c25c3dd0279'), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri: seedUri, languageId: 'markdown', version: 1, text } });
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri: seedUri } });
    const names: string[] = [];
    const walk = (list: Symbol[]) => list.forEach((s) => { names.push(s.name); walk(s.children ?? []); });
    walk(symbols);
    assert.ok(names.includes('표 8. Peer Table (1)'));
    assert.ok(names.includes('IV. AI Peer Table'));
    const folds = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri: seedUri } });
    assert.ok(folds.some((f) => f.startLine === 604));
    // The seed's real disagreement (SK하이닉스 earnings: 01-22 in the peer table, the 23rd in the calendar) arrives.
    const published = await client.waitFor<Diagnostics>('textDocument/publishDiagnostics', (p) => p.uri === seedUri);
    assert.ok(published.diagnostics.some((d) => d.code === 'date-conflict' && d.range.start.line === 656), JSON.stringify(published.diagnostics.map((d) => [d.code, d.range.start.line])));
  });

  it('hovers an entity with its card and a number with its reading', async () => {
    const lines = readFileSync(seedPath('000_769e3c25c3dd0279'), 'utf8').split('\n');
    const at = (line: number, text: string) => ({ line: line - 1, character: lines[line - 1].indexOf(text) + 1 });
    type Hover = { contents: { kind: string; value: string }; range: { start: { line: number } } };
    const ticker = await client.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri }, position: at(657, '000660 KS') });
    assert.equal(ticker.contents.kind, 'markdown');
    assert.match(ticker.contents.value, /SK하이닉스/);
    assert.match(ticker.contents.value, /In this report/);
    const number = await client.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri }, position: at(27, '6,710억') });
    assert.match(number.contents.value, /671,000,000,000/);
    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: seedUri }, position: { line: 0, character: 0 } });
    assert.equal(nothing, null);
  });

  it('finds references across the workspace, highlights, workspace symbols and semantic tokens', async () => {
    const lines = readFileSync(seedPath('000_769e3c25c3dd0279'), 'utf8').split('\n');
    const position = { line: 651, character: lines[651].indexOf('엔비디아') + 1 };
    const references = await client.request<Array<{ uri: string }>>('textDocument/references', { textDocument: { uri: seedUri }, position, context: { includeDeclaration: true } });
    const uris = new Set(references.map((r) => r.uri.slice(r.uri.lastIndexOf('/') + 1)));
    assert.ok(uris.has('000_769e3c25c3dd0279.md') && uris.has('001_cb93e14f1339dffe.md'), [...uris].join(', '));
    const highlights = await client.request<unknown[]>('textDocument/documentHighlight', { textDocument: { uri: seedUri }, position });
    assert.ok(highlights.length >= 2);
    const symbols = await client.request<Array<{ name: string; location: { uri: string } }>>('workspace/symbol', { query: '#엔비디아' });
    assert.ok(symbols.length >= 2 && symbols.every((s) => /NVIDIA|Nvidia|엔비디아/.test(s.name)), JSON.stringify(symbols.map((s) => s.name)));
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: seedUri } });
    assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
  });

  it('offers the quick fix and ticks verified numbers', async () => {
    const uri = `${folderUri}/quarter.md`;
    const text = '# SK하이닉스 (000660 KS)\n\n(조원)\t1Q25\t2Q25\t3Q25\n매출액\t17.6\t22.2\t24.4\n매출원가\t7.7\t10.0\t10.1\n매출총이익\t9.9\t12.6\t14.3\n';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const published = await client.waitFor<Diagnostics>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    const identity = published.diagnostics.find((d) => d.code === 'identity')!;
    assert.equal(identity.range.start.line, 5);
    type Action = { title: string; isPreferred?: boolean; edit: { changes: Record<string, Array<{ newText: string }>> } };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: identity.range, context: { diagnostics: [identity] } });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.title, 'Replace 12.6 with the computed 12.2');
    assert.deepEqual(fix.edit.changes[uri].map((e) => e.newText), ['12.2']);
    assert.ok(actions.some((a) => a.title === 'Suppress identity in this table'));
    type Hint = { position: { line: number }; label: string; tooltip: { value: string } };
    const hints = await client.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
    const ticked = hints.filter((h) => h.label === '✓');
    assert.ok(ticked.some((h) => h.position.line === 5 && /9\.9.*17\.6 − 7\.7/.test(h.tooltip.value)), JSON.stringify(hints));
    assert.ok(!ticked.some((h) => h.tooltip.value.includes('**12.6**')), 'the wrong value gets no tick');
  });

  it('checks the whole workspace on request', async () => {
    type Result = { reports: number; total: number; problems: number; bySeverity: Record<string, number>; cancelled: boolean };
    const result = await client.request<Result>('tickmark/checkWorkspace', {});
    assert.equal(result.cancelled, false);
    assert.ok(result.reports >= 2 && result.total >= result.reports, JSON.stringify(result));
    assert.ok(result.bySeverity.error >= 2, 'the seed date conflict and the quarter identity');
  });

  it('loads the knowledge-base files the settings name', async () => {
    const uri = `${folderUri}/acme.md`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# 애크미는 좋다\n' } });
    type Hover = { contents: { value: string } } | null;
    let hover: Hover = null;
    for (let i = 0; i < 50 && !hover; i++) {
      hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      if (!hover) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(hover!.contents.value, /\*\*애크미\*\* \(Acme\) · company/);
  });

  it('shows the workspace knowledge-base file’s problem at its line', async () => {
    const uri = `${folderUri}/.tickmark/entities.json`;
    const published = await client.waitFor<Diagnostics>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(published.diagnostics.map((d) => [d.range.start.line, d.code]), [[2, 'knowledge-base'], [2, 'knowledge-base']]);
    assert.match(published.diagnostics[0].message, /Unknown property "nam"/);
  });

  it('publishes diagnostics on open and again after an edit fixes the problem', async () => {
    const text = '# 실적\n\n| 항목 | 1Q25 |\n|---|---|\n| 매출 | 22.2 | 9 |\n';
    client.notify('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text } });
    const first = await client.waitFor<Diagnostics>('textDocument/publishDiagnostics', (p) => p.uri === draftUri && p.diagnostics.length > 0);
    assert.equal(first.diagnostics[0].code, 'table-shape');
    assert.equal(first.diagnostics[0].source, 'tickmark');
    assert.equal(first.diagnostics[0].severity, 2);
    assert.equal(first.diagnostics[0].range.start.line, 4);
    // Incremental change: delete ` 9 |` at the end of line 4.
    client.notify('textDocument/didChange', {
      textDocument: { uri: draftUri, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 14 }, end: { line: 4, character: 18 } }, text: '' }],
    });
    const second = await client.waitFor<Diagnostics>('textDocument/publishDiagnostics', (p) => p.uri === draftUri && p.version === 2);
    assert.deepEqual(second.diagnostics, []);
  });

  it('runs the Check Report Consistency request and counts by severity', async () => {
    const uri = 'file:///workspace/bad.md';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'a\tb\n1\t2\t3\n' } });
    const result = await client.request<{ problems: number; bySeverity: Record<string, number> }>('tickmark/checkReport', { uri });
    assert.equal(result.problems, 1);
    assert.deepEqual(result.bySeverity, { error: 0, warning: 1, information: 0, hint: 0 });
    const unknown = await client.request<{ problems: number; skipped?: string }>('tickmark/checkReport', { uri: 'file:///nowhere.md' });
    assert.equal(unknown.problems, 0);
    assert.match(unknown.skipped!, /not open/);
  });

  it('declines a binary file with an information diagnostic and keeps answering', async () => {
    const uri = 'file:///workspace/binary.md';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'PK\u0003\u0004\u0000\u0000\u0000' } });
    const published = await client.waitFor<Diagnostics>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(published.diagnostics.map((d) => [d.severity, d.code]), [[3, 'not-analysed']]);
    const symbols = await client.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, []);
  });

  it('clears diagnostics when a report is closed, and shuts down cleanly', async () => {
    client.notify('textDocument/didClose', { textDocument: { uri: draftUri } });
    await client.request('shutdown', null);
    client.notify('exit', null);
    assert.equal(await client.exited, 0);
    assert.equal(client.stderr, '');
  });
});
