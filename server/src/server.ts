// The language server: a thin adapter from LSP to the analysis core. Each handler finds the
// document, calls the core and converts the result; no handler may throw into the connection.
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, RequestType, FileChangeType,
  DiagnosticSeverity, CodeActionKind, DidChangeConfigurationNotification, ResponseError, LSPErrorCodes,
  type CancellationToken, type Diagnostic, type InitializeResult, type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, semanticTokenLegend } from './core/languageService';
import type { Severity, TickmarkDiagnostic } from './core/text/types';
import { CheckReportRequest, CheckWorkspaceRequest, ReportTreeRequest, diagnosticSource, type ProblemCounts } from './protocol';
import { buildReportTree } from './core/features/reportTree';
import { configPath, parseRuleConfig } from './core/rules/ruleConfig';
import { LineIndex } from './core/text/lineIndex';
import type { RuleSettings } from './core/rules/runRules';
import { loadBuiltInKnowledgeBase } from './knowledgeBaseFile';
import { WorkspaceFiles } from './workspaceFiles';
import { defaultSettings, parseSettings, type TickmarkSettings } from './settings';
import { userKnowledgeBasePath } from './core/entities/userKnowledgeBase';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new WorkspaceFiles(documents);
const builtIn = loadBuiltInKnowledgeBase((message) => connection.console.error(message));
const service = createLanguageService({ knowledgeBase: builtIn, workspace });
const checkReportType = new RequestType<CheckReportRequest.Params, CheckReportRequest.Result, void>(CheckReportRequest.method);
const checkWorkspaceType = new RequestType<CheckWorkspaceRequest.Params, CheckWorkspaceRequest.Result, void>(CheckWorkspaceRequest.method);
const reportTreeType = new RequestType<ReportTreeRequest.Params, ReportTreeRequest.Result, void>(ReportTreeRequest.method);
let canRefreshSemanticTokens = false;
let canRefreshInlayHints = false;
let canReadConfiguration = false;
let hearsOfFolderChanges = false;
// Settings as the editor last sent them, read as untrusted input with defaults: the window's, and
// each workspace folder's own (a multi-root workspace can set rules per folder).
let globalSettings: TickmarkSettings = defaultSettings;
const folderSettings = new Map<string, TickmarkSettings>();
// Knowledge-base files named in settings, as loaded, so a change of the setting can drop them.
let settingFiles: string[] = [];
// Each folder's `.tickmark/config.json` rules, by the config file's uri.
const fileRules = new Map<string, RuleSettings>();

function settingsFor(uri: string): TickmarkSettings {
  const folder = workspace.folderOf(uri);
  return (folder && folderSettings.get(folder)) || globalSettings;
}

// A bug in one analysis must cost one answer, not the server: log it and carry on.
process.on('uncaughtException', (error) => connection.console.error(`Tickmark: unexpected error: ${error.stack ?? error}`));

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.setFolders(folders);
  canRefreshSemanticTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
  canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
  canReadConfiguration = params.capabilities.workspace?.configuration === true;
  hearsOfFolderChanges = params.capabilities.workspace?.workspaceFolders === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Tickmark' },
      foldingRangeProvider: true,
      hoverProvider: true,
      documentHighlightProvider: true,
      referencesProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend: semanticTokenLegend, full: true },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      inlayHintProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'tickmark', version: process.env.TICKMARK_VERSION ?? '0.1.0' },
  };
});

connection.onInitialized(() => {
  for (const folder of workspace.folders) loadFolderFiles(folder);
  if (canReadConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    void readSettings();
  } else applyRuleSettings();
  // Folders added to or removed from a multi-root workspace bring or take their own configuration.
  if (hearsOfFolderChanges) connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
    for (const folder of removed) {
      service.setUserKnowledgeBase(inFolder(folder.uri, userKnowledgeBasePath), undefined);
      fileRules.delete(inFolder(folder.uri, configPath));
      folderSettings.delete(folder.uri);
    }
    const removedUris = new Set(removed.map((f) => f.uri));
    workspace.setFolders([...workspace.folders.filter((f) => !removedUris.has(f)), ...added.map((f) => f.uri)]);
    for (const folder of added) loadFolderFiles(folder.uri);
    if (canReadConfiguration) void readSettings();
    else applyRuleSettings();
  });
});

