// Helpers that drive the VS Code workbench (code-server) in Chromium the way a person would: keyboard,
// mouse, and what the page shows. Every wait is on a selector, a text or a count, with a bounded timeout.
import type { Locator, Page } from 'playwright-core';

export { poll, sleep } from './waiting';
import { poll, sleep } from './waiting';

export const quickInput = '.quick-input-widget';

/** Closes menus, hovers and the quick input. */
export async function dismiss(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

/**
 * Opens the quick input with `key` (F1: commands, Control+P: files, Control+G: line) and types `text`;
 * retried until the input holds the text (the widget can still be closing from an earlier use).
 */
export async function openQuickInput(page: Page, key: string, text: string, what: string): Promise<void> {
  const input = page.locator(`${quickInput} input`);
  await poll(async () => {
    await dismiss(page);
    await input.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined);
    await page.keyboard.press(key);
    await input.waitFor({ state: 'visible', timeout: 5_000 });
    await input.fill(text, { timeout: 5_000 });
    return (await input.inputValue()) === text;
  }, what, 30_000, 500);
}

/** Opens the command palette (F1) and runs the command whose label ends with `label`. */
export async function runCommand(page: Page, label: string, search = label): Promise<void> {
  await openQuickInput(page, 'F1', '>' + search, 'the command palette');
  const rowLabels = () => page.$$eval(`${quickInput} .monaco-list-row`, (rows) =>
    rows.map((row) => (row.querySelector('.label-name')?.textContent ?? row.getAttribute('aria-label') ?? '').trim()));
  const index = await poll(async () => {
    const labels = await rowLabels();
    const at = labels.findIndex((l) => l === label || l.endsWith(': ' + label) || l.endsWith(label));
    return at >= 0 ? at + 1 : undefined;
  }, `the command "${label}" in the command palette`, 15_000).catch(async (error: Error) => {
    const labels = await rowLabels().catch(() => []);
    throw new Error(`${error.message}; the palette offered: ${labels.slice(0, 10).join(' | ') || 'nothing'}`);
  });
  await page.locator(`${quickInput} .monaco-list-row`).nth(index - 1).click();
  await page.locator(`${quickInput} input`).waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor. */
export async function openFile(page: Page, name: string): Promise<void> {
  await openQuickInput(page, 'Control+P', name, 'Quick Open');
  const row = page.locator(`${quickInput} .monaco-list-row[aria-label*="${name}"]`).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  await row.click();
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

/** The active editor's cursor position as the status bar shows it: `Ln 603, Col 1`. */
export async function cursorStatus(page: Page): Promise<string> {
  return (await page.locator('.statusbar-item[id$="status.editor.selection"]').first().innerText().catch(() => '')).trim();
}

/**
 * Puts the cursor at a 1-based line and character column of the active editor: Go to Line (Ctrl+G),
 * then Home and → (Go to Line counts wide characters such as Hangul as two columns; the status bar does not).
 */
export async function goTo(page: Page, line: number, column = 1): Promise<void> {
  await poll(async () => {
    await openQuickInput(page, 'Control+G', `:${line}`, 'Go to Line');
    await sleep(150);
    await page.keyboard.press('Enter');
    await poll(async () => (await cursorStatus(page)).startsWith(`Ln ${line},`), `the cursor on line ${line}`, 3_000);
    await page.keyboard.press('Home');
    if ((await cursorStatus(page)) !== `Ln ${line}, Col 1`) await page.keyboard.press('Home'); // smart Home: first non-blank, then column 1
    for (let i = 1; i < column; i++) await page.keyboard.press('ArrowRight');
    return poll(async () => (await cursorStatus(page)).startsWith(`Ln ${line}, Col ${column}`), `the cursor at ${line}:${column}`, 3_000);
  }, `the cursor at ${line}:${column}`, 45_000, 500);
}

/**
 * The page coordinates of the first visible occurrence of `word` in the active editor's rendered lines
 * (the text as Monaco renders it: non-breaking spaces for spaces and tabs).
 */
export async function locateWord(page: Page, word: string, lineHint?: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(([w, hint]) => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    if (!editor) return undefined;
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    const ordered = hint ? [...lines.filter((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').includes(hint)), ...lines] : lines;
    for (const line of ordered) {
      const nodes: { node: Text; start: number }[] = [];
      let text = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: text.length });
        text += (n as Text).data;
      }
      const at = text.replace(/\u00a0/g, ' ').indexOf(w);
      if (at < 0) continue;
      const find = (offset: number) => {
        for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i]!.start <= offset) return { node: nodes[i]!.node, offset: offset - nodes[i]!.start };
        return undefined;
      };
      const a = find(at);
      const b = find(at + w.length - 1);
      if (!a || !b) continue;
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, Math.min(b.offset + 1, b.node.data.length));
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) continue;
      return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
    }
    return undefined;
  }, [word, lineHint ?? ''] as const);
}

