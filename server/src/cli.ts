// `tickmark`: the command-line adapter over the same core as the language server, for CI and for
// reviewers. Usage and I/O problems exit 2 with one clear line; findings exit 1 (see --fail-on).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService, type LanguageService, type WorkspaceReports } from './core/languageService';
import { indexReports, type ReportFactsForComparison } from './core/rules/crossReportConflicts';
import { loadBuiltInKnowledgeBase } from './knowledgeBaseFile';
import { userKnowledgeBasePath } from './core/entities/userKnowledgeBase';
import { configPath, configurableRules, parseRuleConfig } from './core/rules/ruleConfig';
import { toSarif } from './sarif';
import { LineIndex } from './core/text/lineIndex';
import type { DocumentSymbol } from './core/features/symbolTypes';
import type { ITextDocument, Severity, TickmarkDiagnostic } from './core/text/types';

const version = '0.1.0';
const commands = ['check', 'outline', 'numbers', 'entities', 'facts'] as const;
type Command = (typeof commands)[number];
type Format = 'text' | 'json' | 'sarif';
type FailOn = Severity | 'none';

const usage = `Usage: tickmark <command> [paths…] [options]

Commands:
  check [paths…]     report inconsistencies (default path: the current folder)
  outline <file>     the report's sections, tables and figures
  numbers <file>     every number as Tickmark reads it: value, unit, scale, interval, kind
  entities <file>    every ticker, company, AI model and metric the report mentions
  facts <file>       every fact the report states: entity, metric, period, value interval, unit

Options:
  --format text|json|sarif                 output format (default: text; sarif is SARIF 2.1.0, check only)
  --fail-on error|warning|information|none check exits 1 when a finding reaches this severity (default: error)
  --rule a,b                               check only these rules
  --ignore a,b                             skip these rules
  --version, --help

Directories are searched for *.md and *.markdown files. A .tickmark/entities.json in the current
folder extends the built-in knowledge base; a .tickmark/config.json sets rule severities, as in the editor.

Rules: fact-conflict, table-sum, identity, ratio, claim, date-conflict, direction, table-shape.`;

class UsageError extends Error {}

interface Options {
  command: Command;
  paths: string[];
  format: Format;
  failOn: FailOn;
  only?: string[];
  ignore: string[];
}

