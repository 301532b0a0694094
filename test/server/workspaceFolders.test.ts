// Multi-root workspaces and files outside any folder, over stdio: each folder has its own
// `.tickmark/config.json` and settings, reports are compared within their folder, a report outside
// every folder is still checked, and a settings change applies without a restart.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';
import { findRoot } from '../helpers';

interface Published { uri: string; version?: number; diagnostics: { code: string; severity: number; message: string }[] }

// One event on two dates: a date-conflict wherever the rule is on.
const conflicting = ['# Calendar', '', 'SK하이닉스 실적 발표는 1월 22일이다.', '', 'SK하이닉스는 1월 23일에 실적을 발표한다.', ''].join('\n');

describe('multi-root workspaces and settings, over stdio', function () {
  this.timeout(30000);
  const base = mkdtempSync(join(tmpdir(), 'tickmark-roots-'));
  const quiet = join(base, 'quiet');
  const loud = join(base, 'loud');
  const outside = join(base, 'loose');
  for (const dir of [quiet, loud, outside]) mkdirSync(dir);
  mkdirSync(join(quiet, '.tickmark'));
  writeFileSync(join(quiet, '.tickmark', 'config.json'), JSON.stringify({ rules: { 'date-conflict': 'off' } }));
  const uri = (dir: string, name: string) => `${pathToFileURL(dir)}/${name}`;
  let client: LspClient;
  // What the editor would answer for each scope; changed by the tests.
  let loudRules: Record<string, string> = {};
  let maxSizeMB: unknown = 5;

  before(async () => {
    client = new LspClient(join(findRoot(), 'dist', 'server.js'));
    client.configuration = (scope: string | undefined) => ({
      rules: scope === pathToFileURL(loud).toString() ? loudRules : {},
      files: { maxSizeMB },
    });
    await client.request('initialize', {
      processId: process.pid, rootUri: null,
      workspaceFolders: [{ uri: pathToFileURL(quiet).toString(), name: 'quiet' }, { uri: pathToFileURL(loud).toString(), name: 'loud' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    });
    client.notify('initialized', {});
  });

  after(() => client.kill());

  async function open(docUri: string, text: string, version = 1): Promise<Published> {
    const published = client.waitFor<Published>('textDocument/publishDiagnostics', (p) => p.uri === docUri && p.version === version);
    client.notify('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'markdown', version, text } });
    return published;
  }

  it('applies each folder’s own .tickmark/config.json to its reports only', async () => {
    const [inQuiet, inLoud] = await Promise.all([open(uri(quiet, 'a.md'), conflicting), open(uri(loud, 'a.md'), conflicting)]);
    assert.deepEqual(inQuiet.diagnostics.map((d) => d.code), [], 'date-conflict is off in the quiet folder');
    assert.ok(inLoud.diagnostics.some((d) => d.code === 'date-conflict'), JSON.stringify(inLoud.diagnostics));
  });

  it('checks a report outside every folder', async () => {
    const loose = await open(uri(outside, 'loose.md'), conflicting);
    assert.ok(loose.diagnostics.some((d) => d.code === 'date-conflict'), JSON.stringify(loose.diagnostics));
  });

  it('a settings change re-checks the open reports without a restart', async () => {
    loudRules = { 'date-conflict': 'hint' };
    const republished = client.waitFor<Published>('textDocument/publishDiagnostics',
      (p) => p.uri === uri(loud, 'a.md') && p.diagnostics.some((d) => d.code === 'date-conflict' && d.severity === 4));
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await republished;
  });

  it('a size limit from the settings declines larger reports with an information diagnostic', async () => {
    maxSizeMB = 0.00002; // about 20 characters: the conflicting report is larger
    const declined = client.waitFor<Published>('textDocument/publishDiagnostics',
      (p) => p.uri === uri(loud, 'a.md') && p.diagnostics.some((d) => d.code === 'not-analysed'));
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const result = await declined;
    assert.match(result.diagnostics[0].message, /above the .* limit/);
    assert.equal(result.diagnostics[0].severity, 3);
    // A nonsense value falls back to the default and the report is analysed again.
    maxSizeMB = 'big';
    const analysed = client.waitFor<Published>('textDocument/publishDiagnostics',
      (p) => p.uri === uri(loud, 'a.md') && p.diagnostics.some((d) => d.code === 'date-conflict'));
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await analysed;
    assert.ok(client.stderr.length === 0 || !/Error/.test(client.stderr), client.stderr);
  });

  it('a folder added to the workspace brings its configuration', async () => {
    const added = join(base, 'added');
    mkdirSync(join(added, '.tickmark'), { recursive: true });
    writeFileSync(join(added, '.tickmark', 'config.json'), JSON.stringify({ rules: { 'date-conflict': 'off' } }));
    client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(added).toString(), name: 'added' }], removed: [] } });
    // Give the server the notification before the report arrives (messages are handled in order).
    const inAdded = await open(uri(added, 'a.md'), conflicting);
    assert.deepEqual(inAdded.diagnostics.map((d) => d.code), []);
  });
});
