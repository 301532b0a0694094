// The composition root of the analysis core: the language server and the CLI both call this, and
// neither knows how a report is modelled or checked.
import { buildReportModel } from './model/buildModel';
import type { ReportModel } from './model/reportModel';
import { provideDocumentSymbols, entitySymbolKind } from './features/documentSymbols';
import { provideFoldingRanges } from './features/foldingRanges';
import { readReportNumbers, type NumberInReport } from './numbers/reportNumbers';
import { checkTableShapes } from './features/tableShape';
import { provideHover, type HoverResult } from './features/hover';
import { provideSemanticTokens, semanticTokenLegend } from './features/semanticTokens';
import type { DocumentSymbol, FoldingRange, SymbolInformation } from './features/symbolTypes';
import { recogniseEntities, type EntityMention } from './entities/recogniseEntities';
import { KnowledgeIndex, mergeKnowledgeBases } from './entities/knowledgeIndex';
import type { KnowledgeBase } from './entities/knowledgeBaseTypes';
import { parseUserKnowledgeBase } from './entities/userKnowledgeBase';
import { extractFacts, type ReportFacts } from './facts/extractFacts';
import { runRules, type RuleResults, type RuleSettings } from './rules/runRules';
import { comparableFacts, crossReportConflicts, indexReports, reportDate, type FactIndex, type ReportFactsForComparison } from './rules/crossReportConflicts';
import { readSuppressions } from './rules/suppression';
import type { Fact } from './facts/factTypes';
import { LineIndex } from './text/lineIndex';
import type { Cancellation, ITextDocument, Position, Range, TickmarkDiagnostic } from './text/types';
import { neverCancelled } from './text/types';
import { reportNestingDepth } from './model/reportNesting';

/** The reports of the workspace, for features that look beyond one document (references, workspace symbols). */
export interface WorkspaceReports {
  /**
   * Uris of every report in the workspace (open or not). With `near`, only the reports a report at
   * that uri is compared with: in a multi-root workspace, those of its own folder.
   */
  list(near?: string): string[];
  /** The report's current text: the editor's if it is open, the file's otherwise; undefined if unreadable. */
  get(uri: string): ITextDocument | undefined;
}

export interface LanguageServiceOptions {
  /** Reports larger than this (in UTF-16 code units, about bytes for ASCII) are not analysed. */
  maxFileSize?: number;
  /** Per-rule severity (`off|hint|information|warning|error`). */
  ruleSettings?: RuleSettings;
  /** The built-in knowledge base (companies, models, metrics). */
  knowledgeBase?: KnowledgeBase;
  workspace?: WorkspaceReports;
}

export const defaultMaxFileSize = 5 * 1024 * 1024;
export const notAnalysedCode = 'not-analysed';
export const knowledgeBaseCode = 'knowledge-base';
export { semanticTokenLegend };

export interface Location {
  uri: string;
  range: Range;
}