function parseArguments(argv: string[]): Options | 'help' | 'version' {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return 'help';
  if (argv.includes('--version') || argv.includes('-v')) return 'version';
  const [command, ...rest] = argv;
  if (!(commands as readonly string[]).includes(command)) throw new UsageError(`unknown command '${command}'`);
  const options: Options = { command: command as Command, paths: [], format: 'text', failOn: 'error', ignore: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not '${v}'`);
      options.format = v;
    } else if (flag === '--rule' || flag === '--ignore') {
      const names = value().split(',').map((x) => x.trim()).filter(Boolean);
      const unknown = names.filter((n) => !(configurableRules as readonly string[]).includes(n));
      if (unknown.length > 0) throw new UsageError(`unknown rule '${unknown[0]}'; rules: ${configurableRules.join(', ')}`);
      if (flag === '--rule') options.only = [...(options.only ?? []), ...names];
      else options.ignore.push(...names);
    } else if (flag === '--fail-on') {
      const v = value();
      if (!['error', 'warning', 'information', 'none'].includes(v)) throw new UsageError(`--fail-on must be error, warning, information or none, not '${v}'`);
      options.failOn = v as FailOn;
    } else if (flag.startsWith('-')) {
      throw new UsageError(`unknown option '${flag}'`);
    } else {
      options.paths.push(arg);
    }
  }
  if (options.command !== 'check' && options.paths.length !== 1) throw new UsageError(`${options.command} takes exactly one file`);
  if (options.format === 'sarif' && options.command !== 'check') throw new UsageError('--format sarif is for check');
  if (options.command === 'check' && options.paths.length === 0) options.paths.push('.');
  return options;
}

/** Expands directories into their Markdown files (skipping node_modules and hidden folders). */
function findReports(paths: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (/\.(md|markdown)$/i.test(name)) found.push(path);
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`cannot read '${path}': no such file or directory`);
    }
    if (stat.isDirectory()) walk(path);
    else found.push(path);
  }
  return found;
}

function loadDocument(path: string): ITextDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // Editors drop a byte-order mark; so must we, or every position on line 1 is one off.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { uri: pathToFileURL(resolve(path)).toString(), version: 1, getText: () => text };
}

/**
 * The core with the built-in knowledge base and, when the current folder has one, the workspace's
 * `.tickmark/entities.json`; returns that file's problems as a report of their own.
 */
function createService(options?: Options, workspace?: WorkspaceReports): { service: LanguageService; extraFiles: Array<{ path: string; uri: string; diagnostics: TickmarkDiagnostic[] }> } {
  const service = createLanguageService({ knowledgeBase: loadBuiltInKnowledgeBase((message) => console.error(message)), ...(workspace ? { workspace } : {}) });
  const extraFiles: Array<{ path: string; uri: string; diagnostics: TickmarkDiagnostic[] }> = [];
  const kbPath = resolve(userKnowledgeBasePath);
  if (existsSync(kbPath)) {
    const uri = pathToFileURL(kbPath).toString();
    extraFiles.push({ path: displayPath(kbPath), uri, diagnostics: service.setUserKnowledgeBase(uri, readFileSync(kbPath, 'utf8')) });
  }
  // Rule severities: the workspace's .tickmark/config.json, then --rule and --ignore.
  const settings: Record<string, string> = {};
  const cfgPath = resolve(configPath);
  if (existsSync(cfgPath)) {
    const text = readFileSync(cfgPath, 'utf8');
    const { rules, problems } = parseRuleConfig(text);
    Object.assign(settings, rules);
    const lines = new LineIndex(text);
    extraFiles.push({
      path: displayPath(cfgPath), uri: pathToFileURL(cfgPath).toString(),
      diagnostics: problems.map((p) => ({ range: lines.range(p.start, p.end), severity: 'error', code: 'config', message: p.message, relatedInformation: [] })),
    });
  }
  if (options?.only) for (const rule of configurableRules) if (!options.only.includes(rule)) settings[rule] = 'off';
  for (const rule of options?.ignore ?? []) settings[rule] = 'off';
  service.setRuleSettings(settings as Parameters<LanguageService['setRuleSettings']>[0]);
  return { service, extraFiles };
}

const severityRank: Record<FailOn, number> = { error: 3, warning: 2, information: 1, hint: 0, none: 99 };

interface FileResult {
  path: string;
  uri: string;
  diagnostics: TickmarkDiagnostic[];
  summary?: ReportFactsForComparison;
}

/** Checks files one by one, keeping only what the cross-report comparison needs of each. */
function checkFiles(paths: string[], options: Options): FileResult[] {
  const { service } = createService(options);
  return paths.map((path) => {
    const document = loadDocument(path);
    const diagnostics = service.provideDiagnostics(document);
    const summary = service.summarize(document);
    service.forget(document.uri);
    return { path: displayPath(path), uri: document.uri, diagnostics, ...(summary ? { summary } : {}) };
  });
}

// Enough files to be worth a thread's start-up (loading the knowledge base, warming the parser).
const filesPerWorker = 20;

/** Splits the files over worker threads (one per core, at most four) and keeps their order. */
async function checkFilesInWorkers(paths: string[], options: Options): Promise<FileResult[]> {
  const threads = Math.min(availableParallelism(), 4, Math.floor(paths.length / filesPerWorker));
  if (threads < 2) return checkFiles(paths, options);
  // Balance by size (largest first, to the lightest thread): a long report costs more than a short one.
  const chunks: string[][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  const sized = paths.map((path, order) => ({ path, order, size: statSync(path).size })).sort((a, b) => b.size - a.size);
  const orderOf = new Map(sized.map((f) => [f.path, f.order]));
  for (const f of sized) {
    const k = load.indexOf(Math.min(...load));
    chunks[k].push(f.path);
    load[k] += f.size;
  }
  const results = await Promise.all(chunks.map((chunk) => new Promise<FileResult[]>((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { tickmarkCheck: true, paths: chunk, options } });
    worker.once('message', (message: { results?: FileResult[]; error?: string; usage?: boolean }) => {
      if (message.results) resolve(message.results);
      else reject(message.usage ? new UsageError(message.error!) : new Error(message.error));
    });
    worker.once('error', reject);
  })));
  // Back in the order the files were given.
  const byPath = new Map(results.flat().map((r, i) => [chunks.flat()[i], r]));
  return [...byPath.entries()].sort((a, b) => orderOf.get(a[0])! - orderOf.get(b[0])!).map(([, r]) => r);
}

async function runCheck(options: Options, out: (line: string) => void): Promise<number> {
  const paths = findReports(options.paths);
  const checked = await checkFilesInWorkers(paths, options);
  // The reports checked together are each other's workspace: a fact stated differently across them is reported.
  const { service, extraFiles } = createService(options);
  const others = indexReports(checked.flatMap((r) => (r.summary ? [r.summary] : [])));
  for (const r of checked) {
    if (r.summary) r.diagnostics.push(...service.conflictsAcrossReports(r.summary, () => readFileSync(r.path, 'utf8'), others));
  }
  const files: Array<{ path: string; uri: string; diagnostics: TickmarkDiagnostic[] }> = checked;
  for (const extra of extraFiles) if (extra.diagnostics.length > 0) files.push(extra);
  const uriToPath = new Map(files.map((f) => [f.uri, f.path]));
  const all = files.flatMap((f) => f.diagnostics);
  if (options.format === 'sarif') {
    out(JSON.stringify(toSarif(files, version), null, 2));
  } else if (options.format === 'json') {
    out(JSON.stringify({
      version: 1,
      files: files.map((f) => ({
        path: f.path,
        diagnostics: f.diagnostics.map((d) => ({
          range: d.range, severity: d.severity, code: d.code, message: d.message,
          relatedInformation: d.relatedInformation.map((r) => ({ path: uriToPath.get(r.uri) ?? r.uri, range: r.range, message: r.message })),
        })),
      })),
    }, null, 2));
  } else {
    for (const f of files) {
      for (const d of f.diagnostics) out(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`);
    }
    out(summary(all, files.length));
  }
  const threshold = severityRank[options.failOn];
  return all.some((d) => severityRank[d.severity] >= threshold) ? 1 : 0;
}

