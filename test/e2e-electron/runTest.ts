// The end-to-end suite inside VS Code itself (electron), through @vscode/test-electron: it downloads
// VS Code (from update.code.visualstudio.com, into .vscode-test/), starts it with this folder as the
// extension under development and a copy of seeds/ as the workspace, and runs suite/ in its extension
// host. Run it where VS Code can be downloaded: `npm run test:e2e-electron`. Where it cannot (CI here
// reaches only the npm registry and Debian mirrors), `npm run test:e2e` runs the same expectations
// in code-server instead.
//   VSCODE_VERSION  the VS Code to download (default: stable)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { quickFixFixture } from '../e2e/expectations';

async function main(): Promise<number> {
  const repo = path.resolve(__dirname, '../..');
  if (!fs.existsSync(path.join(repo, 'dist/client.js'))) {
    console.error('dist/client.js is missing: build first (npm run build).');
    return 1;
  }
  const version = process.env.VSCODE_VERSION || 'stable';

  let vscodeExecutablePath: string;
  try {
    vscodeExecutablePath = await withTimeout(downloadAndUnzipVSCode({ version, timeout: 60_000 }), 10 * 60_000);
  } catch (error) {
    console.error([
      `Could not download VS Code (${version}): ${error instanceof Error ? error.message : String(error)}`,
      'The electron suite needs to download VS Code from update.code.visualstudio.com.',
      'Where that is not possible, run the same checks in code-server: npm run test:e2e',
    ].join('\n'));
    return 1;
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tickmark-e2e-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repo, 'seeds'), workspace, { recursive: true });
  fs.copyFileSync(path.join(repo, quickFixFixture), path.join(workspace, path.basename(quickFixFixture)));
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions')],
      extensionTestsEnv: { TICKMARK_E2E_WORKSPACE: workspace },
    });
    return 0;
  } catch (error) {
    console.error(`The electron suite failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms); }),
  ]);
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
