// Plain LSP-shaped types. The core never imports `vscode` or the LSP connection, so it declares the
// few shapes it needs; they are structurally identical to vscode-languageserver-types.

/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** What the core needs of a document; vscode-languageserver-textdocument's TextDocument satisfies it. */
export interface ITextDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedInformation {
  uri: string;
  range: Range;
  message: string;
}

export interface TickmarkDiagnostic {
  range: Range;
  severity: Severity;
  /** Stable rule code, e.g. `table-shape`. */
  code: string;
  message: string;
  relatedInformation: RelatedInformation[];
  /** A replacement that makes the value consistent (the quick fix), in the author's format. */
  fix?: { range: Range; newText: string; title: string };
}

/** A cooperative cancellation check; LSP's CancellationToken satisfies it. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: Cancellation = { isCancellationRequested: false };