function summary(all: TickmarkDiagnostic[], reports: number): string {
  const count = (s: Severity) => all.filter((d) => d.severity === s).length;
  const parts = (['error', 'warning', 'information', 'hint'] as const).map((s) => [count(s), s] as const).filter(([n]) => n > 0);
  const reportsText = `${reports} report${reports === 1 ? '' : 's'}`;
  if (all.length === 0) return `No problems in ${reportsText}.`;
  const detail = parts.map(([n, s]) => `${n} ${s}${n === 1 || s === 'information' ? '' : 's'}`).join(', ');
  return `${all.length} problem${all.length === 1 ? '' : 's'} (${detail}) in ${reportsText}.`;
}

function runOutline(options: Options, out: (line: string) => void): number {
  const { service, document } = openOneReport(options.paths[0]);
  const symbols = service.provideDocumentSymbols(document);
  if (options.format === 'json') out(JSON.stringify(symbols, null, 2));
  else printTree(symbols, 0, out);
  return 0;
}

const kindNames: Record<number, string> = { 15: 'section', 19: 'figure', 23: 'table' };

function printTree(symbols: DocumentSymbol[], depth: number, out: (line: string) => void): void {
  for (const s of symbols) {
    out(`${'  '.repeat(depth)}${s.name}  [${kindNames[s.kind] ?? 'symbol'}, line ${s.selectionRange.start.line + 1}${s.detail ? `, ${s.detail}` : ''}]`);
    printTree(s.children, depth + 1, out);
  }
}

function runNumbers(options: Options, out: (line: string) => void): number {
  const { service, document } = openOneReport(options.paths[0]);
  const numbers = service.readNumbers(document);
  if (options.format === 'json') {
    out(JSON.stringify(numbers.map((n) => ({
      text: n.text, range: n.range, value: n.value, unit: n.unit, scale: n.scale, low: n.low, high: n.high, kind: n.kind,
      decimals: n.decimals,
      ...(n.approx ? { approx: n.approx } : {}), ...(n.isRange ? { isRange: true } : {}), ...(n.period ? { period: n.period } : {}),
    })), null, 2));
  } else {
    for (const n of numbers) {
      const where = `${n.range.start.line + 1}:${n.range.start.character + 1}`;
      const reading = n.period
        ? `${n.kind} ${n.period}`
        : `${n.kind}${n.value !== null ? ` ${n.value}` : ''}${n.unit ? ` ${n.unit}` : ''} [${n.low ?? '−∞'}, ${n.high ?? '+∞'}]${n.approx ? ` ${n.approx}` : ''}`;
      out(`${where}\t${n.text}\t${reading}`);
    }
  }
  return 0;
}

