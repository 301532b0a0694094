// A minimal LSP client over stdio: just enough JSON-RPC framing to drive the real server bundle
// the way an editor does, with no editor.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = { jsonrpc: '2.0'; id?: number; method?: string; params?: unknown; result?: unknown; error?: { code?: number; message: string } };

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly notifications: Message[] = [];
  private readonly listeners: Array<(m: Message) => void> = [];
  readonly exited: Promise<number | null>;
  stderr = '';

  /**
   * What the client answers to the server's `workspace/configuration` requests, for each item: a
   * value for every item, or a function of the item's scope (a folder uri, or undefined for the window).
   */
  configuration: unknown = null;

  constructor(serverPath: string) {
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (past or future) of `method` that satisfies `test`. */
  waitFor<T>(method: string, test: (params: T) => boolean, timeoutMs = 10000): Promise<T> {
    const seen = this.notifications.find((m) => m.method === method && test(m.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      this.listeners.push((m) => {
        if (m.method === method && test(m.params as T)) {
          clearTimeout(timer);
          resolve(m.params as T);
        }
      });
    });
  }

  kill(): void {
    this.child.kill();
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      // The error code goes with the message: a cancelled request must answer RequestCancelled (-32800).
      if (message.error) pending?.reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
      else pending?.resolve(message.result);
    } else if (message.id !== undefined && message.method) {
      // A request from the server: answer it as an editor would.
      const items = (message.params as { items?: { scopeUri?: string }[] } | undefined)?.items ?? [];
      const answer = (item: { scopeUri?: string }) =>
        typeof this.configuration === 'function' ? (this.configuration as (scope: string | undefined) => unknown)(item.scopeUri) : this.configuration;
      const result = message.method === 'workspace/configuration' ? items.map(answer) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    } else {
      this.notifications.push(message);
      for (const listener of this.listeners) listener(message);
    }
  }
}