function loadFolderFiles(folder: string): void {
  loadUserKnowledgeBase(inFolder(folder, userKnowledgeBasePath));
  loadRuleConfig(inFolder(folder, configPath));
}

/** The uri of a file at `path` inside a workspace folder (whose uri may end with a slash). */
function inFolder(folder: string, path: string): string {
  return `${folder.replace(/\/$/, '')}/${path.replace(/^\.?\//, '')}`;
}

/** The editor's `tickmark.*` settings, window-wide and per folder; a change applies without a restart. */
async function readSettings(): Promise<void> {
  const folders = [...workspace.folders];
  try {
    const values: unknown[] = await connection.workspace.getConfiguration([
      { section: 'tickmark' },
      ...folders.map((folder) => ({ scopeUri: folder, section: 'tickmark' })),
    ]);
    const parsed = values.map((value) => parseSettings(value));
    const ignored = new Set(parsed.flatMap((p) => p.ignored));
    if (ignored.size > 0) connection.console.warn(`Tickmark: ignored settings with values of the wrong kind (defaults used): ${[...ignored].join(', ')}`);
    globalSettings = parsed[0].settings;
    folderSettings.clear();
    folders.forEach((folder, i) => folderSettings.set(folder, parsed[i + 1]?.settings ?? globalSettings));
  } catch (error) {
    connection.console.warn(`Tickmark: could not read the settings, using the defaults: ${error}`);
    globalSettings = defaultSettings;
    folderSettings.clear();
  }
  const maxBytes = Math.round(globalSettings.maxFileSizeMB * 1024 * 1024);
  service.setMaxFileSize(maxBytes);
  workspace.setMaxBytes(maxBytes);
  for (const folder of folders) {
    const own = folderSettings.get(folder) ?? globalSettings;
    workspace.setFilter(folder, own.include, own.exclude);
  }
  loadSettingKnowledgeBases();
  applyRuleSettings();
}

/** The files `tickmark.knowledgeBase.files` names, resolved against their workspace folder. */
function loadSettingKnowledgeBases(): void {
  const wanted = workspace.folders.flatMap((folder) =>
    (folderSettings.get(folder) ?? globalSettings).knowledgeBaseFiles.map((f) => inFolder(folder, f)));
  for (const uri of settingFiles.filter((u) => !wanted.includes(u))) {
    service.setUserKnowledgeBase(uri, undefined);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
  settingFiles = wanted;
  for (const uri of wanted) {
    if (workspace.readFile(uri) === undefined) {
      connection.console.warn(`Tickmark: the knowledge-base file ${uri} named in tickmark.knowledgeBase.files does not exist.`);
      continue;
    }
    loadUserKnowledgeBase(uri);
  }
}

/** Rule severities per folder: its `.tickmark/config.json`, then its settings on top. */
function applyRuleSettings(): void {
  service.setRuleSettings(globalSettings.rules);
  for (const folder of workspace.folders) {
    const own = folderSettings.get(folder) ?? globalSettings;
    service.setRuleSettings({ ...fileRules.get(inFolder(folder, configPath)), ...own.rules }, folder);
  }
  for (const document of documents.all()) validate(document);
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
}

function loadRuleConfig(uri: string): void {
  const text = workspace.readFile(uri);
  if (text === undefined) {
    fileRules.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  const { rules, problems } = parseRuleConfig(text);
  fileRules.set(uri, rules);
  const lines = new LineIndex(text);
  void connection.sendDiagnostics({
    uri,
    diagnostics: problems.map((p) => ({ range: lines.range(p.start, p.end), severity: DiagnosticSeverity.Error, code: 'config', source: diagnosticSource, message: p.message })),
  });
}

connection.onDidChangeConfiguration(() => {
  if (canReadConfiguration) void readSettings();
});

/** Reads a workspace's `.tickmark/entities.json` and shows its problems on that file. */
function loadUserKnowledgeBase(uri: string): void {
  const text = workspace.readFile(uri);
  const diagnostics = guarded('knowledge base', [] as TickmarkDiagnostic[], () => service.setUserKnowledgeBase(uri, text));
  void connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toLsp) });
  if (canRefreshSemanticTokens) void connection.languages.semanticTokens.refresh();
}

connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const change of changes) {
    if (change.uri.endsWith(userKnowledgeBasePath) || settingFiles.includes(change.uri)) loadUserKnowledgeBase(change.uri);
    else if (change.uri.endsWith(configPath)) {
      loadRuleConfig(change.uri);
      applyRuleSettings();
    } else if (change.type !== FileChangeType.Changed) workspace.invalidate();
  }
});

connection.onHover((params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (token.isCancellationRequested) return cancelled();
  const hover = document && guarded('hover', undefined, () => service.provideHover(document, params.position, token));
  if (token.isCancellationRequested) return cancelled();
  return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
});

connection.onDocumentHighlight((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('highlight', [], () => service.provideDocumentHighlights(document, params.position).map((range) => ({ range }))) : [];
});

connection.onReferences((params, token) => {
  const document = documents.get(params.textDocument.uri);
  return document ? unlessCancelled(token, 'references', [], () => service.provideReferences(document, params.position, token)) : [];
});

connection.onWorkspaceSymbol((params, token) => unlessCancelled(token, 'workspace symbols', [], () => service.provideWorkspaceSymbols(params.query, token)));

connection.onCodeAction((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return guarded('code actions', [], () => service.provideCodeActions(document, params.range).map((action) => ({
    title: action.title,
    kind: CodeActionKind.QuickFix,
    ...(action.diagnostic ? { diagnostics: [toLsp(action.diagnostic)] } : {}),
    ...(action.isPreferred ? { isPreferred: true } : {}),
    edit: { changes: { [document.uri]: action.edits } },
  })));
});