/** A tick after a number that was checked and held, with what it was checked against. */
export interface Tick {
  position: Position;
  text: string;
  checkedAgainst: string[];
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface CodeAction {
  title: string;
  kind: 'quickfix';
  /** The diagnostic it resolves, when it is a fix rather than a suppression. */
  diagnostic?: TickmarkDiagnostic;
  edits: TextEdit[];
  isPreferred?: boolean;
}

export interface LanguageService {
  /** Why the document is not analysed (too large, binary), or undefined when it is. */
  skipReason(document: ITextDocument): string | undefined;
  getModel(document: ITextDocument): ReportModel | undefined;
  provideDocumentSymbols(document: ITextDocument, token?: Cancellation): DocumentSymbol[];
  provideFoldingRanges(document: ITextDocument, token?: Cancellation): FoldingRange[];
  provideDiagnostics(document: ITextDocument, token?: Cancellation): TickmarkDiagnostic[];
  /** The diagnostics the last check of this version produced, if it has been checked (nothing is computed). */
  lastDiagnostics(document: ITextDocument): TickmarkDiagnostic[] | undefined;
  readNumbers(document: ITextDocument, token?: Cancellation): NumberInReport[];
  provideEntities(document: ITextDocument, token?: Cancellation): EntityMention[];
  provideFacts(document: ITextDocument, token?: Cancellation): ReportFacts['facts'];
  /** Numbers that were checked against another statement or computation and held. */
  provideTicks(document: ITextDocument, token?: Cancellation): Tick[];
  /** Quick fixes for the diagnostics at `range`: the computed value, or a suppression comment. */
  provideCodeActions(document: ITextDocument, range: Range): CodeAction[];
  /**
   * Per-rule severities. With `scope` (a folder uri) they apply to the reports under that folder
   * only, and the innermost scope wins; without, to every report no scope covers.
   */
  setRuleSettings(settings: RuleSettings, scope?: string): void;
  /** Reports longer than this (UTF-16 code units) are not analysed; from the user's settings. */
  setMaxFileSize(size: number): void;
  /** A report's comparable facts and date, for comparing many reports without keeping them all analysed. */
  summarize(document: ITextDocument): ReportFactsForComparison | undefined;
  /** Cross-report conflicts of one report against an index of the others (`indexReports`), with its suppressions and settings. */
  conflictsAcrossReports(here: ReportFactsForComparison, text: () => string, others: FactIndex): TickmarkDiagnostic[];
  provideHover(document: ITextDocument, position: Position, token?: Cancellation): HoverResult | undefined;
  provideSemanticTokens(document: ITextDocument, token?: Cancellation): number[];
  provideDocumentHighlights(document: ITextDocument, position: Position): Range[];
  provideReferences(document: ITextDocument, position: Position, token?: Cancellation): Location[];
  provideWorkspaceSymbols(query: string, token?: Cancellation): SymbolInformation[];
  /**
   * Reads a workspace knowledge-base file (`.tickmark/entities.json`) and merges its valid entries
   * over the built-in data; returns its problems as diagnostics on that file. Undefined text removes it.
   */
  setUserKnowledgeBase(uri: string, text: string | undefined): TickmarkDiagnostic[];
  readonly knowledgeIndex: KnowledgeIndex;
  /** Forgets a closed document. */
  forget(uri: string): void;
}

/** What the service keeps of a report of the workspace other than the one asked about. */
interface OtherReport {
  version: number;
  generation: number;
  summary?: ReportFactsForComparison | null;
  mentions?: EntityMention[] | null;
}

interface Analysis {
  uri: string;
  version: number;
  generation: number;
  model: ReportModel;
  mentions?: EntityMention[];
  numbers?: NumberInReport[];
  facts?: ReportFacts;
  results?: RuleResults;
  symbols?: DocumentSymbol[];
  summary?: ReportFactsForComparison;
  /** The diagnostics last published for this version: code actions (asked on every cursor move) reuse them. */
  diagnostics?: TickmarkDiagnostic[];
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let maxFileSize = options.maxFileSize ?? defaultMaxFileSize;
  const builtIn: KnowledgeBase = options.knowledgeBase ?? { companies: [], models: [], metrics: [] };
  const userBases = new Map<string, KnowledgeBase>();
  let index = new KnowledgeIndex(builtIn);
  // Bumped when the knowledge base changes, so cached mentions are recomputed.
  let generation = 0;
  // One analysis per document, rebuilt only when its version (or the knowledge base) changes.
  const analyses = new Map<string, Analysis>();

  const findSkipReason = (document: ITextDocument): string | undefined => {
    const text = document.getText();
    if (text.length > maxFileSize) {
      return `Tickmark did not analyse this file: it is ${megabytes(text.length)}, above the ${megabytes(maxFileSize)} limit.`;
    }
    if (text.indexOf('\u0000') !== -1) return 'Tickmark did not analyse this file: it contains NUL bytes and looks binary, not Markdown.';
    const depth = reportNestingDepth(text);
    if (depth > maxNesting) return `Tickmark did not analyse this file: it nests lists or quotes ${depth} levels deep (more than ${maxNesting}), which no report does and the Markdown parser cannot take.`;
    return undefined;
  };
  // Asked several times per re-check (diagnostics, ticks, every feature, every other report of the
  // workspace): each text is scanned once.
  const skipChecked = new Map<string, { text: string; reason: string | undefined }>();
  const skipReason = (document: ITextDocument): string | undefined => {
    const text = document.getText();
    let checked = skipChecked.get(document.uri);
    if (checked?.text !== text) skipChecked.set(document.uri, (checked = { text, reason: findSkipReason(document) }));
    return checked.reason;
  };