function runEntities(options: Options, out: (line: string) => void): number {
  const { service, document } = openOneReport(options.paths[0]);
  const mentions = service.provideEntities(document);
  if (options.format === 'json') {
    out(JSON.stringify(mentions.map((m) => ({ kind: m.kind, id: m.id, text: m.text, range: m.range })), null, 2));
  } else {
    for (const m of mentions) {
      const kind = m.kind === 'ticker' ? 'company' : m.kind;
      out(`${m.range.start.line + 1}:${m.range.start.character + 1}\t${m.text}\t${m.kind} ${m.id} (${service.knowledgeIndex.displayName(kind, m.id)})`);
    }
  }
  return 0;
}

function runFacts(options: Options, out: (line: string) => void): number {
  const { service, document } = openOneReport(options.paths[0]);
  const facts = service.provideFacts(document);
  if (options.format === 'json') {
    out(JSON.stringify(facts.map((f) => ({
      entity: f.entity ?? null, metric: f.metric ?? null, period: f.period ?? null, value: f.value, low: f.low, high: f.high, unit: f.unit,
      text: f.text, range: f.range, kind: f.kind, source: f.source, ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      ...(f.direction ? { direction: f.direction } : {}), ...(f.date ? { date: f.date } : {}), ...(f.event ? { event: f.event } : {}),
    })), null, 2));
  } else {
    for (const f of facts) {
      const value = f.kind === 'date' ? f.date : f.value === null ? '' : `${f.value}${f.unit ? ` ${f.unit}` : ''} [${f.low ?? '−∞'}, ${f.high ?? '+∞'}]`;
      out(`${f.range.start.line + 1}:${f.range.start.character + 1}\t${f.entity ?? '—'}\t${f.metric ?? '—'}${f.qualifier ? ` (${f.qualifier})` : ''}\t${f.period ?? '—'}\t${f.kind}${f.direction ? ` ${f.direction}` : ''}\t${value}\t${f.text}`);
    }
  }
  return 0;
}

/** Loads the one report `outline`, `numbers` and `entities` work on; a file the core declines is an error here. */
function openOneReport(path: string): { service: LanguageService; document: ITextDocument } {
  const { service } = createService();
  const document = loadDocument(requireFile(path));
  const reason = service.skipReason(document);
  if (reason) throw new UsageError(`${path}: ${reason}`);
  return { service, document };
}

function requireFile(path: string): string {
  const [file] = findReports([path]);
  if (!file) throw new UsageError(`no Markdown file at '${path}'`);
  if (statSync(path).isDirectory()) throw new UsageError(`'${path}' is a folder; this command takes one file`);
  return file;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') ? resolve(path) : rel.split('\\').join('/');
}

export async function main(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  try {
    const options = parseArguments(argv);
    if (options === 'help') {
      out(usage);
      return 0;
    }
    if (options === 'version') {
      out(version);
      return 0;
    }
    switch (options.command) {
      case 'check': return await runCheck(options, out);
      case 'outline': return runOutline(options, out);
      case 'numbers': return runNumbers(options, out);
      case 'entities': return runEntities(options, out);
      case 'facts': return runFacts(options, out);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`tickmark: ${error.message}`);
      if (/unknown|needs|must|takes/.test(error.message)) err(`Run 'tickmark --help' for usage.`);
      return 2;
    }
    err(`tickmark: internal error: ${(error as Error)?.stack ?? error}`);
    return 2;
  }
}

if (!isMainThread && (workerData as { tickmarkCheck?: boolean } | null)?.tickmarkCheck) {
  // A worker of `tickmark check`: check its share of the files and send back the results.
  const { paths, options } = workerData as { paths: string[]; options: Options };
  try {
    parentPort!.postMessage({ results: checkFiles(paths, options) });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message ?? String(error), usage: error instanceof UsageError });
  }
} else if (require.main === module) {
  const lines: string[] = [];
  void main(process.argv.slice(2), (line) => lines.push(line), (line) => console.error(line)).then((code) => {
    // Write in one go and exit only after stdout drains, so piped output is never cut short.
    process.stdout.write(lines.length > 0 ? lines.join('\n') + '\n' : '', () => process.exit(code));
  });
}
