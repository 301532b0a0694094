// Re-check after a one-character edit in the middle of a report, through the language service, as
// the server does after each debounced change: everything it publishes for the new version (the
// diagnostics, then the ticks the editor asks for next). 50 edits, median and p95.
import { performance } from 'node:perf_hooks';
import { createLanguageService, type WorkspaceReports } from '../../server/src/core/languageService';
import type { KnowledgeBase } from '../../server/src/core/entities/knowledgeBaseTypes';
import { ms, percentile, printTable } from './measure';

export function editBench(name: string, text: string, knowledgeBase: KnowledgeBase, others: Array<{ name: string; text: string }> = [], edits = 50, warmUp = 60): void {
  // The same place as the first table's column: the end of the line at the middle of the report.
  const middle = text.indexOf('\n', Math.floor(text.length / 2));
  const line = text.slice(0, middle).split('\n').length;
  const rows: string[][] = [['edits to ' + name, 'edits', 'median ms', 'p95 ms', 'max ms', 'diagnostics']];
  const typed = ' tickmark bench typing one character at a time, every edit a text never seen before ';

  const run = (label: string, textAt: (i: number) => string, workspaceOf?: (uri: string) => WorkspaceReports) => {
    const uri = `file:///bench/edit/${label.replace(/\W+/g, '-')}/${name}`;
    const service = createLanguageService({ knowledgeBase, workspace: workspaceOf?.(uri) });
    let version = 1;
    const publish = (document: { uri: string; version: number; getText(): string }) => {
      const diagnostics = service.provideDiagnostics(document);
      service.provideTicks(document);
      return diagnostics.length;
    };
    publish({ uri, version, getText: () => text });
    // Untimed edits first: V8 compiles the incremental path over the first fifty or so re-checks of
    // a process (they take about twice as long), and an editor's server has done that long before.
    for (let i = 0; i < warmUp; i++) {
      const t = textAt(-warmUp + i);
      publish({ uri, version: ++version, getText: () => t });
    }
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < edits; i++) {
      const t = textAt(i);
      const t0 = performance.now();
      count = publish({ uri, version: ++version, getText: () => t });
      times.push(performance.now() - t0);
    }
    rows.push([label, String(edits), ms(percentile(times, 50)), ms(percentile(times, 95)), ms(Math.max(...times)), String(count)]);
  };

  // Typing: each edit inserts one more character, so the edited paragraph is new text every time.
  run('typing (1 char more each edit)', (i) => text.slice(0, middle) + typed.repeat(3).slice(0, i + 6) + text.slice(middle));
  // Toggling a space, as the first table's column: after two edits both texts are in the content caches.
  run('toggle a space (as table 1)', (i) => text.slice(0, middle) + (i % 2 === 0 ? ' ' : '') + text.slice(middle));
  // Typing again, in a workspace of other reports (as files on disk: the server compares a report with every other of its folder).
  if (others.length > 0) {
    const files = new Map(others.map((o, i) => [`file:///bench/edit/workspace/${o.name}`, { uri: `file:///bench/edit/workspace/${o.name}`, version: -1 - i, getText: () => o.text }]));
    run(`typing, ${others.length} other reports`, (i) => text.slice(0, middle) + typed.repeat(3).slice(0, i + 6) + text.slice(middle), (uri) => ({
      list: () => [uri, ...files.keys()],
      get: (u) => (u === uri ? undefined : files.get(u)),
    }));
  }
  printTable(`Re-check after a one-character edit at line ${line} (end of a paragraph): provideDiagnostics + provideTicks`, rows, [
    `typing: insertions at one place (${warmUp} untimed first), the edited paragraph differs from every earlier version;`,
    'toggle: a space added and removed: after two edits both texts are in the content caches.',
    ...(others.length > 0 ? [`typing, ${others.length} other reports: as typing, the report compared with ${others.length} seed variants of its workspace (fact-conflict across reports).`] : []),
  ]);
}