// Ticks: a number that was checked against another statement or a computation, and held.
connection.languages.inlayHint.on((params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || !settingsFor(document.uri).ticks) return [];
  return unlessCancelled(token, 'ticks', [], () => service.provideTicks(document, token)
    .filter((t) => t.position.line >= params.range.start.line && t.position.line <= params.range.end.line)
    .map((t) => ({
      position: t.position,
      label: '✓',
      paddingLeft: true,
      tooltip: { kind: 'markdown' as const, value: `**${t.text}** checked against ${t.checkedAgainst.map((c) => `\`${c}\``).join(', ')}` },
    })));
});

connection.languages.semanticTokens.on((params, token) => {
  const document = documents.get(params.textDocument.uri);
  const data = document ? unlessCancelled(token, 'semantic tokens', [], () => service.provideSemanticTokens(document, token)) : [];
  return data instanceof ResponseError ? data : { data };
});

/**
 * A request the client cancelled is answered with RequestCancelled, as LSP asks: the core gives up
 * on a cancelled token with an empty result, which a client must not take for the answer (an empty
 * outline, no tokens). Checked before the work, so a cancelled request costs nothing, and after it.
 */
function unlessCancelled<T>(token: CancellationToken, what: string, fallback: T, run: () => T): T | ResponseError<void> {
  if (token.isCancellationRequested) return cancelled();
  const result = guarded(what, fallback, run);
  return token.isCancellationRequested ? cancelled() : result;
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

function guarded<T>(what: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    connection.console.error(`Tickmark: ${what} failed: ${(error as Error)?.stack ?? error}`);
    return fallback;
  }
}

connection.onDocumentSymbol((params, token) => {
  const document = documents.get(params.textDocument.uri);
  return document ? unlessCancelled(token, 'outline', [], () => service.provideDocumentSymbols(document, token)) : [];
});

connection.onFoldingRanges((params, token) => {
  const document = documents.get(params.textDocument.uri);
  return document ? unlessCancelled(token, 'folding', [], () => service.provideFoldingRanges(document, token)) : [];
});

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function toLsp(d: TickmarkDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: severities[d.severity],
    code: d.code,
    source: diagnosticSource,
    message: d.message,
    ...(d.relatedInformation.length > 0
      ? { relatedInformation: d.relatedInformation.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) }
      : {}),
  };
}


/** Checks a document and publishes the result, unless the document changed meanwhile. */
function validate(document: TextDocument): TickmarkDiagnostic[] {
  const version = document.version;
  const diagnostics = guarded('check', [] as TickmarkDiagnostic[], () => service.provideDiagnostics(document));
  const current = documents.get(document.uri);
  if (current && current.version === version) {
    void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: diagnostics.map(toLsp) });
  }
  return diagnostics;
}

// Typing produces a change per keystroke; check once the author pauses.
const pending = new Map<string, NodeJS.Timeout>();
const debounceMs = 250;
documents.onDidChangeContent(({ document }) => {
  workspace.touched(document.uri);
  clearTimeout(pending.get(document.uri));
  pending.set(document.uri, setTimeout(() => {
    pending.delete(document.uri);
    const current = documents.get(document.uri);
    if (current) validate(current);
  }, debounceMs));
});

documents.onDidClose(({ document }) => {
  clearTimeout(pending.get(document.uri));
  pending.delete(document.uri);
  service.forget(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

/** Checks a report at once, instead of when the author pauses: the pending check would repeat it. */
function checkNow(document: TextDocument): TickmarkDiagnostic[] {
  clearTimeout(pending.get(document.uri));
  pending.delete(document.uri);
  return validate(document);
}

connection.onRequest(checkReportType, (params): CheckReportRequest.Result => {
  const document = documents.get(params.uri);
  const bySeverity: ProblemCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  if (!document) return { uri: params.uri, problems: 0, bySeverity, skipped: 'the report is not open in the editor' };
  const diagnostics = checkNow(document);
  for (const d of diagnostics) bySeverity[d.severity]++;
  const skipped = service.skipReason(document);
  return { uri: params.uri, problems: diagnostics.length, bySeverity, ...(skipped ? { skipped } : {}) };
});

// The Tickmark view asks for the active report's tree after every change it hears of.
connection.onRequest(reportTreeType, (params, token): ReportTreeRequest.Result | ResponseError<void> => {
  if (token.isCancellationRequested) return cancelled();
  const document = documents.get(params.uri);
  if (!document) return { uri: params.uri, version: -1, nodes: [], skipped: 'the report is not open in the editor' };
  const skipped = service.skipReason(document);
  if (skipped) return { uri: params.uri, version: document.version, nodes: [], skipped };
  // The check of this version when there was one (the view asks after every publication), else one now.
  const diagnostics = service.lastDiagnostics(document) ?? checkNow(document);
  const symbols = guarded('outline', [], () => service.provideDocumentSymbols(document, token));
  // A cancelled outline is empty: a tree built from it would show a report without sections.
  if (token.isCancellationRequested) return cancelled();
  const nodes = guarded('report tree', [], () => buildReportTree(symbols, diagnostics.filter((d) => d.code !== 'not-analysed')));
  return { uri: params.uri, version: document.version, nodes };
});

// Check Workspace: every report of the workspace, one at a time, yielding between reports so that a
// cancellation (the notification's Cancel button) is seen.
connection.onRequest(checkWorkspaceType, async (_params, token): Promise<CheckWorkspaceRequest.Result> => {
  const bySeverity: ProblemCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  workspace.invalidate();
  const uris = workspace.list();
  let reportsWithProblems = 0;
  let checked = 0;
  for (const uri of uris) {
    if (token.isCancellationRequested) break;
    await new Promise((resolve) => setImmediate(resolve));
    const document = workspace.get(uri);
    if (!document) continue;
    const diagnostics = guarded('check', [] as TickmarkDiagnostic[], () => service.provideDiagnostics(document));
    if (!documents.get(uri)) service.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toLsp) });
    for (const d of diagnostics) bySeverity[d.severity]++;
    if (diagnostics.length > 0) reportsWithProblems++;
    checked++;
  }
  const problems = bySeverity.error + bySeverity.warning + bySeverity.information + bySeverity.hint;
  return { reports: checked, total: uris.length, reportsWithProblems, problems, bySeverity, cancelled: token.isCancellationRequested };
});

documents.listen(connection);
connection.listen();
