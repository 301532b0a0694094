// Bundles the extension. esbuild only bundles; `npm run typecheck` (tsc --noEmit) type-checks.
//   node esbuild.mjs               development bundles (client, server, CLI) into dist/
//   node esbuild.mjs --production  minified bundles, no source maps (what the VSIX ships)
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --tests       bundle test/**/*.test.ts into out/test/ for mocha in plain node
//   node esbuild.mjs --bench       bundle test/bench/bench.ts into out/bench/ (npm run bench)
// remark-parse and its micromark family are ESM-only; bundling them into CommonJS is what lets the
// client, the server, the CLI and mocha all run them in plain node 20.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, chmodSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeKnowledgeBase } from './data/build-knowledge-base.mjs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');
const bench = args.has('--bench');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Keep class and function names so stack traces in the output channel stay readable.
  keepNames: true,
  // Prefer ES module entry points: jsonc-parser's UMD `main` uses requires esbuild cannot follow.
  mainFields: ['module', 'main'],
};

/** @type {import('esbuild').BuildOptions[]} */
const products = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

function findTests(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

if (bench) {
  await esbuild.build({ ...common, minify: false, sourcemap: false, entryPoints: ['test/bench/bench.ts'], outfile: 'out/bench/bench.js' });
} else if (tests) {
  rmSync('out/test', { recursive: true, force: true });
  await esbuild.build({
    ...common,
    sourcemap: true,
    minify: false,
    entryPoints: findTests('test'),
    outdir: 'out/test',
    outbase: 'test',
    // The electron suites run inside VS Code, never under mocha in plain node.
    external: ['vscode', 'mocha'],
  });
} else if (watch) {
  const contexts = await Promise.all(products.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[tickmark] watching for changes…');
} else {
  await Promise.all(products.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
  // The knowledge base ships as data next to the bundles, compiled from data/ (S&P 500 CSV + curated JSON).
  const kb = writeKnowledgeBase('dist/knowledge-base.json');
  copyFileSync('data/entities.schema.json', 'dist/entities.schema.json');
  copyFileSync('data/config.schema.json', 'dist/config.schema.json');
  if (!production) console.log(`[tickmark] knowledge base: ${kb.companies.length} companies, ${kb.models.length} models, ${kb.metrics.length} metrics`);
}