export const hoverContent = '.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content';

/** The text of the editor hover that is showing, or ''. */
export async function hoverText(page: Page): Promise<string> {
  const texts = await page.$$eval(hoverContent, (els) => els.map((e) => (e as HTMLElement).innerText));
  return texts.join('\n').trim();
}

/**
 * Moves the mouse onto `word` until the hover card shows text that matches every pattern. The move is
 * retried (the hover sometimes does not open on the first move, or opens on a neighbouring token).
 */
export async function hoverWord(page: Page, word: string, expect: RegExp[], attempts = 6): Promise<{ text: string; point: { x: number; y: number }; attempt: number }> {
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await page.mouse.move(5, 5);
    await dismiss(page);
    await sleep(200);
    const point = await poll(() => locateWord(page, word), `"${word}" rendered in the editor`, 15_000);
    const target = { x: point.x + (attempt % 3) * 3, y: point.y };
    await page.mouse.move(target.x - 20, target.y, { steps: 2 });
    await page.mouse.move(target.x, target.y, { steps: 4 });
    try {
      const text = await poll(async () => {
        const t = await hoverText(page);
        last = t || last;
        return expect.every((re) => re.test(t)) ? t : undefined;
      }, `the hover card for "${word}"`, 4_000 + attempt * 2_000, 200);
      return { text, point: target, attempt };
    } catch {
      // move away and try again
    }
  }
  throw new Error(`the hover on "${word}" never showed ${expect.map(String).join(' and ')}; last hover text: ${JSON.stringify(last.slice(0, 400))}`);
}

/** Status bar items whose text or label mentions Tickmark. */
export async function tickmarkStatus(page: Page): Promise<{ text: string; aria: string; icon: string }[]> {
  return page.$$eval('.statusbar-item', (items) => items
    .map((i) => ({
      text: ((i as HTMLElement).innerText || '').trim(),
      aria: i.querySelector('[aria-label]')?.getAttribute('aria-label') ?? i.getAttribute('aria-label') ?? '',
      icon: [...i.querySelectorAll('.codicon')].map((c) => [...c.classList].filter((k) => k.startsWith('codicon-')).join(' ')).join(' '),
    }))
    .filter((i) => /tickmark/i.test(i.text + ' ' + i.aria)));
}

export interface Row {
  index: number;
  level: number;
  expanded: string | null;
  label: string;
  description: string;
  aria: string;
}

/** Reads the rendered rows of a list or tree (not its sticky-scroll copies). */
export async function renderedRows(container: Locator): Promise<Row[]> {
  return container.locator('.monaco-list-rows > .monaco-list-row').evaluateAll((rows) => rows.map((r) => ({
    index: Number(r.getAttribute('data-index')),
    level: Number(r.getAttribute('aria-level')),
    expanded: r.getAttribute('aria-expanded'),
    label: (r.querySelector('.label-name') ?? r.querySelector('.monaco-highlighted-label') ?? r).textContent?.trim() ?? '',
    description: r.querySelector('.label-description')?.textContent?.trim() ?? '',
    aria: r.getAttribute('aria-label') ?? '',
  })));
}

