// Runs the real client bundle (dist/client.js) in plain node against a fake `vscode` module: the
// client starts the real server bundle (dist/server.js) over IPC through vscode-languageclient, and
// the test checks what a user would notice: the status bar, Problems and the check command's
// messages, and that deactivation stops the server process.
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRoot } from '../helpers';
import type { FakeTextDocument, FakeVscode } from './fakeVscode';
import { loadClient, type ClientModule, type LoadedClient } from './clientHarness';

/** The part of vscode.ExtensionContext the client uses, resolving against the repository root. */
interface FakeExtensionContext {
  subscriptions: { dispose(): unknown }[];
  extensionPath: string;
  extensionUri: unknown;
  extensionMode: number;
  asAbsolutePath(relative: string): string;
}

const deadlineMs = 15000;

interface TreeItemLike {
  label: string;
  description?: string;
  command?: { command: string; arguments?: unknown[] };
}

const cleanReport = [
  '# 1Q25 results',
  '',
  'Revenue grew on the year; the table has the quarter.',
  '',
  '| Item | 1Q25 |',
  '|---|---|',
  '| Revenue | 22.2 |',
  '',
].join('\n');

const brokenTable = '| a | b |\n|---|---|\n| 1 | 2 | 3 |\n';

describe('client extension against the real server', function () {
  this.timeout(4 * deadlineMs);
  const root = findRoot();
  let loaded: LoadedClient | undefined;
  let forked: ChildProcess[] = [];
  let fake: FakeVscode;
  let client: ClientModule | undefined;
  let context: FakeExtensionContext | undefined;
  let running = false;
  let deactivated = false;
  let folder: string;
  let clean: FakeTextDocument;
  let broken: FakeTextDocument;

  /** What the user sees and what went on, for failure messages. */
  function snapshot(): string {
    return [
      `status bar now: ${fake.statusBarText()}`,
      `status bar history: ${JSON.stringify(fake.statusBarHistory)}`,
      `messages: ${JSON.stringify(fake.messages.map((m) => `${m.severity}: ${m.message}`))}`,
      `vscode API the fake lacks: ${JSON.stringify([...fake.missing])}`,
      `output channel:\n${fake.outputLines.join('\n')}`,
    ].join('\n');
  }

  /** Polls `test` until it holds; fails after the deadline with what the user saw. */
  async function waitUntil(what: string, test: () => boolean, timeoutMs = deadlineMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!test()) {
      if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}\n${snapshot()}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
    return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'tickmark-client-'));
    loaded = loadClient();
    ({ fake, client, forked } = loaded);
  });

  after(async () => {
    if (process.env.TICKMARK_CLIENT_TEST_DEBUG) console.log(snapshot());
    try {
      if (client && !deactivated) await client.deactivate();
      for (const disposable of context?.subscriptions ?? []) disposable.dispose();
    } finally {
      loaded?.unload();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  /** The later tests need the running client the first one starts; fail at once without it. */
  function requireRunning(): void {
    assert.ok(running, 'the client did not start (see the first test)');
  }

  function report(name: string, text: string): FakeTextDocument {
    const path = join(folder, name);
    writeFileSync(path, text);
    return fake.openTextDocument(fake.Uri.file(path), text);
  }

  it('shows the starting spinner, then a check mark for a clean report in the active editor', async () => {
    clean = report('clean.md', cleanReport);
    fake.showTextDocument(clean);
    context = {
      subscriptions: [],
      asAbsolutePath: (relative: string) => join(root, relative),
      extensionPath: root,
      extensionUri: fake.Uri.file(root),
      extensionMode: fake.api.ExtensionMode.Test,
    };
    client!.activate(context);
    assert.deepEqual(fake.commandIds().sort(), ['tickmark.checkReport', 'tickmark.checkWorkspace', 'tickmark.reportView.refresh', 'tickmark.restartServer',
      'tickmark.revealInReport', 'tickmark.showOutput', 'tickmark.showProblems']);
    assert.equal(fake.statusBarText(), '$(sync~spin) Tickmark', snapshot());
    assert.equal(fake.statusBarItems[0].command, 'tickmark.showProblems');

    await waitUntil('the check mark', () => fake.statusBarText() === '$(check) Tickmark');
    running = true;
    assert.equal(forked.length, 1, 'one server process');
    const item = fake.statusBarItems[0];
    assert.match(String(item.tooltip), /no problems/);
    assert.equal(item.backgroundColor, undefined);
    // The server analysed the report: its diagnostics arrive, empty, and the check mark stays.
    await waitUntil('diagnostics for clean.md', () => fake.diagnosticUpdates.includes(clean.uri.toString()));
    assert.deepEqual(fake.getDiagnostics(clean.uri), []);
    assert.equal(fake.statusBarText(), '$(check) Tickmark');
    assert.deepEqual(fake.outputLines.filter((line) => line.startsWith('[error]')), [], snapshot());
  });

  it('shows the server’s table-shape diagnostic in Problems and its count in the status bar', async () => {
    requireRunning();
    broken = report('broken.md', brokenTable);
    fake.showTextDocument(broken);
    await waitUntil('a table-shape diagnostic for broken.md', () => fake.getDiagnostics(broken.uri).length > 0);
    const diagnostics = fake.getDiagnostics(broken.uri);
    assert.equal(diagnostics.length, 1, snapshot());
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.code, 'table-shape');
    assert.equal(diagnostic.source, 'tickmark');
    assert.equal(diagnostic.severity, fake.api.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.range.start.line, 2);
    assert.match(diagnostic.message, /3 cells but the header has 2/);
    await waitUntil('the problem count', () => fake.statusBarText() === '$(warning) Tickmark: 1');
    assert.match(String(fake.statusBarItems[0].tooltip), /found 1 problem in this report/);

    // Back on the clean report the check mark returns.
    fake.showTextDocument(clean);
    assert.equal(fake.statusBarText(), '$(check) Tickmark');
    fake.showTextDocument(broken);
    assert.equal(fake.statusBarText(), '$(warning) Tickmark: 1');
  });

  it('Check Report Consistency reports the problem count for the active report', async () => {
    requireRunning();
    fake.messages.length = 0;
    await fake.api.commands.executeCommand('tickmark.checkReport');
    await waitUntil('a message', () => fake.messages.length > 0);
    assert.deepEqual(fake.messages.map((m) => [m.severity, m.message]), [['warning', 'Tickmark: 1 problem in broken.md (1 warning)']]);
    assert.equal(fake.progressTitles.at(-1), 'Tickmark: checking broken.md');

    fake.showTextDocument(clean);
    fake.messages.length = 0;
    await fake.api.commands.executeCommand('tickmark.checkReport');
    await waitUntil('a message', () => fake.messages.length > 0);
    assert.deepEqual(fake.messages.map((m) => [m.severity, m.message]), [['information', 'Tickmark: no problems in clean.md']]);
  });

  it('Check Workspace reports a summary of the open reports', async () => {
    requireRunning();
    fake.messages.length = 0;
    await fake.api.commands.executeCommand('tickmark.checkWorkspace');
    await waitUntil('a message', () => fake.messages.length > 0);
    // No workspace folder here: the open reports are the workspace; broken.md has its table-shape warning.
    assert.deepEqual(fake.messages.map((m) => [m.severity, m.message]), [['warning', 'Tickmark: 1 problem in 1 of 2 reports (1 warning)']]);
    assert.equal(fake.progressTitles.at(-1), 'Tickmark: checking the workspace…');
  });

  it('Check Report Consistency warns when no Markdown editor is active', async () => {
    requireRunning();
    const expected = [['warning', 'Tickmark: open a Markdown report to check it.']];
    fake.showTextDocument(undefined);
    assert.equal(fake.statusBarText(), '(hidden)');
    fake.messages.length = 0;
    await fake.api.commands.executeCommand('tickmark.checkReport');
    await waitUntil('a message', () => fake.messages.length > 0);
    assert.deepEqual(fake.messages.map((m) => [m.severity, m.message]), expected);

    const script = fake.openTextDocument(fake.Uri.file(join(folder, 'script.ts')), 'export {};\n', 'typescript');
    fake.showTextDocument(script);
    assert.equal(fake.statusBarText(), '(hidden)');
    fake.messages.length = 0;
    await fake.api.commands.executeCommand('tickmark.checkReport');
    await waitUntil('a message', () => fake.messages.length > 0);
    assert.deepEqual(fake.messages.map((m) => [m.severity, m.message]), expected);
  });

  it('the status bar item opens the Problems panel, not toggles it', async () => {
    requireRunning();
    fake.executedCommands.length = 0;
    await fake.api.commands.executeCommand(String(fake.statusBarItems[0].command));
    // `workbench.actions.view.problems` would close an open panel; focusing never does.
    assert.deepEqual(fake.executedCommands, ['tickmark.showProblems', 'workbench.action.problems.focus', 'problems.action.focusFilter']);
  });

  /** The Tickmark view's rows as `label — description`, indented by depth. */
  async function viewRows(): Promise<{ lines: string[]; items: TreeItemLike[] }> {
    const view = fake.treeViews.find((v) => v.id === 'tickmark.reportView');
    assert.ok(view, 'the Tickmark view was created');
    const lines: string[] = [];
    const items: TreeItemLike[] = [];
    const walk = async (element: unknown, depth: number) => {
      for (const child of ((await view.provider.getChildren(element)) as unknown[]) ?? []) {
        const item = (await view.provider.getTreeItem(child)) as TreeItemLike;
        lines.push(`${'  '.repeat(depth)}${item.label}${item.description ? ` — ${item.description}` : ''}`);
        items.push(item);
        await walk(child, depth + 1);
      }
    };
    await walk(undefined, 0);
    return { lines, items };
  }

  it('the Tickmark view shows the active report’s sections, tables and inconsistencies; a click reveals the place', async () => {
    requireRunning();
    const sectioned = report('sectioned.md', ['# Results', '', '표 1. Revenue', '', '| Item | 1Q25 |', '|---|---|', '| Revenue | 22.2 | 3 |', ''].join('\n'));
    fake.showTextDocument(sectioned);
    let rows = { lines: [] as string[], items: [] as TreeItemLike[] };
    await waitUntil('the view to list the table', () => {
      void viewRows().then((r) => { rows = r; });
      return rows.lines.some((l) => l.includes('표 1. Revenue'));
    });
    const view = fake.treeViews.find((v) => v.id === 'tickmark.reportView')!;
    assert.equal(view.description, 'sectioned.md');
    assert.equal(rows.lines[0], 'Results — 1 table · 1 problem', rows.lines.join('\n'));
    assert.ok(rows.lines.includes('  Inconsistencies — 1'), rows.lines.join('\n'));
    const problem = rows.items.find((i) => /3 cells but the header has 2/.test(i.label));
    assert.ok(problem, rows.lines.join('\n'));
    assert.equal(view.badge?.value, 1);
    // Clicking the problem opens the report at its line.
    await fake.api.commands.executeCommand(problem.command!.command, ...(problem.command!.arguments ?? []));
    assert.deepEqual(fake.shownSelections.at(-1), { uri: sectioned.uri.toString(), line: 6 });

    // A non-Markdown editor keeps nothing stale: with no editor at all, the view says what to do.
    fake.showTextDocument(undefined);
    await waitUntil('the empty view', () => view.message !== undefined && /Open a Markdown report/.test(view.message));
  });

  it('after the server process is killed, the client restarts it and the diagnostics return', async () => {
    requireRunning();
    fake.showTextDocument(broken);
    assert.equal(forked.length, 1, 'one server process');
    const updatesBefore = fake.diagnosticUpdates.length;
    forked[0].kill('SIGKILL');
    await waitUntil('a second server process', () => forked.length === 2);
    await waitUntil('broken.md’s diagnostics to be published again', () =>
      fake.diagnosticUpdates.slice(updatesBefore).includes(broken.uri.toString()) && fake.getDiagnostics(broken.uri).length === 1);
    await waitUntil('the problem count back in the status bar', () => fake.statusBarText() === '$(warning) Tickmark: 1');
    assert.ok(fake.outputLines.some((l) => /stopped unexpectedly; restarting it \(1 of 3/.test(l)), snapshot());
    assert.ok(!fake.messages.some((m) => /crashed/.test(m.message)), 'one crash is not worth a message');
  });

  it('deactivate() stops the client and the server process exits', async () => {
    requireRunning();
    fake.showTextDocument(broken);
    assert.equal(forked.length, 2, 'the restarted server process');
    const server = forked[1];
    const exit = exited(server);
    deactivated = true;
    await client!.deactivate();
    assert.equal(fake.statusBarText(), '$(error) Tickmark', snapshot());
    assert.match(String(fake.statusBarItems[0].tooltip), /has stopped/);
    // A clean LSP shutdown: the server leaves on `exit` with code 0, before the client's
    // fallback kill (2 s after the shutdown) could end it with a signal.
    const result = await Promise.race([
      exit,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`server still running after ${deadlineMs} ms\n${snapshot()}`)), deadlineMs).unref()),
    ]);
    assert.deepEqual(result, { code: 0, signal: null });
    // The client removed its diagnostics with the collection.
    assert.deepEqual(fake.getDiagnostics(broken.uri), []);
  });
});
