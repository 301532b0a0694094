// Over stdio: a workspace whose `.tickmark/config.json` and `.tickmark/entities.json` are broken JSON.
// Each file gets its problems as diagnostics at their lines, what can be read of them still applies,
// the built-in knowledge base and rules keep working, and mending a file clears its diagnostics.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { LspClient } from '../server/lspClient';
import { errors, shutDown, startServer, within, type Diagnostics, type Hover, type LogMessage } from './server';

describe('robustness: broken workspace configuration and knowledge-base files (stdio)', function () {
  this.timeout(60000);
  const folder = mkdtempSync(join(tmpdir(), 'tickmark-broken-'));
  mkdirSync(join(folder, '.tickmark'));
  // A missing comma before "extra" (line 6), a level that does not exist (line 4); table-shape is readable.
  const config = '{\n  "rules": {\n    "table-shape": "error",\n    "claim": "loud"\n  }\n  "extra": 1\n}\n';
  // An entry that never closes its brace (line 3).
  const entities = '{\n  "companies": [\n    { "id": "acme", "name": "Acme" \n  ]\n}\n';
  writeFileSync(join(folder, '.tickmark', 'config.json'), config);
  writeFileSync(join(folder, '.tickmark', 'entities.json'), entities);
  const folderUri = pathToFileURL(folder).toString();
  const configUri = `${folderUri}/.tickmark/config.json`;
  const entitiesUri = `${folderUri}/.tickmark/entities.json`;
  let client: LspClient;
  let logs: LogMessage[];
  const published = new Map<string, Diagnostics[]>();

  before(async () => {
    ({ client, logs } = await startServer({ rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: 'broken' }] }));
    // Everything published from now on, by file (listening stays on: the test below mends the files).
    client.waitFor<Diagnostics>('textDocument/publishDiagnostics', (p) => (published.set(p.uri, [...(published.get(p.uri) ?? []), p]), false), 0).catch(() => undefined);
  });
  after(() => {
    client?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  const lastFor = async (uri: string, ready: (d: Diagnostics) => boolean = () => true): Promise<Diagnostics> => {
    for (let i = 0; i < 100; i++) {
      const last = published.get(uri)?.at(-1);
      if (last && ready(last)) return last;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail(`nothing published for ${uri}: ${JSON.stringify(published.get(uri))}`);
  };
  const at = (d: Diagnostics) => d.diagnostics.map((x) => `${x.range.start.line + 1}: ${x.message}`);

  it('shows the config file’s problems at their lines', async () => {
    const diagnostics = await lastFor(configUri);
    assert.deepEqual(at(diagnostics), [
      '6: Invalid JSON: CommaExpected.',
      '4: "claim" must be one of off, hint, information, warning, error.',
      '6: Unknown property "extra": expected "rules".',
    ]);
  });

  it('shows the knowledge-base file’s problems at their lines', async () => {
    const diagnostics = await lastFor(entitiesUri);
    assert.ok(diagnostics.diagnostics.length > 0);
    assert.deepEqual(at(diagnostics)[0], '4: Invalid JSON: comma expected.');
    assert.ok(diagnostics.diagnostics.every((d) => d.code === 'knowledge-base' && d.severity === 1), JSON.stringify(diagnostics));
  });

  it('still knows the built-in entities and checks reports, with the readable part of the config applied', async () => {
    const uri = `${folderUri}/report.md`;
    const text = '# 엔비디아 실적\n\n엔비디아 매출액은 1,000억 원이다.\n\n| 항목 | 1Q25 |\n|---|---|\n| 매출 | 22.2 | 9 |\n';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const hover = await within(client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 2 } }), 15000, 'hover');
    assert.match(hover!.contents.value, /Nvidia/);
    const report = await lastFor(uri, (d) => d.version === 1);
    // table-shape is a warning by default; the config's readable "error" applies.
    assert.deepEqual(report.diagnostics.map((d) => [d.code, d.range.start.line, d.severity]), [['table-shape', 6, 1]]);
  });

  it('clears a file’s diagnostics once it is mended', async () => {
    writeFileSync(join(folder, '.tickmark', 'config.json'), '{\n  "rules": { "table-shape": "error" }\n}\n');
    writeFileSync(join(folder, '.tickmark', 'entities.json'), '{\n  "companies": [\n    { "id": "acme", "name": "Acme" }\n  ]\n}\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }, { uri: entitiesUri, type: 2 }] });
    assert.deepEqual((await lastFor(configUri, (d) => d.diagnostics.length === 0)).diagnostics, []);
    assert.deepEqual((await lastFor(entitiesUri, (d) => d.diagnostics.length === 0)).diagnostics, []);
  });

  it('logged no errors and shuts down cleanly', async () => {
    assert.deepEqual(errors(logs), []);
    await shutDown(client);
  });
});
