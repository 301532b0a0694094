// A server that cannot run: the user is told once, with a way to the output, and the client does not
// restart it forever. The client bundle runs against the fake `vscode` with a server path that does
// not exist, so every start of the server process fails at once.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { findRoot } from '../helpers';
import { loadClient, type LoadedClient } from './clientHarness';

describe('client extension with a server that cannot start', function () {
  this.timeout(60000);
  const root = findRoot();
  let loaded: LoadedClient;
  const subscriptions: { dispose(): unknown }[] = [];

  before(() => {
    loaded = loadClient();
  });

  after(async () => {
    try {
      await loaded.client.deactivate();
      for (const disposable of subscriptions) disposable.dispose();
    } finally {
      loaded.unload();
    }
  });

  it('shows one error with "Show output", marks the status bar, and stops trying', async () => {
    const { fake, client, forked } = loaded;
    const report = fake.openTextDocument(fake.Uri.file(join(root, 'seeds', 'none.md')), '# Report\n');
    fake.showTextDocument(report);
    client.activate({
      subscriptions,
      // The server module is missing: node exits at once with "Cannot find module".
      asAbsolutePath: (relative: string) => join(root, 'no-such-folder', relative),
      extensionPath: root,
      extensionUri: fake.Uri.file(root),
      extensionMode: fake.api.ExtensionMode.Test,
    });
    const deadline = Date.now() + 45000;
    while (!fake.messages.some((m) => m.severity === 'error') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const errors = fake.messages.filter((m) => m.severity === 'error');
    assert.equal(errors.length, 1, JSON.stringify(fake.messages) + '\n' + fake.outputLines.join('\n'));
    assert.match(errors[0].message, /^Tickmark: the language server (failed to start|crashed \d+ times)/);
    assert.ok(errors[0].items.includes('Show output'), JSON.stringify(errors[0].items));
    // A server that dies while starting would die again: it is not restarted.
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(forked.length, 1, 'one attempt, no restarts');
    assert.equal(fake.statusBarText(), '$(error) Tickmark');
    assert.equal(fake.statusBarItems[0].command, 'tickmark.showOutput');
  });
});
