import * as path from 'node:path';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { CheckReportRequest, CheckWorkspaceRequest, ProblemCounts } from '../../server/src/protocol';
import { isReport, type ServerContext } from './serverContext';

export type Cmd = (...args: unknown[]) => unknown;

export function checkReport(ctx: ServerContext): Cmd {
  return async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      void vscode.window.showWarningMessage('Tickmark: open a Markdown report to check it.');
      return;
    }
    const name = reportName(document);
    if (!isReport(document)) {
      void vscode.window.showWarningMessage(`Tickmark: ${name} is not a file on disk or an untitled report, so it cannot be checked.`);
      return;
    }
    if (ctx.client.state === State.Stopped || ctx.client.state === State.StartFailed) {
      ctx.showError('Tickmark: the language server is not running.');
      return;
    }
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `Tickmark: checking ${name}` },
        () => ctx.checkReport(document),
      );
      // The notification's icon says how serious the findings are, as the Problems panel would.
      const show = result.bySeverity.error > 0 ? vscode.window.showErrorMessage
        : result.bySeverity.warning > 0 || result.skipped ? vscode.window.showWarningMessage
        : vscode.window.showInformationMessage;
      void show(describe(name, result));
    } catch (error) {
      ctx.outputChannel.error(`Checking ${document.uri.toString(true)} failed`, error);
      ctx.showError(`Tickmark: checking ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** Checks every report in the workspace, with a notification that shows progress and can be cancelled. */
export function checkWorkspace(ctx: ServerContext): Cmd {
  return async () => {
    if (ctx.client.state === State.Stopped || ctx.client.state === State.StartFailed) {
      ctx.showError('Tickmark: the language server is not running.');
      return;
    }
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Tickmark: checking the workspace…', cancellable: true },
        (_progress, token) => ctx.checkWorkspace(token),
      );
      const show = result.bySeverity.error > 0 ? vscode.window.showErrorMessage
        : result.bySeverity.warning > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
      void show(describeWorkspace(result));
    } catch (error) {
      if (error instanceof Error && /cancel/i.test(error.message)) {
        void vscode.window.showInformationMessage('Tickmark: workspace check cancelled.');
        return;
      }
      ctx.outputChannel.error('Checking the workspace failed', error);
      ctx.showError(`Tickmark: checking the workspace failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** `Tickmark: 7 problems in 3 of 5 reports (2 errors, 5 warnings)`. */
export function describeWorkspace(result: CheckWorkspaceRequest.Result): string {
  const scope = result.cancelled ? ` (cancelled after ${result.reports} of ${result.total} reports)` : '';
  if (result.problems === 0) return `Tickmark: no problems in ${count(result.reports, ['report', 'reports'])}${scope}`;
  const parts = (Object.keys(severityWords) as (keyof ProblemCounts)[])
    .filter((severity) => result.bySeverity[severity] > 0)
    .map((severity) => count(result.bySeverity[severity], severityWords[severity]));
  return `Tickmark: ${count(result.problems, ['problem', 'problems'])} in ${result.reportsWithProblems} of ${count(result.reports, ['report', 'reports'])} (${parts.join(', ')})${scope}`;
}

export function showOutput(ctx: ServerContext): Cmd {
  return () => ctx.outputChannel.show(true);
}

/**
 * Opens the Problems panel for Tickmark's problems. VS Code gives extensions no way to type into the
 * panel's filter box, so the panel opens (never toggles shut, unlike View: Toggle Problems) with its
 * filter focused, ready for `tickmark`; the Tickmark view lists Tickmark's problems alone.
 */
export function showProblems(): Cmd {
  return async () => {
    await vscode.commands.executeCommand('workbench.action.problems.focus');
    // An internal command of the Problems panel: if a future VS Code drops it, the panel still opens.
    await Promise.resolve(vscode.commands.executeCommand('problems.action.focusFilter')).catch(() => undefined);
  };
}

export function restartServer(ctx: ServerContext): Cmd {
  return () => ctx.restart();
}

function reportName(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : path.posix.basename(document.uri.path);
}

const severityWords: Record<keyof ProblemCounts, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['info', 'info'],
  hint: ['hint', 'hints'],
};

function count(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

function describe(name: string, result: CheckReportRequest.Result): string {
  if (result.skipped !== undefined) return `Tickmark: ${name} was not analysed: ${result.skipped}`;
  if (result.problems === 0) return `Tickmark: no problems in ${name}`;
  const parts = (Object.keys(severityWords) as (keyof ProblemCounts)[])
    .filter((severity) => result.bySeverity[severity] > 0)
    .map((severity) => count(result.bySeverity[severity], severityWords[severity]));
  const detail = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  return `Tickmark: ${count(result.problems, ['problem', 'problems'])} in ${name}${detail}`;
}
