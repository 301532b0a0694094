import * as vscode from 'vscode';
import * as commands from './commands';
import { ServerContext } from './serverContext';
import { ReportView } from './reportView';
import { StatusBar, showProblemsCommand } from './statusBar';

let ctx: ServerContext | undefined;

export function activate(context: vscode.ExtensionContext): void {
  ctx = new ServerContext(context);
  const registered: Record<string, (ctx: ServerContext) => commands.Cmd> = {
    'tickmark.checkReport': commands.checkReport,
    'tickmark.checkWorkspace': commands.checkWorkspace,
    'tickmark.showOutput': commands.showOutput,
    'tickmark.restartServer': commands.restartServer,
    [showProblemsCommand]: commands.showProblems,
  };
  for (const [name, factory] of Object.entries(registered)) {
    context.subscriptions.push(vscode.commands.registerCommand(name, factory(ctx)));
  }
  // Created before the start so it sees the Starting state change.
  context.subscriptions.push(new StatusBar(ctx), new ReportView(ctx));
  // Not awaited: activation should not wait on the server, and start() never rejects.
  void ctx.start();
}

export function deactivate(): Promise<void> | undefined {
  return ctx?.stop();
}