  const analyse = (document: ITextDocument): Analysis | undefined => {
    if (skipReason(document)) return undefined;
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version) {
      if (cached.generation !== generation) {
        cached.mentions = undefined;
        cached.facts = undefined;
        cached.results = undefined;
        cached.symbols = undefined;
        cached.summary = undefined;
        cached.diagnostics = undefined;
        cached.generation = generation;
      }
      return cached;
    }
    const analysis: Analysis = { uri: document.uri, version: document.version, generation, model: buildReportModel(document) };
    analyses.set(document.uri, analysis);
    return analysis;
  };
  const mentionsOf = (a: Analysis) => (a.mentions ??= recogniseEntities(a.model, index));
  const numbersOf = (a: Analysis) => (a.numbers ??= readReportNumbers(a.model));
  const factsOf = (a: Analysis) => (a.facts ??= extractFacts(a.model, numbersOf(a), mentionsOf(a)));
  let ruleSettings: RuleSettings = options.ruleSettings ?? {};
  const scopedRuleSettings = new Map<string, RuleSettings>();
  /** The settings of the innermost folder holding the report; the unscoped ones otherwise. */
  const rulesFor = (uri: string): RuleSettings => {
    let best: string | undefined;
    for (const scope of scopedRuleSettings.keys()) {
      if (uri.startsWith(scope.endsWith('/') ? scope : `${scope}/`) && (!best || scope.length > best.length)) best = scope;
    }
    return best ? scopedRuleSettings.get(best)! : ruleSettings;
  };
  const resultsOf = (a: Analysis) => {
    if (!a.results) {
      const { facts, grids } = factsOf(a);
      a.results = runRules({ model: a.model, facts, grids, mentions: mentionsOf(a), numbers: numbersOf(a), index }, rulesFor(a.uri));
    }
    return a.results;
  };
  const mentionAt = (document: ITextDocument, position: Position) => {
    const a = analyse(document);
    if (!a) return undefined;
    const offset = a.model.lines.offsetAt(position);
    return mentionsOf(a).find((m) => m.start <= offset && offset < m.end);
  };
  // Other reports of the workspace (not the one asked about) are analysed for what a comparison or a
  // search needs and that is kept, by uri, version and knowledge base: a compact summary of their
  // facts, their mentions. Their whole analyses are not kept: a workspace of hundreds of reports
  // would hold hundreds of analyses. A report the editor has open keeps its analysis as ever.
  const ofOthers = new Map<string, OtherReport>();
  const otherReport = (document: ITextDocument): OtherReport => {
    let kept = ofOthers.get(document.uri);
    if (!kept || kept.version !== document.version || kept.generation !== generation) ofOthers.set(document.uri, (kept = { version: document.version, generation }));
    return kept;
  };
  /** An analysis of another report for one use: its own if it is open and analysed at this version, otherwise one not kept. */
  const analysisOfOther = (document: ITextDocument): Analysis | undefined => {
    const open = analyses.get(document.uri);
    if (open && open.version === document.version) return analyse(document);
    if (skipReason(document)) return undefined;
    return { uri: document.uri, version: document.version, generation, model: buildReportModel(document) };
  };
  /** What is kept of another report under `key`, read from an analysis of it the first time (null: not analysed). */
  const keptOfOther = <K extends 'summary' | 'mentions'>(document: ITextDocument, key: K, read: (a: Analysis) => NonNullable<OtherReport[K]>) => {
    const kept = otherReport(document);
    if (kept[key] === undefined) {
      const b = analysisOfOther(document);
      kept[key] = (b ? read(b) : null) as OtherReport[K];
    }
    return kept[key] ?? undefined;
  };
  const summaryOfOther = (uri: string, document: ITextDocument) => keptOfOther(document, 'summary', (b) => summaryOf(uri, b));
  const mentionsOfOther = (document: ITextDocument) => keptOfOther(document, 'mentions', mentionsOf);
  /** Drops what is kept of reports no longer listed (deleted, moved out of the folders). */
  const pruneOthers = (listed: string[]) => {
    if (ofOthers.size <= listed.length) return;
    const keep = new Set(listed);
    for (const uri of ofOthers.keys()) if (!keep.has(uri)) ofOthers.delete(uri);
  };

