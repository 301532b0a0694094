// Loads the real client bundle against a fake `vscode`, recording the server processes it forks.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { findRoot } from '../helpers';
import { createFakeVscode, hookModule, type FakeVscode } from './fakeVscode';

export interface ClientModule {
  activate(context: unknown): void;
  deactivate(): Promise<void> | undefined;
}

export interface LoadedClient {
  fake: FakeVscode;
  client: ClientModule;
  /** Every server process the client started, in order. */
  forked: ChildProcess[];
  /** Puts `fork` and `require` back and kills any server process still running. */
  unload(): void;
}

export function loadClient(): LoadedClient {
  const clientBundle = join(findRoot(), 'dist', 'client.js');
  const childProcess = require('node:child_process') as typeof import('node:child_process');
  const originalFork = childProcess.fork;
  const forked: ChildProcess[] = [];
  const fake = createFakeVscode();
  const unhook = hookModule('vscode', fake.api);
  childProcess.fork = ((...args: Parameters<typeof originalFork>) => {
    const child = originalFork.apply(childProcess, args);
    forked.push(child);
    return child;
  }) as typeof originalFork;
  delete require.cache[clientBundle];
  const client = require(clientBundle) as ClientModule;
  return {
    fake, client, forked,
    unload() {
      childProcess.fork = originalFork;
      unhook();
      delete require.cache[clientBundle];
      for (const child of forked) if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}
