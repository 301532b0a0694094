// What a person does and sees with Tickmark in VS Code (code-server in Chromium). Each scenario asserts
// what the page shows and saves a screenshot into the results folder.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { diagnosticSource, hovers, peerTable, quickFix, reportView, seedDiagnostics, seedTables } from './expectations';
import { processesRunning } from './waiting';
import {
  allRows, cursorStatus, dismiss, goTo, hoverWord, onlyPane, openFile, openRowByKeyboard, poll, problemRows, runCommand, stableCount, tickmarkStatus,
  clearHovers, readTreeStable, resizeSidebar, type Row,
} from './workbench';

export interface Context {
  page: Page;
  log: (...parts: unknown[]) => void;
  results: string;
  /** The seed report's file name in the workspace. */
  seedFile: string;
  workspace: string;
  /** The installed extension's language server bundle (absolute path). */
  serverBundle: string;
  repo: string;
  url: string;
}

export interface Scenario {
  name: string;
  /** The scenarios after it cannot run when it fails. */
  setup?: boolean;
  timeoutMs?: number;
  /** Resolves 'pending' when what it tests is not there yet. */
  run: () => Promise<void | 'pending'>;
}

interface CliDiagnostic { range: { start: { line: number; character: number } }; severity: string; code: string; message: string }

