// Bundles the end-to-end runners with esbuild (esbuild does not type-check: `npm run typecheck` does).
//   out/e2e/run.js                      the code-server run (npm run test:e2e)
//   out/e2e-electron/runTest.js         the VS Code (electron) run (npm run test:e2e-electron)
//   out/e2e-electron/suite/*.js         the suite that runs inside VS Code
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };
const which = process.argv[2] ?? 'all';

if (which === 'all' || which === 'code-server') {
  rmSync('out/e2e', { recursive: true, force: true });
  await esbuild.build({ ...common, entryPoints: ['test/e2e/run.ts'], outfile: 'out/e2e/run.js', external: ['playwright-core'] });
}
if (which === 'all' || which === 'electron') {
  rmSync('out/e2e-electron', { recursive: true, force: true });
  await esbuild.build({ ...common, entryPoints: ['test/e2e-electron/runTest.ts'], outfile: 'out/e2e-electron/runTest.js', external: ['@vscode/test-electron'] });
  await esbuild.build({
    ...common,
    entryPoints: ['test/e2e-electron/suite/index.ts', 'test/e2e-electron/suite/extension.test.ts'],
    outdir: 'out/e2e-electron/suite',
    external: ['vscode', 'mocha'],
  });
}