  /** Every report of the workspace with its mentions; open documents come through `workspace.get` too. */
  const workspaceMentions = function* (token: Cancellation): Generator<{ uri: string; mentions: EntityMention[] }> {
    const listed = options.workspace?.list() ?? [];
    pruneOthers(listed);
    for (const uri of listed) {
      if (token.isCancellationRequested) return;
      const document = options.workspace!.get(uri);
      const mentions = document && mentionsOfOther(document);
      if (mentions) yield { uri, mentions };
    }
  };

  // The index over the other reports' facts, kept while none of them changes: typing in one report
  // compares it with the same others at every keystroke.
  let othersIndex: { uri: string; others: ReportFactsForComparison[]; index: FactIndex } | undefined;
  const indexOfOthers = (uri: string, others: ReportFactsForComparison[]): FactIndex => {
    const kept = othersIndex;
    if (kept && kept.uri === uri && kept.others.length === others.length && others.every((o, i) => o === kept.others[i])) return kept.index;
    othersIndex = { uri, others, index: indexReports(others) };
    return othersIndex.index;
  };

  /** The same fact stated differently in another report of the workspace (a warning with both dates). */
  const acrossReports = (document: ITextDocument, a: Analysis, token: Cancellation): TickmarkDiagnostic[] => {
    if (!options.workspace || rulesFor(document.uri)['fact-conflict'] === 'off') return [];
    const others: ReportFactsForComparison[] = [];
    const listed = options.workspace.list(document.uri);
    for (const uri of listed) {
      if (token.isCancellationRequested) return [];
      if (uri === document.uri) continue;
      const other = options.workspace.get(uri);
      const summary = other && summaryOfOther(uri, other);
      if (summary) others.push(summary);
    }
    if (others.length === 0) return [];
    return conflictsWith(summaryOf(document.uri, a), () => a.model.text, indexOfOthers(document.uri, others));
  };
  // Re-checking one report (per keystroke, debounced) compares it with every other: their summaries are kept.
  const summaryOf = (uri: string, a: Analysis): ReportFactsForComparison =>
    (a.summary ??= { uri, facts: comparableFacts(factsOf(a).facts), date: reportDate(a.model, numbersOf(a)) });
  const conflictsWith = (here: ReportFactsForComparison, text: () => string, facts: FactIndex): TickmarkDiagnostic[] => {
    const severity = rulesFor(here.uri)['fact-conflict'];
    const found = crossReportConflicts(here, facts, index);
    if (found.length === 0) return [];
    const source = text();
    const lines = new LineIndex(source);
    const suppressions = readSuppressions(source, (offset) => lines.positionAt(offset).line);
    return found
      .filter((d) => !suppressions.isSuppressed('fact-conflict', d.range.start.line))
      .map((d) => (severity ? { ...d, severity: severity as TickmarkDiagnostic['severity'] } : d));
  };

