// What the client does when the server process dies: restart it, a bounded number of times. A
// server that keeps crashing would otherwise restart forever, each time re-reading the workspace
// and flashing the status bar; after the limit the user gets one clear message and a way out.
import type { CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, ErrorHandlerResult } from 'vscode-languageclient/node';

// The client library's enum values, written out so this policy loads (and is tested) without the editor.
const restart = 2 as CloseAction.Restart;
const doNotRestart = 1 as CloseAction.DoNotRestart;
const carryOn = 1 as ErrorAction.Continue;
const shutDown = 2 as ErrorAction.Shutdown;

export interface CrashPolicyOptions {
  /** Restarts allowed within `windowMs`; one crash more and the server stays down. */
  maxRestarts: number;
  windowMs: number;
  /** Told once the server has been given up on, with the number of crashes seen in the window. */
  onGiveUp(crashes: number): void;
  /** Told on each restart, for the log. */
  onRestart(crashes: number): void;
  /** True while the server is still starting: a server that dies then would die again. */
  isStarting(): boolean;
  /** Told when the server died while starting; it is not restarted. */
  onStartFailed(): void;
  now?: () => number;
}

export class CrashPolicy implements ErrorHandler {
  private crashes: number[] = [];

  constructor(private readonly options: CrashPolicyOptions) {}

  /** A read or write error on the connection: keep going unless it repeats. */
  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? carryOn : shutDown };
  }

  closed(): CloseHandlerResult {
    if (this.options.isStarting()) {
      this.options.onStartFailed();
      return { action: doNotRestart, handled: true };
    }
    const now = (this.options.now ?? Date.now)();
    this.crashes = [...this.crashes.filter((t) => now - t <= this.options.windowMs), now];
    if (this.crashes.length <= this.options.maxRestarts) {
      this.options.onRestart(this.crashes.length);
      return { action: restart, handled: true };
    }
    const crashes = this.crashes.length;
    this.crashes = [];
    this.options.onGiveUp(crashes);
    // handled: the message is ours (with its actions); the client only logs.
    return { action: doNotRestart, handled: true };
  }

  /** A restart the user asked for starts the count afresh. */
  reset(): void {
    this.crashes = [];
  }
}
