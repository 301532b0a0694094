import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { CheckReportRequest, CheckWorkspaceRequest } from '../../server/src/protocol';
import { CrashPolicy } from './crashPolicy';

// Only documents the server is sent (textDocument/didOpen) can be checked; other schemes
// (git:, vscode-vfs:, output:) never reach it.
export const reportSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

export function isReport(document: vscode.TextDocument): boolean {
  return vscode.languages.match(reportSelector, document) > 0;
}

/**
 * The library's client, quiet: it pops a notification for each error it logs (a server that could not
 * start made four), where Tickmark shows one message of its own, with its actions. Every error still
 * goes to the output channel.
 */
class QuietLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, _showNotification?: boolean | 'force'): void {
    super.error(message, data, false);
  }
}

/** The language client and its output channel; one client instance lives as long as the extension. */
export class ServerContext {
  // Owned here rather than by the client so it survives restarts and failed starts.
  readonly outputChannel: vscode.LogOutputChannel;
  readonly client: LanguageClient;
  readonly crashPolicy: CrashPolicy;
  private starting: Promise<void> | undefined;

  constructor(context: vscode.ExtensionContext) {
    this.outputChannel = vscode.window.createOutputChannel('Tickmark', { log: true });
    context.subscriptions.push(this.outputChannel);

    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const knowledgeBaseWatcher = vscode.workspace.createFileSystemWatcher('**/.tickmark/*.json');
    context.subscriptions.push(knowledgeBaseWatcher);
    this.crashPolicy = new CrashPolicy({
      maxRestarts: 3,
      windowMs: 3 * 60 * 1000,
      isStarting: () => this.client?.state === State.Starting,
      // A start of ours reports its own failure (start() below); a restart after a crash has nobody else to.
      onStartFailed: () => {
        if (!this.starting) this.showError('Tickmark: the language server stopped and could not be started again.');
      },
      onRestart: (crashes) => this.outputChannel.warn(`The Tickmark server stopped unexpectedly; restarting it (${crashes} of 3 restarts allowed in 3 minutes).`),
      onGiveUp: (crashes) => {
        this.outputChannel.error(`The Tickmark server crashed ${crashes} times in 3 minutes; it will not be restarted.`);
        const show = 'Show output';
        const restart = 'Restart server';
        void vscode.window
          .showErrorMessage(`Tickmark: the language server crashed ${crashes} times in 3 minutes and was stopped. Diagnostics, hovers and the Tickmark view are unavailable until it is restarted.`, show, restart)
          .then((picked) => {
            if (picked === show) this.outputChannel.show(true);
            else if (picked === restart) void this.restart();
          });
      },
    });
    const clientOptions: LanguageClientOptions = {
      documentSelector: reportSelector,
      outputChannel: this.outputChannel,
      // The server reloads a workspace's own knowledge base when it changes on disk.
      synchronize: { fileEvents: knowledgeBaseWatcher },
      errorHandler: this.crashPolicy,
      // A failed initialize is reported by start() below; retrying it would fail the same way.
      initializationFailedHandler: () => false,
    };
    // The id must stay 'tickmark': the client reads its trace level from `<id>.trace.server`.
    this.client = new QuietLanguageClient('tickmark', 'Tickmark', serverOptions, clientOptions);
  }

  /** False until the first start is requested: until then a Stopped client is not a stopped server. */
  hasStarted = false;

  /** Never rejects: a failed start is reported by the client (output channel, State.StartFailed). */
  start(): Promise<void> {
    this.hasStarted = true;
    this.starting ??= this.client.start().then(
      () => undefined,
      (error: unknown) => {
        this.outputChannel.error('Tickmark server failed to start', error);
        this.showError(`Tickmark: the language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
      },
    ).finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** An error message whose action opens the Tickmark output, where the cause is logged. */
  showError(message: string): void {
    const show = 'Show output';
    void vscode.window.showErrorMessage(message, show).then((picked) => {
      if (picked === show) this.outputChannel.show(true);
    });
  }

  async stop(): Promise<void> {
    // LanguageClient.stop() throws unless the client is running, so let a pending start settle.
    await this.starting;
    if (this.client.isRunning()) {
      // A shutdown that times out still leaves the client stopped, so a restart can go on.
      await this.client.stop().catch((error: unknown) => this.outputChannel.error('Tickmark server did not stop cleanly', error));
    }
  }

  async restart(): Promise<void> {
    this.crashPolicy.reset();
    await this.stop();
    await this.start();
  }

  checkWorkspace(token: vscode.CancellationToken): Promise<CheckWorkspaceRequest.Result> {
    return this.client.sendRequest<CheckWorkspaceRequest.Result>(CheckWorkspaceRequest.method, {}, token);
  }

  checkReport(document: vscode.TextDocument): Promise<CheckReportRequest.Result> {
    const params: CheckReportRequest.Params = { uri: this.client.code2ProtocolConverter.asUri(document.uri) };
    // By method name: CheckReportRequest.type is built from whichever vscode-jsonrpc copy
    // protocol.ts resolves, and RequestType's private member makes copies incompatible in tsc.
    return this.client.sendRequest<CheckReportRequest.Result>(CheckReportRequest.method, params);
  }
}
