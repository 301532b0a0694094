// Helpers for driving the real server bundle in the robustness tests: start it, time requests with a
// deadline (a hung server must fail a test, not stall the suite), and collect what it logs.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { LspClient } from '../server/lspClient';
import { findRoot } from '../helpers';

export const serverPath = (): string => join(findRoot(), 'dist', 'server.js');

export interface LogMessage { type: number; message: string }
export interface Diagnostics { uri: string; version?: number; diagnostics: Array<{ code: string; severity: number; message: string; range: Range; relatedInformation?: Array<{ location: { uri: string; range: Range } }> }> }
export interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
export interface Symbol { name: string; range: Range; selectionRange: Range; children?: Symbol[] }
export type Hover = { contents: { kind: string; value: string }; range?: Range } | null;

/** Resolves as `promise` does, or rejects after `ms` (and clears its timer either way). */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** A started, initialised server with every `window/logMessage` it sends collected in `logs`. */
export async function startServer(initializeParams: Record<string, unknown> = {}): Promise<{ client: LspClient; logs: LogMessage[] }> {
  const client = new LspClient(serverPath());
  const logs: LogMessage[] = [];
  // waitFor with a test that never holds registers a listener for every later message; its 0 ms
  // deadline rejects at once (ignored), the listener stays.
  client.waitFor<LogMessage>('window/logMessage', (p) => (logs.push(p), false), 0).catch(() => undefined);
  await within(client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, ...initializeParams }), 15000, 'initialize');
  client.notify('initialized', {});
  return { client, logs };
}

/** shutdown, exit: the process ends with code 0 and nothing on stderr. */
export async function shutDown(client: LspClient): Promise<void> {
  await within(client.request('shutdown', null), 15000, 'shutdown');
  client.notify('exit', null);
  assert.equal(await within(client.exited, 5000, 'exit'), 0, 'exit code');
  assert.equal(client.stderr, '', 'stderr');
}

/** The error-level messages the server logged (a handler that threw, an unexpected error). */
export function errors(logs: LogMessage[]): string[] {
  return logs.filter((l) => l.type === 1).map((l) => l.message);
}
