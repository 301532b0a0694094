// Runs inside VS Code (electron) with Tickmark under development: the same expectations as the
// code-server run (test/e2e/expectations.ts), checked through the VS Code API instead of the screen.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { diagnosticSource, hovers, quickFix, reportView, seedDiagnostics, seedPrefix, seedTables } from '../../e2e/expectations';
import { poll, processesRunning } from '../../e2e/waiting';

const workspace = process.env.TICKMARK_E2E_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';

const tickmarkDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === diagnosticSource);
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

function hoverText(hoverList: vscode.Hover[]): string {
  return hoverList.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Processes that this extension host forked to run the given bundle. */
function serverPids(bundle: string): number[] {
  return processesRunning(bundle, (arg) => path.resolve(arg) === bundle).filter((p) => p.ppid === process.pid).map((p) => p.pid);
}

describe('Tickmark in VS Code', () => {
  let seed: vscode.TextDocument;

  before(async () => {
    const name = fs.readdirSync(workspace).find((n) => n.startsWith(seedPrefix) && n.endsWith('.md'));
    assert.ok(name, `no ${seedPrefix}*.md in ${workspace}`);
    seed = await vscode.workspace.openTextDocument(path.join(workspace, name));
    await vscode.window.showTextDocument(seed);
    await poll(() => tickmarkDiagnostics(seed.uri).length >= seedDiagnostics.length, 'the seed report\'s diagnostics', 120_000);
  });

  for (const h of hovers) {
    it(`hovering ${h.words[0]} shows a card naming ${h.shows}`, async () => {
      const line = seed.lineAt(h.line - 1).text;
      const word = h.words.find((w) => line.includes(w));
      assert.ok(word, `line ${h.line} holds none of ${h.words.join(', ')}`);
      const position = new vscode.Position(h.line - 1, line.indexOf(word) + 1);
      const text = await poll(async () => {
        const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed.uri, position));
        return h.expect.every((re) => re.test(t)) ? t : undefined;
      }, `a hover on ${word} matching ${h.expect.map(String).join(', ')}`);
      assert.ok(text.length > 0);
    });
  }

  it('Tickmark: Check Report Consistency reports the seed report\'s problems as Tickmark diagnostics', async () => {
    await vscode.window.showTextDocument(seed);
    await vscode.commands.executeCommand('tickmark.checkReport');
    const diagnostics = tickmarkDiagnostics(seed.uri);
    for (const expected of seedDiagnostics) {
      assert.ok(
        diagnostics.some((d) => codeOf(d) === expected.code && d.range.start.line === expected.line - 1 && d.message.startsWith(expected.message)),
        `no ${expected.code} on line ${expected.line}: ${diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`).join(' | ')}`,
      );
    }
  });

  it('the Outline lists the report\'s tables', async () => {
    const symbols = await poll(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', seed.uri);
      return s?.length ? s : undefined;
    }, 'document symbols');
    const names = new Set<string>();
    const walk = (list: vscode.DocumentSymbol[]) => list.forEach((s) => { names.add(s.name); walk(s.children ?? []); });
    walk(symbols);
    for (const table of seedTables) assert.ok(names.has(table), `the Outline does not list ${table}`);
  });

  it('the Tickmark view can be shown in the Explorer', async function () {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(`${reportView.id}.focus`)) this.skip(); // the view is not in this build
    await vscode.window.showTextDocument(seed);
    await vscode.commands.executeCommand(`${reportView.id}.focus`);
  });

  it(`the quick fix "${quickFix.title}" changes ${quickFix.before} to ${quickFix.after}`, async () => {
    const document = await vscode.workspace.openTextDocument(path.join(workspace, quickFix.file));
    await vscode.window.showTextDocument(document);
    const diagnostic = await poll(() => tickmarkDiagnostics(document.uri).find((d) => codeOf(d) === quickFix.code), `the ${quickFix.code} diagnostic`);
    assert.equal(diagnostic.range.start.line, quickFix.line - 1);
    assert.equal(diagnostic.range.start.character, quickFix.column - 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === quickFix.title);
    assert.ok(fix?.edit, `no quick fix titled ${quickFix.title}: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(quickFix.line - 1).text, quickFix.lineAfter);
    await poll(() => !tickmarkDiagnostics(document.uri).some((d) => codeOf(d) === quickFix.code), 'the finding to go away');
  });

  it('after the language server process is killed, it restarts and diagnostics return', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the process through /proc
    const extension = vscode.extensions.getExtension('tickmark.tickmark');
    assert.ok(extension);
    const bundle = path.join(extension.extensionPath, 'dist', 'server.js');
    const before = serverPids(bundle);
    assert.equal(before.length, 1, `expected one language server process, found ${before.length}`);
    process.kill(before[0]!, 'SIGKILL');
    await poll(() => serverPids(bundle).some((pid) => !before.includes(pid)), 'a new language server process', 90_000);
    // Only a running server can answer an edit made now.
    const document = await vscode.workspace.openTextDocument(path.join(workspace, quickFix.file));
    const editor = await vscode.window.showTextDocument(document);
    const at = new vscode.Range(quickFix.line - 1, quickFix.column - 1, quickFix.line - 1, quickFix.column - 1 + quickFix.after.length);
    await editor.edit((edit) => edit.replace(at, '25.0'));
    await poll(() => tickmarkDiagnostics(document.uri).some((d) => codeOf(d) === quickFix.code && d.message.includes('is 25.0 but')), 'the restarted server\'s diagnostic', 90_000);
    await poll(() => seedDiagnostics.every((e) => tickmarkDiagnostics(seed.uri).some((d) => d.range.start.line === e.line - 1)), 'the seed report\'s diagnostics to return', 90_000);
  });
});
