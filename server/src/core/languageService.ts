// The composition root of the analysis core: the language server and the CLI both call this, and
// neither knows how a report is modelled or checked.
import { buildReportModel } from './model/buildModel';
import type { ReportModel } from './model/reportModel';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideFoldingRanges } from './features/foldingRanges';
import { readReportNumbers, type NumberInReport } from './features/numberReadings';
import { checkTableShapes } from './features/tableShape';
import type { DocumentSymbol, FoldingRange } from './features/symbolTypes';
import type { Cancellation, ITextDocument, TickmarkDiagnostic } from './text/types';
import { neverCancelled } from './text/types';

export interface LanguageServiceOptions {
  /** Reports larger than this (in UTF-16 code units, about bytes for ASCII) are not analysed. */
  maxFileSize?: number;
}

export const defaultMaxFileSize = 5 * 1024 * 1024;
export const notAnalysedCode = 'not-analysed';

export interface LanguageService {
  /** Why the document is not analysed (too large, binary), or undefined when it is. */
  skipReason(document: ITextDocument): string | undefined;
  getModel(document: ITextDocument): ReportModel | undefined;
  provideDocumentSymbols(document: ITextDocument, token?: Cancellation): DocumentSymbol[];
  provideFoldingRanges(document: ITextDocument, token?: Cancellation): FoldingRange[];
  provideDiagnostics(document: ITextDocument, token?: Cancellation): TickmarkDiagnostic[];
  readNumbers(document: ITextDocument, token?: Cancellation): NumberInReport[];
  /** Forgets a closed document. */
  forget(uri: string): void;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const maxFileSize = options.maxFileSize ?? defaultMaxFileSize;
  // One model per open document, rebuilt only when its version changes.
  const models = new Map<string, { version: number; model: ReportModel }>();

  const skipReason = (document: ITextDocument): string | undefined => {
    const text = document.getText();
    if (text.length > maxFileSize) {
      return `Tickmark did not analyse this file: it is ${megabytes(text.length)}, above the ${megabytes(maxFileSize)} limit.`;
    }
    if (looksBinary(text)) return 'Tickmark did not analyse this file: it contains NUL bytes and looks binary, not Markdown.';
    return undefined;
  };

  const getModel = (document: ITextDocument): ReportModel | undefined => {
    if (skipReason(document)) return undefined;
    const cached = models.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = buildReportModel(document);
    models.set(document.uri, { version: document.version, model });
    return model;
  };

  const service: LanguageService = {
    skipReason,
    getModel,
    provideDocumentSymbols(document, token = neverCancelled) {
      const model = getModel(document);
      return model && !token.isCancellationRequested ? provideDocumentSymbols(model) : [];
    },
    provideFoldingRanges(document, token = neverCancelled) {
      const model = getModel(document);
      return model && !token.isCancellationRequested ? provideFoldingRanges(model) : [];
    },
    provideDiagnostics(document, token = neverCancelled) {
      const reason = skipReason(document);
      if (reason) {
        return [{
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 'information', code: notAnalysedCode, message: reason, relatedInformation: [],
        }];
      }
      const model = getModel(document)!;
      if (token.isCancellationRequested) return [];
      return checkTableShapes(model);
    },
    readNumbers(document, token = neverCancelled) {
      const model = getModel(document);
      return model && !token.isCancellationRequested ? readReportNumbers(model) : [];
    },
    forget(uri) {
      models.delete(uri);
    },
  };
  return Object.freeze(service);
}

function looksBinary(text: string): boolean {
  return text.indexOf('\u0000', 0) !== -1;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
