import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { diagnosticSource } from '../../server/src/protocol';
import { isReport, type ServerContext } from './serverContext';

export const showProblemsCommand = 'tickmark.showProblems';

/** Server state and the active report's Tickmark problem count; hidden outside Markdown reports. */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly ctx: ServerContext) {
    this.item = vscode.window.createStatusBarItem('tickmark.status', vscode.StatusBarAlignment.Left, -100);
    this.item.name = 'Tickmark';
    this.disposables = [
      this.item,
      ctx.client.onDidChangeState(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      // Changing a document's language mode reopens it without changing the active editor.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    ];
    this.update();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isReport(document)) {
      this.item.hide();
      return;
    }
    const item = this.item;
    item.backgroundColor = undefined;
    item.command = showProblemsCommand;
    // Before the first start the client reads Stopped; that is not a failure yet.
    const state = this.ctx.hasStarted ? this.ctx.client.state : State.Starting;
    switch (state) {
      case State.Starting:
        item.text = '$(sync~spin) Tickmark';
        item.tooltip = 'Tickmark: the language server is starting…';
        break;
      case State.Running: {
        const problems = vscode.languages
          .getDiagnostics(document.uri)
          .filter((diagnostic) => diagnostic.source === diagnosticSource).length;
        item.text = problems === 0 ? '$(check) Tickmark' : `$(warning) Tickmark: ${problems}`;
        item.tooltip =
          (problems === 0 ? 'Tickmark found no problems in this report.' : `Tickmark found ${problems} problem${problems === 1 ? '' : 's'} in this report.`) +
          ' Counts only Tickmark diagnostics, not those of other extensions. Click to see them in the Problems panel.';
        break;
      }
      case State.Stopped:
      case State.StartFailed:
        item.text = '$(error) Tickmark';
        item.tooltip =
          (this.ctx.client.state === State.StartFailed
            ? 'Tickmark: the language server failed to start.'
            : 'Tickmark: the language server has stopped.') + ' Click to show the output.';
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        // The Problems panel has nothing to say about a dead server; the output does.
        item.command = 'tickmark.showOutput';
        break;
    }
    item.show();
  }
}