/** Scrolls a tree from top to bottom and returns every row it rendered, in order. */
export async function allRows(page: Page, container: Locator): Promise<Row[]> {
  const list = container.locator('.monaco-list').first();
  await list.waitFor({ state: 'visible', timeout: 30_000 });
  const box = await list.boundingBox();
  if (!box) throw new Error('the list has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 100));
  await page.mouse.wheel(0, -100_000);
  await sleep(300);
  const all = new Map<number, Row>();
  let unchanged = 0;
  for (let i = 0; i < 400 && unchanged < 3; i++) {
    const before = all.size;
    for (const row of await renderedRows(container)) all.set(row.index, row);
    unchanged = all.size === before ? unchanged + 1 : 0;
    await page.mouse.wheel(0, Math.max(44, box.height - 60));
    await sleep(150);
  }
  await page.mouse.wheel(0, -100_000);
  return [...all.values()].sort((a, b) => a.index - b.index);
}

/** Waits until `count()` returns the same number `times` polls in a row. */
export async function stableCount(count: () => Promise<number>, what: string, times = 6, timeoutMs = 60_000): Promise<number> {
  let previous = -1;
  let same = 0;
  return poll(async () => {
    const n = await count();
    same = n === previous ? same + 1 : 0;
    previous = n;
    return same >= times && n > 0 ? n : undefined;
  }, what, timeoutMs, 500);
}

/** Every row of the Problems panel (scrolled through): aria labels carry the message, source and position. */
export async function problemRows(page: Page): Promise<string[]> {
  const panel = page.locator('.markers-panel');
  const rows = await allRows(page, panel);
  return rows.map((r) => (r.aria || r.label).replace(/\s+/g, ' ').trim());
}

/**
 * Expands the side bar pane titled `title` (Explorer: the folder, Outline, Timeline, a contributed view) and
 * collapses the others so that it gets the height. Returns the pane.
 */
export async function onlyPane(page: Page, title: string): Promise<Locator> {
  const headers = page.locator('.part.sidebar .pane-header');
  let found = false;
  for (let i = 0; i < (await headers.count()); i++) {
    const header = headers.nth(i);
    const name = ((await header.locator('h3.title').first().textContent().catch(() => '')) ?? '').trim();
    const expanded = (await header.getAttribute('aria-expanded')) === 'true';
    const wanted = name.toLowerCase() === title.toLowerCase();
    found ||= wanted;
    if (wanted !== expanded) {
      await header.click({ position: { x: 12, y: 10 } });
      await poll(async () => ((await header.getAttribute('aria-expanded')) === 'true') === wanted, `the ${name} pane to ${wanted ? 'expand' : 'collapse'}`, 10_000);
    }
  }
  if (!found) throw new Error(`no side bar pane titled ${title}`);
  const pane = page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i') }) }).first();
  await pane.locator('.pane-body').waitFor({ state: 'visible', timeout: 10_000 });
  return pane;
}

/**
 * Moves the keyboard focus of a tree to the row labelled `label` (Home, then ↓ until it is focused) and
 * opens it with Enter, as a person would without the mouse.
 */
export async function openRowByKeyboard(page: Page, container: Locator, label: string, maxRows = 2_000): Promise<void> {
  const list = container.locator('.monaco-list').first();
  await list.focus();
  await page.keyboard.press('Home');
  const focused = container.locator('.monaco-list-rows > .monaco-list-row.focused');
  const focusedLabel = async () => ((await focused.first().locator('.label-name, .monaco-highlighted-label').first().textContent({ timeout: 2_000 }).catch(() => '')) ?? '').trim();
  let previous = '';
  let same = 0;
  for (let i = 0; i < maxRows; i++) {
    const now = await focusedLabel();
    if (now === label) {
      await page.keyboard.press('Enter');
      return;
    }
    same = now === previous ? same + 1 : 0; // the end of the tree: ↓ no longer moves
    if (same > 20) break;
    previous = now;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no row labelled ${JSON.stringify(label)} in the tree (last focused: ${JSON.stringify(previous)})`);
}

export interface TreeRow extends Row {
  icons: string;
}

/**
 * Walks a tree with the keyboard from its first row to its last (Home, then ↓), expanding every collapsed
 * row for which `expand` says so (→), and returns every row it passed. Bounded by `maxRows`.
 */
export async function walkTree(page: Page, container: Locator, expand: (row: TreeRow) => boolean, maxRows = 3_000): Promise<TreeRow[]> {
  const list = container.locator('.monaco-list').first();
  await list.focus();
  await page.keyboard.press('Home');
  const focused = () => container.locator('.monaco-list-rows > .monaco-list-row.focused').first().evaluate((r) => ({
    index: Number(r.getAttribute('data-index')),
    level: Number(r.getAttribute('aria-level')),
    expanded: r.getAttribute('aria-expanded'),
    label: (r.querySelector('.label-name') ?? r.querySelector('.monaco-highlighted-label') ?? r).textContent?.trim() ?? '',
    description: r.querySelector('.label-description')?.textContent?.trim() ?? '',
    aria: r.getAttribute('aria-label') ?? '',
    icons: [...r.querySelectorAll('.codicon, [class*="codicon-"]')].flatMap((e) => [...e.classList].filter((c) => c.startsWith('codicon-'))).join(' '),
  }), undefined, { timeout: 5_000 });
  const rows: TreeRow[] = [];
  let previous = -1;
  let restarts = 0;
  for (let i = 0; i < maxRows; i++) {
    let row = await poll(() => focused().catch(() => undefined), 'a focused row in the tree', 3_000, 100).catch(() => undefined);
    if (!row) {
      // The view was refreshed under the walk (it follows diagnostics): start again from the top;
      // what was expanded stays expanded.
      if (++restarts > 5) throw new Error('the tree kept losing its focus');
      await list.focus();
      await page.keyboard.press('Home');
      rows.length = 0;
      previous = -1;
      continue;
    }
    if (row.expanded === 'false' && expand(row)) {
      await page.keyboard.press('ArrowRight');
      row = await poll(async () => {
        const now = await focused().catch(() => undefined);
        return now?.expanded === 'true' ? now : undefined;
      }, `"${row.label}" to expand`, 10_000, 100);
    }
    if (row.index === previous) break; // ↓ did not move: the last row
    rows.push(row);
    previous = row.index;
    await page.keyboard.press('ArrowDown');
  }
  return rows;
}

/**
 * Walks a tree (see walkTree) until two walks in a row read the same rows: a view that refreshes while it is
 * read (it follows the diagnostics) is read again.
 */
export async function readTreeStable(page: Page, container: Locator, expand: (row: TreeRow) => boolean, attempts = 5): Promise<TreeRow[]> {
  const key = (rows: TreeRow[]) => rows.map((r) => `${r.level}:${r.label}`).join('\n');
  let previous = await walkTree(page, container, expand);
  for (let i = 1; i < attempts; i++) {
    const rows = await walkTree(page, container, expand);
    if (key(rows) === key(previous)) return rows;
    previous = rows;
  }
  throw new Error(`the tree changed on each of ${attempts} readings`);
}

/** Drags the side bar's edge so that it is `width` pixels wide; returns its previous width. */
export async function resizeSidebar(page: Page, width: number): Promise<number> {
  const sidebar = page.locator('.part.sidebar');
  const before = await sidebar.boundingBox();
  if (!before) throw new Error('no side bar');
  const y = before.y + before.height / 2;
  await page.mouse.move(before.x + before.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(before.x + width, y, { steps: 8 });
  await page.mouse.up();
  await poll(async () => Math.abs(((await sidebar.boundingBox())?.width ?? 0) - width) < 40, `the side bar to be ${width} px wide`, 5_000).catch(() => undefined);
  return before.width;
}

/** Moves the mouse onto the title bar and waits until no tooltip or hover is showing (for clean pictures). */
export async function clearHovers(page: Page): Promise<void> {
  await page.mouse.move(600, 12);
  await poll(async () => (await page.locator('.workbench-hover-container, .monaco-hover:not(.hidden)').count()) === 0
    || !(await page.locator('.workbench-hover-container, .monaco-hover:not(.hidden)').first().isVisible()), 'tooltips to close', 5_000, 200).catch(() => undefined);
}
