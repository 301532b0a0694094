// The language server: a thin adapter from LSP to the analysis core. Each handler finds the
// document, calls the core and converts the result; no handler may throw into the connection.
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, RequestType,
  DiagnosticSeverity, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from './core/languageService';
import type { Severity, TickmarkDiagnostic } from './core/text/types';
import { CheckReportRequest, diagnosticSource, type ProblemCounts } from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService();
const checkReportType = new RequestType<CheckReportRequest.Params, CheckReportRequest.Result, void>(CheckReportRequest.method);

// A bug in one analysis must cost one answer, not the server: log it and carry on.
process.on('uncaughtException', (error) => connection.console.error(`Tickmark: unexpected error: ${error.stack ?? error}`));

connection.onInitialize((): InitializeResult => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    documentSymbolProvider: { label: 'Tickmark' },
    foldingRangeProvider: true,
  },
  serverInfo: { name: 'tickmark', version: process.env.TICKMARK_VERSION ?? '0.1.0' },
}));

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
  return document ? guarded('outline', [], () => service.provideDocumentSymbols(document, token)) : [];
});

connection.onFoldingRanges((params, token) => {
  const document = documents.get(params.textDocument.uri);
  return document ? guarded('folding', [], () => service.provideFoldingRanges(document, token)) : [];
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

connection.onRequest(checkReportType, (params): CheckReportRequest.Result => {
  const document = documents.get(params.uri);
  const bySeverity: ProblemCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  if (!document) return { uri: params.uri, problems: 0, bySeverity, skipped: 'the report is not open in the editor' };
  clearTimeout(pending.get(document.uri));
  const diagnostics = validate(document);
  for (const d of diagnostics) bySeverity[d.severity]++;
  const skipped = service.skipReason(document);
  return { uri: params.uri, problems: diagnostics.length, bySeverity, ...(skipped ? { skipped } : {}) };
});

documents.listen(connection);
connection.listen();