  const service: LanguageService = {
    skipReason,
    getModel: (document) => analyse(document)?.model,
    provideDocumentSymbols(document, token = neverCancelled) {
      const a = analyse(document);
      if (!a || token.isCancellationRequested) return [];
      // The outline is asked for on every cursor move (breadcrumbs): build it once per version.
      return (a.symbols ??= provideDocumentSymbols(a.model, { mentions: mentionsOf(a), index }));
    },
    provideFoldingRanges(document, token = neverCancelled) {
      const a = analyse(document);
      return a && !token.isCancellationRequested ? provideFoldingRanges(a.model) : [];
    },
    provideDiagnostics(document, token = neverCancelled) {
      const reason = skipReason(document);
      if (reason) {
        return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'information', code: notAnalysedCode, message: reason, relatedInformation: [] }];
      }
      const a = analyse(document)!;
      if (token.isCancellationRequested) return [];
      const shapeSetting = rulesFor(document.uri)['table-shape'];
      const structural = shapeSetting === 'off' ? [] : checkTableShapes(a.model).map((d) => ({ ...d, severity: (shapeSetting as TickmarkDiagnostic['severity']) ?? d.severity }));
      return (a.diagnostics = [...structural, ...resultsOf(a).diagnostics, ...acrossReports(document, a, token)]);
    },
    lastDiagnostics(document) {
      const a = analyses.get(document.uri);
      return a && a.version === document.version && a.generation === generation ? a.diagnostics : undefined;
    },
    provideTicks(document, token = neverCancelled) {
      const a = analyse(document);
      if (!a || token.isCancellationRequested) return [];
      return [...resultsOf(a).verified.entries()]
        .map(([fact, against]: [Fact, string[]]) => ({ position: fact.range.end, text: fact.text, checkedAgainst: against }))
        .sort((x, y) => x.position.line - y.position.line || x.position.character - y.position.character);
    },
    provideCodeActions(document, range) {
      const a = analyse(document);
      if (!a) return [];
      const actions: CodeAction[] = [];
      const overlaps = (r: Range) => !(r.end.line < range.start.line || r.start.line > range.end.line);
      for (const d of (a.diagnostics ?? service.provideDiagnostics(document)).filter((x) => overlaps(x.range) && x.code !== notAnalysedCode)) {
        if (d.fix) actions.push({ title: d.fix.title, kind: 'quickfix', diagnostic: d, edits: [{ range: d.fix.range, newText: d.fix.newText }], isPreferred: true });
        actions.push(suppressionAction(a.model, d));
      }
      return actions;
    },
    summarize(document) {
      const a = analyse(document);
      return a ? summaryOf(document.uri, a) : undefined;
    },
    conflictsAcrossReports(here, text, others) {
      return rulesFor(here.uri)['fact-conflict'] === 'off' ? [] : conflictsWith(here, text, others);
    },
    setRuleSettings(settings, scope) {
      if (scope === undefined) ruleSettings = settings;
      else scopedRuleSettings.set(scope, settings);
      for (const a of analyses.values()) {
        a.results = undefined;
        a.diagnostics = undefined;
      }
    },
    setMaxFileSize(size) {
      if (!Number.isFinite(size) || size <= 0 || size === maxFileSize) return;
      maxFileSize = size;
      // Every text is judged again against the new limit.
      skipChecked.clear();
    },
    readNumbers(document, token = neverCancelled) {
      const a = analyse(document);
      return a && !token.isCancellationRequested ? numbersOf(a) : [];
    },
    provideEntities(document, token = neverCancelled) {
      const a = analyse(document);
      return a && !token.isCancellationRequested ? mentionsOf(a) : [];
    },
    provideFacts(document, token = neverCancelled) {
      const a = analyse(document);
      return a && !token.isCancellationRequested ? factsOf(a).facts : [];
    },
    provideHover(document, position, token = neverCancelled) {
      const a = analyse(document);
      if (!a || token.isCancellationRequested) return undefined;
      return provideHover(a.model, mentionsOf(a), numbersOf(a), index, a.model.lines.offsetAt(position), { facts: factsOf(a).facts, verified: resultsOf(a).verified });
    },
    provideSemanticTokens(document, token = neverCancelled) {
      const a = analyse(document);
      return a && !token.isCancellationRequested ? provideSemanticTokens(mentionsOf(a)) : [];
    },
    provideDocumentHighlights(document, position) {
      const target = mentionAt(document, position);
      if (!target) return [];
      return mentionsOf(analyse(document)!).filter((m) => m.id === target.id).map((m) => m.range);
    },
    provideReferences(document, position, token = neverCancelled) {
      const target = mentionAt(document, position);
      if (!target) return [];
      const locations: Location[] = [];
      const seen = new Set<string>();
      for (const { uri, mentions } of workspaceMentions(token)) {
        seen.add(uri);
        for (const m of mentions) if (m.id === target.id) locations.push({ uri, range: m.range });
      }
      if (!seen.has(document.uri)) {
        for (const m of mentionsOf(analyse(document)!)) if (m.id === target.id) locations.push({ uri: document.uri, range: m.range });
      }
      return locations;
    },
    provideWorkspaceSymbols(query, token = neverCancelled) {
      const needle = query.replace(/^#/, '').trim().toLowerCase();
      if (needle.length === 0) return [];
      const symbols: SymbolInformation[] = [];
      for (const { uri, mentions } of workspaceMentions(token)) {
        const firstById = new Map<string, EntityMention>();
        for (const m of mentions) if (!firstById.has(m.id)) firstById.set(m.id, m);
        for (const m of firstById.values()) {
          const kind = m.kind === 'ticker' ? 'company' : m.kind;
          const name = index.displayName(kind, m.id);
          const names = [name, m.text, ...aliasesOf(index, kind, m.id)].map((n) => n.toLowerCase());
          if (!names.some((n) => n.includes(needle))) continue;
          symbols.push({ name, kind: entitySymbolKind[m.kind], location: { uri, range: m.range }, containerName: uri.slice(uri.lastIndexOf('/') + 1) });
        }
      }
      return symbols;
    },
    setUserKnowledgeBase(uri, text) {
      const diagnostics: TickmarkDiagnostic[] = [];
      if (text === undefined) {
        userBases.delete(uri);
      } else {
        const { knowledgeBase, problems } = parseUserKnowledgeBase(text);
        userBases.set(uri, knowledgeBase);
        const lines = new LineIndex(text);
        for (const p of problems) {
          diagnostics.push({ range: lines.range(p.start, p.end), severity: 'error', code: knowledgeBaseCode, message: p.message, relatedInformation: [] });
        }
      }
      index = new KnowledgeIndex(mergeKnowledgeBases(builtIn, ...userBases.values()));
      generation++;
      return diagnostics;
    },
    get knowledgeIndex() {
      return index;
    },
    forget(uri) {
      analyses.delete(uri);
      skipChecked.delete(uri);
      ofOthers.delete(uri);
    },
  };
  return Object.freeze(service);
}

