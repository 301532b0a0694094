// The Tickmark view in the Explorer: the active report's sections, with their tables, figures,
// entities and open inconsistencies. The server builds the tree (tickmark/reportTree); this file
// only turns its nodes into tree items, follows the active editor and reveals a clicked node.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { ReportTreeRequest, type ReportTreeNode } from '../../server/src/protocol';
import { isReport, type ServerContext } from './serverContext';

export const reportViewId = 'tickmark.reportView';
export const revealCommand = 'tickmark.revealInReport';

const icons: Record<ReportTreeNode['kind'], string> = {
  section: 'symbol-string',
  table: 'table',
  figure: 'graph',
  entities: 'symbol-namespace',
  entity: 'symbol-class',
  problems: 'warning',
  problem: 'warning',
};
const severityIcons: Record<NonNullable<ReportTreeNode['severity']>, string> = {
  error: 'error', warning: 'warning', information: 'info', hint: 'lightbulb',
};
const severityColors: Record<NonNullable<ReportTreeNode['severity']>, string | undefined> = {
  error: 'problemsErrorIcon.foreground', warning: 'problemsWarningIcon.foreground', information: 'problemsInfoIcon.foreground', hint: undefined,
};

interface Row {
  node: ReportTreeNode;
  /** Stable across refreshes so expanded nodes stay expanded while the author types. */
  id: string;
  depth: number;
  children: Row[];
}

export class ReportView implements vscode.TreeDataProvider<Row>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Row | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Row>;
  private readonly disposables: vscode.Disposable[];
  private roots: Row[] = [];
  private document: vscode.TextDocument | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  // A newer refresh supersedes an older one still waiting on the server.
  private generation = 0;

  constructor(private readonly ctx: ServerContext) {
    this.view = vscode.window.createTreeView(reportViewId, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [
      this.view,
      this.changed,
      vscode.commands.registerCommand(revealCommand, (uri: string, range: ReportTreeNode['selectionRange']) => reveal(uri, range)),
      vscode.commands.registerCommand('tickmark.reportView.refresh', () => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      // The server publishes diagnostics after every check, so this also follows edits.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const current = this.document?.uri.toString();
        if (current && event.uris.some((uri) => uri.toString() === current)) this.refreshSoon(150);
      }),
      ctx.client.onDidChangeState(() => this.refreshSoon(0)),
      this.view.onDidChangeVisibility(() => this.refreshSoon(0)),
    ];
    this.refreshSoon(0);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  getTreeItem(row: Row): vscode.TreeItem {
    const { node } = row;
    // Open at first: the top two levels of sections and every Inconsistencies group, so a long
    // report's problems are in sight without burying them under every subsection and entity.
    const open = node.kind === 'problems' || (node.kind === 'section' && (row.depth < 2 || hasProblems(row)));
    const collapsed = row.children.length === 0 ? vscode.TreeItemCollapsibleState.None
      : open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, collapsed);
    item.id = row.id;
    item.description = node.description;
    item.tooltip = node.kind === 'problem' ? `${node.label}\n(${node.description})` : node.description ? `${node.label} — ${node.description}` : node.label;
    item.contextValue = `tickmark.${node.kind}`;
    item.iconPath = node.severity
      ? new vscode.ThemeIcon(severityIcons[node.severity], severityColors[node.severity] ? new vscode.ThemeColor(severityColors[node.severity]!) : undefined)
      : new vscode.ThemeIcon(icons[node.kind]);
    if (this.document) {
      item.command = { command: revealCommand, title: 'Reveal in report', arguments: [this.document.uri.toString(), node.selectionRange] };
    }
    return item;
  }

  getChildren(row?: Row): Row[] {
    return row ? row.children : this.roots;
  }

  getParent(): undefined {
    return undefined;
  }

  /** Asks the server again for the active report's tree (also the view's refresh button). */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    // An editor that is not a report (a settings file beside the report) keeps the last report shown;
    // no editor at all, or a closed report, empties the view.
    if (editor && isReport(editor.document)) this.document = editor.document;
    else if (!editor || this.document?.isClosed) this.document = undefined;
    const document = this.document;
    if (!document) return this.show([], 'Open a Markdown report to see its sections, tables, entities and inconsistencies.');
    this.view.description = path.posix.basename(document.uri.path);
    if (this.ctx.client.state !== State.Running) {
      return this.show([], this.ctx.client.state === State.Starting || !this.ctx.hasStarted ? 'The Tickmark server is starting…' : 'The Tickmark server is not running. Run "Tickmark: Restart Server".');
    }
    // Nobody looks at a hidden view: refresh when it is shown again.
    if (!this.view.visible) return;
    try {
      const params: ReportTreeRequest.Params = { uri: this.ctx.client.code2ProtocolConverter.asUri(document.uri) };
      const result = await this.ctx.client.sendRequest<ReportTreeRequest.Result>(ReportTreeRequest.method, params);
      if (generation !== this.generation) return;
      if (result.skipped) return this.show([], `Not analysed: ${result.skipped}`);
      const seen = new Map<string, number>();
      this.show(result.nodes.map((node) => toRow(node, '', seen)), result.nodes.length === 0 ? 'This report has no headings, tables or figures yet.' : undefined);
    } catch (error) {
      if (generation !== this.generation) return;
      this.ctx.outputChannel.error('The Tickmark view could not be built', error);
      this.show([], 'The Tickmark view could not be built; see the Tickmark output.');
    }
  }

  private show(roots: Row[], message: string | undefined): void {
    this.roots = roots;
    this.view.message = message;
    const problems = countProblems(roots);
    this.view.badge = problems > 0 ? { value: problems, tooltip: `${problems} Tickmark inconsistenc${problems === 1 ? 'y' : 'ies'} in this report` } : undefined;
    this.changed.fire(undefined);
  }

  private refreshSoon(delayMs: number): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), delayMs);
  }
}

/** Ids from kind and label, numbered among same-named siblings, so they survive edits elsewhere. */
function toRow(node: ReportTreeNode, parentId: string, seen: Map<string, number>, depth = 0): Row {
  const key = `${node.kind}:${node.kind === 'problem' ? node.code : node.label}`;
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  const id = `${parentId}/${key}#${n}`;
  const childSeen = new Map<string, number>();
  return { node, id, depth, children: node.children.map((child) => toRow(child, id, childSeen, depth + 1)) };
}

function hasProblems(row: Row): boolean {
  return row.children.some((child) => child.node.kind === 'problems' || (child.node.kind === 'section' && hasProblems(child)));
}

function countProblems(rows: Row[]): number {
  return rows.reduce((n, row) => n + (row.node.kind === 'problem' ? 1 : 0) + countProblems(row.children), 0);
}

async function reveal(uri: string, range: ReportTreeNode['selectionRange']): Promise<void> {
  const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: target, preserveFocus: false });
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
