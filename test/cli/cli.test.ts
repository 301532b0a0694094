// The `tickmark` CLI as a reviewer or a CI job runs it: the built bundle, real files, exit codes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRoot } from '../helpers';

const root = findRoot();
const cli = join(root, 'dist', 'cli.js');

function run(args: string[], cwd = root): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Position { line: number; character: number }
function assertRange(range: { start: Position; end: Position }): void {
  for (const end of [range.start, range.end]) {
    assert.deepEqual(Object.keys(end).sort(), ['character', 'line']);
    assert.ok(Number.isInteger(end.line) && end.line >= 0 && Number.isInteger(end.character) && end.character >= 0);
  }
}

describe('tickmark CLI', function () {
  this.timeout(30000);
  const work = mkdtempSync(join(tmpdir(), 'tickmark-cli-'));
  mkdirSync(join(work, 'reports', 'node_modules'), { recursive: true });
  writeFileSync(join(work, 'reports', 'bad.md'), '# 실적\n\n| 항목 | 1Q25 |\n|---|---|\n| 매출 | 22.2 | 9 |\n');
  writeFileSync(join(work, 'reports', 'good.markdown'), '# 요약\n\n매출은 22.2조원.\n');
  writeFileSync(join(work, 'reports', 'notes.txt'), 'not a report | a | b |\n');
  writeFileSync(join(work, 'reports', 'node_modules', 'dep.md'), '| a |\n|---|\n| 1 | 2 |\n');

  it('check seeds: every report, JSON in the contract shape, exit 1 for the real disagreements', () => {
    const r = run(['check', 'seeds', '--format', 'json']);
    // The seeds hold real inconsistencies (CONSISTENCY.md): errors fail the default --fail-on error.
    assert.equal(r.code, 1, r.stderr);
    assert.equal(run(['check', 'seeds', '--fail-on', 'none']).code, 0);
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), [
      'seeds/000_769e3c25c3dd0279.md', 'seeds/001_cb93e14f1339dffe.md', 'seeds/002_5d00c0ceb4fdecc9.md',
      'seeds/003_5d12a9f6474251b4.md', 'seeds/004_311725c3b42caac1.md',
    ]);
    for (const f of json.files) assert.ok(Array.isArray(f.diagnostics));
  });

  it('check: text lines as path:line:col: severity code message, 1-based, and a summary', () => {
    const r = run(['check', 'reports'], work);
    assert.equal(r.code, 0, 'a warning does not fail the default --fail-on error');
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^reports\/bad\.md:5:1: warning table-shape Row 1 of table “Table: 항목 \| 1Q25” has 3 cells but the header has 2/);
    assert.equal(lines[lines.length - 1], '1 problem (1 warning) in 2 reports.');
    assert.ok(!r.stdout.includes('dep.md') && !r.stdout.includes('notes.txt'), 'skips node_modules and non-Markdown files');
  });

  it('check --format json: diagnostics with 0-based ranges and related information by path', () => {
    const r = run(['check', 'reports', '--format', 'json'], work);
    const [bad] = JSON.parse(r.stdout).files;
    const [d] = bad.diagnostics;
    assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'relatedInformation', 'severity']);
    assert.deepEqual(d.range.start, { line: 4, character: 0 });
    assertRange(d.range);
    assert.equal(d.severity, 'warning');
    assert.deepEqual(Object.keys(d.relatedInformation[0]).sort(), ['message', 'path', 'range']);
    assert.equal(d.relatedInformation[0].path, 'reports/bad.md');
  });

  it('check --fail-on decides the exit code', () => {
    assert.equal(run(['check', 'reports', '--fail-on', 'warning'], work).code, 1);
    assert.equal(run(['check', 'reports', '--fail-on', 'error'], work).code, 0);
    assert.equal(run(['check', 'reports', '--fail-on', 'none'], work).code, 0);
    assert.equal(run(['check', 'reports/good.markdown', '--fail-on', 'information'], work).code, 0);
  });

  it('usage and I/O errors exit 2 with one clear line, never a stack trace', () => {
    for (const args of [['check', 'missing.md'], ['outline'], ['frobnicate'], ['check', '--format', 'xml'], ['check', '--bogus'], ['numbers', 'reports']]) {
      const r = run(args, work);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^tickmark: /, args.join(' '));
      assert.ok(!/\n\s+at /.test(r.stderr), `no stack trace for ${args.join(' ')}`);
    }
    assert.match(run(['check', 'missing.md'], work).stderr, /cannot read 'missing\.md': no such file or directory/);
    assert.equal(run(['--help']).code, 0);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('outline --format json: the document symbols of a seed', () => {
    const r = run(['outline', 'seeds/000_769e3c25c3dd0279.md', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const symbols = JSON.parse(r.stdout);
    const all: Array<{ name: string; kind: number; range: never; selectionRange: never; children: unknown[] }> = [];
    const walk = (list: typeof all) => list.forEach((s) => { all.push(s); walk(s.children as typeof all); });
    walk(symbols);
    const peer = all.find((s) => s.name === '표 8. Peer Table (1)')!;
    assert.equal(peer.kind, 23);
    assertRange(peer.range);
    assertRange(peer.selectionRange);
    assert.ok(all.some((s) => s.name === 'I. AI Issue: 2025년 중국의 AI' && s.kind === 15));
    assert.match(run(['outline', 'seeds/000_769e3c25c3dd0279.md']).stdout, /^ {4}표 8\. Peer Table \(1\) {2}\[table, line 603/m);
  });

  it('numbers --format json: what was read, in the contract shape', () => {
    const r = run(['numbers', 'seeds/000_769e3c25c3dd0279.md', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const numbers = JSON.parse(r.stdout);
    for (const n of numbers) {
      for (const key of ['text', 'range', 'value', 'unit', 'scale', 'low', 'high', 'kind']) assert.ok(key in n, `${key} in ${JSON.stringify(n)}`);
      assertRange(n.range);
    }
    const params = numbers.find((n: { text: string }) => n.text === '6,710억 개');
    assert.deepEqual(
      { value: params.value, unit: params.unit, scale: params.scale, low: params.low, high: params.high, kind: params.kind },
      { value: 671000000000, unit: '개', scale: 1e8, low: 670950000000, high: 671050000000, kind: 'count' },
    );
    const b = numbers.find((n: { text: string }) => n.text === '671B');
    assert.deepEqual([b.value, b.low, b.high], [671e9, 670.5e9, 671.5e9]);
    assert.ok(!numbers.some((n: { text: string }) => /^(4o|800|0513)$/.test(n.text)), 'GPT-4o, H800, 0513 are not numbers');
    const text = run(['numbers', 'seeds/002_5d00c0ceb4fdecc9.md']).stdout;
    assert.match(text, /\t253\.2\tquantity 253\.2 \[253\.15, 253\.25\]/);
  });

  it('npx tickmark runs the same CLI from the repository root', () => {
    const r = spawnSync('npx', ['--no-install', 'tickmark', '--version'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+/);
  });
});

describe('tickmark CLI: consistency output', function () {
  this.timeout(30000);
  const work = mkdtempSync(join(tmpdir(), 'tickmark-cli-rules-'));
  const report = '# SK하이닉스 (000660 KS)\n\n(조원)\t1Q25\t2Q25\t3Q25\n매출액\t17.6\t22.2\t24.4\n매출원가\t7.7\t10.0\t10.1\n매출총이익\t9.9\t12.6\t14.3\n';
  writeFileSync(join(work, 'q.md'), report);

  it('--format sarif prints SARIF 2.1.0 with rules, levels and 1-based regions', () => {
    const r = run(['check', 'q.md', '--format', 'sarif'], work);
    assert.equal(r.code, 1);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const [run0] = sarif.runs;
    assert.equal(run0.tool.driver.name, 'Tickmark');
    assert.deepEqual(run0.tool.driver.rules.map((x: { id: string }) => x.id), ['identity']);
    const [result] = run0.results;
    assert.deepEqual([result.ruleId, result.level], ['identity', 'error']);
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 6, startColumn: 11, endLine: 6, endColumn: 15 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'q.md');
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '12.2');
  });

  it('--rule and --ignore filter the rules; an unknown rule is a usage error', () => {
    assert.equal(run(['check', 'q.md', '--ignore', 'identity'], work).code, 0);
    assert.equal(run(['check', 'q.md', '--rule', 'claim,ratio'], work).code, 0);
    assert.equal(run(['check', 'q.md', '--rule', 'identity'], work).code, 1);
    const bad = run(['check', 'q.md', '--rule', 'spelling'], work);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown rule 'spelling'/);
  });

  it('reads rule severities from .tickmark/config.json, and reports its problems', () => {
    const ws = mkdtempSync(join(tmpdir(), 'tickmark-cli-config-'));
    writeFileSync(join(ws, 'q.md'), report);
    mkdirSync(join(ws, '.tickmark'));
    writeFileSync(join(ws, '.tickmark', 'config.json'), '{ "rules": { "identity": "warning", "spelling": "off" } }\n');
    const r = run(['check', '.'], ws);
    assert.equal(r.code, 1, 'the config file’s own problem is an error');
    assert.match(r.stdout, /^q\.md:6:11: warning identity /m);
    assert.match(r.stdout, /^\.tickmark\/config\.json:1:37: error config Unknown rule "spelling"/m);
  });

  it('facts prints what tells two facts of one metric apart: a return column\'s horizon', () => {
    writeFileSync(join(work, 'peers.md'), '| 종목명 | 기간별 수익률(%) | |\n| --- | --- | --- |\n| | 1W | 1M |\n| Apple | -5.9 | -12.0 |\n');
    const text = run(['facts', 'peers.md'], work).stdout;
    assert.match(text, /aapl-us\tshare-price-return \(1w\)\t—\tvalue\t-5\.9 %/);
    assert.match(text, /aapl-us\tshare-price-return \(1m\)\t—\tvalue\t-12 %/);
    const facts = JSON.parse(run(['facts', 'peers.md', '--format', 'json'], work).stdout) as Array<{ qualifier?: string; text: string }>;
    assert.deepEqual(facts.map((f) => [f.text, f.qualifier]), [['-5.9', '1w'], ['-12.0', '1m']]);
  });

  it('facts --format json prints the facts in the contract shape', () => {
    const facts = JSON.parse(run(['facts', 'q.md', '--format', 'json'], work).stdout);
    for (const f of facts) for (const key of ['entity', 'metric', 'period', 'value', 'low', 'high', 'unit', 'text', 'range']) assert.ok(key in f, key);
    const gp = facts.find((f: { metric: string; period: string }) => f.metric === 'gross-profit' && f.period === '2025-Q2');
    assert.deepEqual([gp.entity, gp.value, gp.low, gp.high, gp.unit, gp.text], ['000660-ks', 12.6e12, 12.55e12, 12.65e12, 'KRW', '12.6']);
  });
});

describe('tickmark check on many reports', function () {
  this.timeout(120000);
  it('checks in worker threads with the same findings, in the order given, and compares across reports', () => {
    const ws = mkdtempSync(join(tmpdir(), 'tickmark-many-'));
    const report = (n: number, gross: string) =>
      `# SK하이닉스 (000660 KS) note ${n}\n\n(조원)\t1Q25\t2Q25\t3Q25\n매출액\t17.6\t22.2\t24.4\n매출원가\t7.7\t10.0\t10.1\n매출총이익\t9.9\t${gross}\t14.3\n`;
    for (let n = 0; n < 45; n++) writeFileSync(join(ws, `r${String(n).padStart(2, '0')}.md`), report(n, n === 7 ? '12.6' : '12.2'));
    const many = JSON.parse(run(['check', '.', '--format', 'json'], ws).stdout);
    assert.deepEqual(many.files.map((f: { path: string }) => f.path), Array.from({ length: 45 }, (_, n) => `r${String(n).padStart(2, '0')}.md`));
    // r07's wrong gross profit: the identity inside it, and the same fact stated differently in every other report.
    const r07 = many.files[7].diagnostics.map((d: { code: string }) => d.code).sort();
    assert.deepEqual(r07, ['fact-conflict', 'identity']);
    assert.match(many.files[7].diagnostics.find((d: { code: string }) => d.code === 'fact-conflict').message, /is 12\.6 here \(undated\) but 12\.2 in r00\.md \(undated\) and 43 more reports/);
    assert.deepEqual(many.files[0].diagnostics.map((d: { code: string }) => d.code), ['fact-conflict']);
    const one = JSON.parse(run(['check', 'r07.md', '--format', 'json'], ws).stdout);
    assert.deepEqual(one.files[0].diagnostics.map((d: { code: string }) => d.code), ['identity']);
  });
});