/**
 * Suppresses a diagnostic with the comments people know from Vale and textlint: the next line for
 * prose, the whole table for a cell (a comment line inside a table would end the table).
 */
function suppressionAction(model: ReportModel, d: TickmarkDiagnostic): CodeAction {
  const offset = model.lines.offsetAt(d.range.start);
  const table = model.tables.find((t) => t.start <= offset && offset <= t.end);
  const title = `Suppress ${d.code} ${table ? 'in this table' : 'on this line'}`;
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  if (table) {
    const start = model.lines.positionAt(table.start);
    const endLine = model.lines.positionAt(table.end).line;
    const end = { line: endLine, character: model.lines.lineText(endLine).length };
    return {
      title, kind: 'quickfix',
      edits: [
        { range: { start, end: start }, newText: `<!-- tickmark-disable ${d.code} -->${eol}` },
        { range: { start: end, end }, newText: `${eol}<!-- tickmark-enable ${d.code} -->` },
      ],
    };
  }
  const line = d.range.start.line;
  const indent = /^\s*/.exec(model.lines.lineText(line))![0];
  const at = { line, character: 0 };
  return { title, kind: 'quickfix', edits: [{ range: { start: at, end: at }, newText: `${indent}<!-- tickmark-disable-next-line ${d.code} -->${eol}` }] };
}

function aliasesOf(index: KnowledgeIndex, kind: 'company' | 'model' | 'metric', id: string): string[] {
  const entry = kind === 'company' ? index.companies.get(id) : kind === 'model' ? index.models.get(id) : index.metrics.get(id);
  if (!entry) return [];
  return [entry.name, ...('nameKo' in entry && entry.nameKo ? [entry.nameKo] : []), ...(entry.aliases ?? [])];
}

const maxNesting = 100;

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