export function scenarios(ctx: Context): Scenario[] {
  const { page, log, results } = ctx;
  const shot = (name: string, clip?: { x: number; y: number; width: number; height: number }) =>
    page.screenshot({ path: path.join(results, name), ...(clip ? { clip: fitClip(clip) } : {}) });
  const fitClip = (c: { x: number; y: number; width: number; height: number }) => {
    const vp = page.viewportSize() ?? { width: 1200, height: 900 };
    const x = Math.max(0, Math.floor(c.x));
    const y = Math.max(0, Math.floor(c.y));
    return { x, y, width: Math.min(Math.ceil(c.width), vp.width - x, 1200), height: Math.min(Math.ceil(c.height), vp.height - y) };
  };
  const seedText = () => fs.readFileSync(path.join(ctx.workspace, ctx.seedFile), 'utf8');
  const cliCheck = (file: string): CliDiagnostic[] => {
    const run = spawnSync(process.execPath, [path.join(ctx.repo, 'dist/cli.js'), 'check', file, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`tickmark check failed: ${run.stderr}`);
    return (JSON.parse(run.stdout) as { files: { diagnostics: CliDiagnostic[] }[] }).files.flatMap((f) => f.diagnostics);
  };

  /** Opens the Problems panel and waits until it lists a row matching every predicate. */
  const problemsShow = async (what: string, wanted: ((rows: string[]) => boolean), timeoutMs = 60_000) => {
    if (!(await page.locator('.markers-panel').isVisible())) await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 20_000 });
    let last: string[] = [];
    return poll(async () => {
      last = await problemRows(page);
      return wanted(last) ? last : undefined;
    }, what, timeoutMs, 500).catch((error: Error) => {
      fs.writeFileSync(path.join(results, 'problems-rows-at-failure.txt'), last.join('\n') + '\n');
      throw new Error(`${error.message}; the Problems panel showed ${last.length} rows: ${JSON.stringify(last.slice(0, 12))}`);
    });
  };
  const rowFor = (rows: string[], message: string, line: number) =>
    rows.find((r) => r.includes(message) && new RegExp(`\\b${line}\\b`).test(r) && r.toLowerCase().includes(diagnosticSource));

  const statusText = async () => (await tickmarkStatus(page)).map((s) => `${s.text} [${s.icon}]`).join(' | ');

  return [
    {
      name: 'the workbench opens the seed report and Tickmark reports its problems in the status bar',
      setup: true,
      timeoutMs: 300_000,
      run: async () => {
        await page.goto(ctx.url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
        await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120_000 });
        await openFile(page, ctx.seedFile);
        // The server starts, analyses the report and the status bar counts its problems.
        const status = await poll(async () => {
          const items = await tickmarkStatus(page);
          const m = items.map((i) => /Tickmark: (\d+)/.exec(i.text)).find(Boolean);
          return m && Number(m[1]) >= seedDiagnostics.length ? items : undefined;
        }, `the status bar to show "Tickmark: N" (N ≥ ${seedDiagnostics.length})`, 180_000, 500);
        log(`status bar: ${status.map((s) => s.text).join(' | ')}`);
        await shot('workbench.png');
      },
    },

    ...hovers.map((h): Scenario => ({
      name: `hovering ${h.words[0]} shows a card naming ${h.shows}`,
      run: async () => {
        const text = seedText();
        const word = h.words.find((w) => text.includes(w));
        if (!word) throw new Error(`the report contains none of ${h.words.join(', ')}`);
        const lineText = text.split('\n')[h.line - 1] ?? '';
        await goTo(page, h.line);
        const { text: card, point, attempt } = await hoverWord(page, word, h.expect);
        log(`hover on "${word}"${attempt > 1 ? ` (mouse moved ${attempt} times)` : ''}: ${JSON.stringify(card.slice(0, 200))}`);
        // The card and the hovered word, as a person sees them.
        const box = await page.locator('.monaco-editor .monaco-hover:not(.hidden)').first().boundingBox();
        const clip = box
          ? (() => {
            const x0 = Math.min(box.x, point.x) - 40, y0 = Math.min(box.y, point.y - 12) - 20;
            const x1 = Math.max(box.x + box.width, point.x + 60) + 40, y1 = Math.max(box.y + box.height, point.y + 12) + 20;
            return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
          })()
          : undefined;
        await shot(h.name === 'model' ? 'hover.png' : `hover-${h.name}.png`, clip);
        if (!lineText.includes(word)) log(`note: line ${h.line} does not contain "${word}"; another occurrence was hovered`);
        await page.mouse.move(5, 5);
        await dismiss(page);
      },
    })),

    {
      name: 'Tickmark: Check Report Consistency fills the Problems panel with Tickmark diagnostics',
      run: async () => {
        await openFile(page, ctx.seedFile);
        // Clear old notifications so the one read below is this command's.
        await runCommand(page, 'Notifications: Clear All Notifications');
        await runCommand(page, 'Tickmark: Check Report Consistency');
        const toast = await poll(async () => {
          const messages = await page.$$eval('.notifications-toasts .notification-list-item-message', (els) => els.map((e) => (e as HTMLElement).innerText.trim()));
          return messages.find((m) => m.startsWith('Tickmark:') && m.includes(ctx.seedFile));
        }, 'the notification of Check Report Consistency', 60_000);
        log(`notification: ${toast}`);
        const problems = /Tickmark: (\d+) problems? in/.exec(toast);
        if (!problems || Number(problems[1]) < seedDiagnostics.length) throw new Error(`the notification reports fewer problems than expected: ${toast}`);

        const fromCli = cliCheck(path.join(ctx.workspace, ctx.seedFile));
        const wanted = [
          ...seedDiagnostics.map((d) => ({ message: d.message, line: d.line })),
          ...fromCli.map((d) => ({ message: d.message.slice(0, 40), line: d.range.start.line + 1 })),
        ];
        if (!fromCli.some((d) => d.code === 'date-conflict')) throw new Error('tickmark check no longer finds the date conflict of the seed report');
        const rows = await problemsShow(`the Problems panel to list ${wanted.length} Tickmark diagnostics`,
          (r) => wanted.every((w) => rowFor(r, w.message, w.line)));
        const tickmarkRows = rows.filter((r) => r.toLowerCase().includes(diagnosticSource));
        log(`Problems panel: ${tickmarkRows.length} Tickmark rows, e.g. ${JSON.stringify(tickmarkRows[0])}`);
        if (tickmarkRows.length < fromCli.length) throw new Error(`the Problems panel shows ${tickmarkRows.length} Tickmark rows, tickmark check finds ${fromCli.length}`);
        await clearHovers(page);
        const panel = await page.locator('.part.panel').boundingBox();
        await shot('problems.png', panel ?? undefined);
      },
    },

    {
      name: 'the Tickmark status bar item opens the Problems panel with its filter focused',
      run: async () => {
        if (await page.locator('.markers-panel').isVisible()) {
          await page.locator('.part.panel .action-label[aria-label^="Hide Panel"], .part.panel .action-label[aria-label^="Close Panel"]').first().click();
        }
        await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: 10_000 });
        await openFile(page, ctx.seedFile);
        const item = page.locator('.statusbar-item').filter({ hasText: /Tickmark: \d+/ }).first();
        await item.waitFor({ timeout: 30_000 });
        await item.click();
        await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 20_000 });
        // The item focuses the panel's filter, ready for "tickmark" (extensions cannot fill it in).
        await poll(() => page.evaluate(() => !!document.activeElement?.closest('.viewpane-filter, .markers-panel-action-filter')), 'the Problems filter to have the keyboard focus', 10_000);
        const filter = await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().inputValue().catch(() => '');
        log(`Problems panel opened from the status bar with its filter focused (${JSON.stringify(filter)})`);
        const rows = await poll(async () => {
          const r = await problemRows(page);
          return seedDiagnostics.every((d) => rowFor(r, d.message, d.line)) ? r : undefined;
        }, 'the Problems panel to show the seed report\'s diagnostics', 30_000, 500);
        if (filter && !/tickmark/i.test(filter)) throw new Error(`the Problems panel is filtered to ${JSON.stringify(filter)}, not to Tickmark`);
        if (/tickmark/i.test(filter) && rows.some((r) => /generated by/.test(r) && !r.toLowerCase().includes(diagnosticSource))) {
          throw new Error('the Problems panel filtered to Tickmark shows other sources');
        }
      },
    },

    {
      name: `the Outline lists the report's tables and opening "${peerTable.caption}" there moves the cursor to it`,
      timeoutMs: 240_000,
      run: async () => {
        await openFile(page, ctx.seedFile);
        await runCommand(page, 'Explorer: Focus on Outline View');
        const outline = (await onlyPane(page, 'Outline')).locator('.outline-pane');
        await outline.locator('.monaco-list-rows > .monaco-list-row').first().waitFor({ timeout: 60_000 });
        await stableCount(async () => outline.locator('.monaco-list-rows > .monaco-list-row').count(), 'the Outline to settle', 6, 60_000);
        const rows = await allRows(page, outline);
        fs.writeFileSync(path.join(results, 'outline-rows.txt'), rowsText(rows));
        const labels = new Set(rows.map((r) => r.label));
        const tablesFromCli = cliTables(ctx);
        const missing = [...new Set([...seedTables, ...tablesFromCli])].filter((t) => !labels.has(t));
        if (missing.length) throw new Error(`the Outline (${rows.length} rows) does not list: ${missing.join(' | ')}`);
        log(`Outline: ${rows.length} rows, all ${tablesFromCli.length} tables listed`);
        await openRowByKeyboard(page, outline, peerTable.caption);
        await poll(async () => (await cursorStatus(page)).startsWith(`Ln ${peerTable.line},`), `the cursor to move to line ${peerTable.line}`, 15_000);
        await clearHovers(page);
        const sidebar = await page.locator('.part.sidebar').boundingBox();
        await shot('outline.png', sidebar ?? undefined);
      },
    },

    {
      name: `the Tickmark view in the Explorer lists the report's tables`,
      timeoutMs: 240_000,
      run: async () => {
        await openFile(page, ctx.seedFile);
        const focused = await runCommand(page, `Focus on ${reportView.name} View`).then(() => true, () => false);
        if (!focused) {
          log(`no "Focus on ${reportView.name} View" command: the ${reportView.id} view is not in this build`);
          await dismiss(page);
          return 'pending';
        }
        const view = (await onlyPane(page, reportView.name)).locator('.pane-body');
        await view.locator('.monaco-list-rows > .monaco-list-row').first().waitFor({ timeout: 60_000 });
        await stableCount(async () => view.locator('.monaco-list-rows > .monaco-list-row').count(), 'the Tickmark view to settle', 6, 60_000);
        // Sections open as the view opens them; the folded ones (deeper sections) are opened here, entities stay folded.
        const rows = await readTreeStable(page, view, (row) => /codicon-symbol-string/.test(row.icons));
        fs.writeFileSync(path.join(results, 'tickmark-view-rows.txt'), rowsText(rows));
        const labels = new Set(rows.map((r) => r.label));
        const missing = seedTables.filter((t) => !labels.has(t));
        if (missing.length) throw new Error(`the Tickmark view (${rows.length} rows) does not list: ${missing.join(' | ')}`);
        // Tables sit under their section, sections nest as headings.
        const at = rows.findIndex((r) => r.label === peerTable.caption);
        const parent = rows.slice(0, at).reverse().find((r) => r.level < rows[at]!.level);
        if (!parent || parent.label !== peerTable.section) throw new Error(`"${peerTable.caption}" is under ${JSON.stringify(parent?.label)}, not under "${peerTable.section}"`);
        // The open inconsistencies are listed too.
        for (const d of seedDiagnostics) {
          if (!rows.some((r) => (r.label + ' ' + r.aria).includes(d.message.slice(0, 30)))) throw new Error(`the Tickmark view does not list the problem "${d.message}"`);
        }
        log(`Tickmark view: ${rows.length} rows; the ${seedTables.length} expected tables, "${peerTable.caption}" under "${parent.label}", and the date conflicts listed`);
        await openRowByKeyboard(page, view, peerTable.caption);
        await poll(async () => (await cursorStatus(page)).startsWith(`Ln ${peerTable.line},`), `the cursor to move to line ${peerTable.line}`, 15_000);
        // Wide enough to read the captions, for the picture.
        const width = await resizeSidebar(page, 560);
        await clearHovers(page);
        const sidebar = await page.locator('.part.sidebar').boundingBox();
        await shot('tickmark-view.png', sidebar ?? undefined);
        await resizeSidebar(page, width);
        return undefined;
      },
    },

    {
      name: `the quick fix "${quickFix.title}" changes ${quickFix.before} to ${quickFix.after}`,
      run: async () => {
        const file = path.join(ctx.workspace, quickFix.file);
        const lineOnDisk = () => fs.readFileSync(file, 'utf8').split('\n')[quickFix.line - 1] ?? '';
        if (!lineOnDisk().includes(quickFix.before)) throw new Error(`${quickFix.file}:${quickFix.line} does not hold ${quickFix.before}`);
        await openFile(page, quickFix.file);
        await problemsShow(`the ${quickFix.code} diagnostic of ${quickFix.file}`, (rows) => rows.some((r) => r.includes(`${quickFix.before} but`) && r.toLowerCase().includes(diagnosticSource)));
        await goTo(page, quickFix.line, quickFix.column);
        const menu = page.locator('.action-widget:not(.action-list-submenu-panel)').first();
        const fixRow = menu.locator('.monaco-list-row').filter({ hasText: quickFix.title }).first();
        await poll(async () => {
          await dismiss(page);
          await goTo(page, quickFix.line, quickFix.column);
          await page.keyboard.press('Control+.');
          await fixRow.waitFor({ state: 'visible', timeout: 8_000 });
          return true;
        }, `the quick-fix menu to offer "${quickFix.title}"`, 60_000, 500);
        const items = await menu.locator('.monaco-list-row').allInnerTexts();
        log(`quick fixes offered: ${JSON.stringify(items.map((t) => t.trim()))}`);
        const box = await menu.boundingBox();
        const editorBox = await page.locator('.editor-instance').first().boundingBox();
        await shot('quick-fix.png', box && editorBox ? { x: editorBox.x, y: editorBox.y, width: editorBox.width, height: Math.min(editorBox.height, box.y + box.height + 40 - editorBox.y) } : undefined);
        await fixRow.click();
        await menu.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
        // The editor shows the new value on that line…
        await poll(async () => {
          const texts = await page.$$eval('.editor-instance .monaco-editor .view-lines .view-line', (els) => els.map((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ')));
          return texts.some((t) => t.includes('합계') && t.includes(quickFix.after) && !t.includes(quickFix.before));
        }, `the editor to show ${quickFix.after} in the 합계 row`, 15_000);
        // …at that place: saved, the line is exactly the fixed one.
        await page.keyboard.press('Control+S');
        await poll(() => lineOnDisk() === quickFix.lineAfter, `${quickFix.file}:${quickFix.line} to read ${JSON.stringify(quickFix.lineAfter)} after saving`, 15_000);
        // The finding is gone: the status bar has no problem left for this report.
        await poll(async () => (await tickmarkStatus(page)).some((s) => /codicon-check/.test(s.icon)), 'the status bar to show no problem for the fixed report', 30_000, 500)
          .catch(async (error: Error) => { throw new Error(`${error.message}; status bar: ${await statusText()}`); });
      },
    },

    {
      name: 'after the language server process is killed, the client restarts it and diagnostics return',
      timeoutMs: 240_000,
      run: async () => {
        const before = serverPids(ctx.serverBundle);
        if (before.length !== 1) throw new Error(`expected one language server process running ${ctx.serverBundle}, found ${before.length}`);
        log(`killing the language server (pid ${before[0]})`);
        process.kill(before[0]!, 'SIGKILL');
        const after = await poll(() => {
          const now = serverPids(ctx.serverBundle).filter((pid) => !before.includes(pid));
          return now.length ? now : undefined;
        }, 'a new language server process', 90_000, 500);
        log(`restarted as pid ${after.join(', ')}`);
        // Only a running server can answer an edit made now: write another wrong total into the report.
        const wrong = '25.0';
        await openFile(page, quickFix.file);
        await goTo(page, quickFix.line, quickFix.column);
        for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
        await page.keyboard.type(wrong);
        await poll(async () => {
          const texts = await page.$$eval('.editor-instance .monaco-editor .view-lines .view-line', (els) => els.map((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ')));
          return texts.some((t) => t.includes('합계') && t.includes(`| ${wrong} |`));
        }, `the editor to show the typed ${wrong}`, 15_000);
        await problemsShow('the restarted server\'s diagnostics in the Problems panel', (rows) =>
          rows.some((r) => r.includes(`is ${wrong} but`) && r.toLowerCase().includes(diagnosticSource))
          && seedDiagnostics.every((d) => rowFor(rows, d.message, d.line)), 90_000);
        await poll(async () => (await tickmarkStatus(page)).some((s) => /Tickmark: 1\b/.test(s.text)), 'the status bar to count the new problem', 30_000, 500)
          .catch(async (error: Error) => { throw new Error(`${error.message}; status bar: ${await statusText()}`); });
        await shot('restarted.png');
        await runCommand(page, 'File: Revert File');
      },
    },
  ];
}

function rowsText(rows: Row[]): string {
  return rows.map((r) => `${'  '.repeat(Math.max(0, r.level - 1))}${r.label}${r.description ? `  — ${r.description}` : ''}`).join('\n') + '\n';
}

function cliTables(ctx: Context): string[] {
  const run = spawnSync(process.execPath, [path.join(ctx.repo, 'dist/cli.js'), 'outline', path.join(ctx.workspace, ctx.seedFile), '--format', 'json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tickmark outline failed: ${run.stderr}`);
  interface Symbol { name: string; kind: number; children?: Symbol[] }
  const tables: string[] = [];
  const walk = (symbols: Symbol[]) => symbols.forEach((s) => { if (s.kind === 23) tables.push(s.name); walk(s.children ?? []); });
  walk(JSON.parse(run.stdout) as Symbol[]);
  return tables;
}

/** Processes running exactly this server bundle (the extension's own copy in this run's folder). */
function serverPids(bundle: string): number[] {
  return processesRunning(bundle).map((p) => p.pid);
}
