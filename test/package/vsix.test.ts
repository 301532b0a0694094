// Builds the VSIX with `npm run package` and checks what a user installs: the bundles, manifest,
// grammar and README, and nothing of node_modules, sources or tests.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { findRoot } from '../helpers';

/** Lists a zip archive's entries from its central directory (a VSIX is a zip). */
function zipEntries(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'zip end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + compressed);
    entries.set(name, method === 8 ? inflateRawSync(raw) : raw);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('VSIX package', function () {
  this.timeout(180000);
  const root = findRoot();
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const vsix = join(root, `tickmark-${version}.vsix`);

  before(() => {
    rmSync(vsix, { force: true });
    const r = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('is a few hundred KB at most', () => {
    const size = statSync(vsix).size;
    assert.ok(size < 600 * 1024, `${size} bytes`);
  });

  it('contains the bundles, manifest, grammar, README and licence, and no node_modules, sources or tests', () => {
    const names = [...zipEntries(readFileSync(vsix)).keys()];
    for (const expected of ['extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/cli.js', 'extension/package.json',
      'extension/syntaxes/tickmark.injection.tmLanguage.json', 'extension/readme.md', 'extension/LICENSE.txt', 'extension.vsixmanifest',
      'extension/dist/knowledge-base.json']) {
      assert.ok(names.some((n) => n.toLowerCase() === expected.toLowerCase()), `${expected} in ${names.join(', ')}`);
    }
    for (const name of names) {
      assert.ok(!/node_modules|\.ts$|\.map$|^extension\/(test|client\/src|server\/src|seeds|out)\//.test(name), `unexpected ${name}`);
    }
  });

  it('ships a manifest whose entry points exist in the package', () => {
    const entries = zipEntries(readFileSync(vsix));
    const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
    assert.equal(manifest.main, './dist/client.js');
    assert.ok(entries.has('extension/dist/client.js'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(manifest.contributes.commands.some((c: { command: string; title: string }) => c.command === 'tickmark.checkReport' && c.title === 'Check Report Consistency'));
    // Settings come in titled groups; every one is documented.
    const settings = Object.assign({}, ...manifest.contributes.configuration.map((group: { properties: object }) => group.properties));
    assert.deepEqual(manifest.contributes.configuration.map((group: { title: string }) => group.title), ['Checks', 'Editor', 'Files', 'Knowledge base', 'Server']);
    for (const [name, setting] of Object.entries(settings) as [string, { description?: string; markdownDescription?: string }][]) {
      assert.ok(setting.description || setting.markdownDescription, `${name} has a description`);
    }
    assert.deepEqual(Object.keys(settings).sort(), ['tickmark.files.exclude', 'tickmark.files.include', 'tickmark.files.maxSizeMB', 'tickmark.knowledgeBase.files',
      'tickmark.rules', 'tickmark.ticks.enabled', 'tickmark.trace.server']);
    assert.deepEqual(manifest.contributes.views.explorer.map((v: { id: string }) => v.id), ['tickmark.reportView']);
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'workspaceContains:.tickmark/entities.json', 'workspaceContains:.tickmark/config.json']);
    assert.deepEqual(Object.keys(settings['tickmark.rules'].properties).sort(),
      ['claim', 'date-conflict', 'direction', 'fact-conflict', 'identity', 'ratio', 'table-shape', 'table-sum']);
    assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'tickmark.checkWorkspace'));
    assert.ok(entries.has('extension/dist/config.schema.json'));
    assert.deepEqual(manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id), ['ticker', 'company', 'model', 'metric']);
    // The knowledge base and the schema its workspace file is validated against ship as data.
    const kb = JSON.parse(entries.get('extension/dist/knowledge-base.json')!.toString('utf8'));
    assert.ok(kb.companies.some((c: { id: string }) => c.id === 'nvda-us'), 'S&P 500 companies compiled from the CSV');
    assert.ok(entries.has('extension/dist/entities.schema.json'));
    assert.ok(entries.has('extension/data/README.md'), 'the data licence note ships with the data');
    // The client bundle must not try to load the vscode module from the package; VS Code provides it.
    const client = entries.get('extension/dist/client.js')!.toString('utf8');
    assert.match(client, /require\("vscode"\)/);
  });
});
