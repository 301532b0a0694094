// Custom protocol between the Tickmark client and server. Both sides import this one file, so a
// method name or a payload shape cannot drift between them. It holds names and shapes only: the
// client and the server each build request types from their own copy of the protocol library.

export interface ProblemCounts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export namespace CheckReportRequest {
  export const method = 'tickmark/checkReport';
  export interface Params {
    /** The report to check; the server must have it open (textDocument/didOpen). */
    uri: string;
  }
  export interface Result {
    uri: string;
    /** Total diagnostics published for the report by this check. */
    problems: number;
    bySeverity: ProblemCounts;
    /** Set when the report was not analysed (too large, binary): the reason, for the user. */
    skipped?: string;
  }
}

export namespace CheckWorkspaceRequest {
  export const method = 'tickmark/checkWorkspace';
  export type Params = Record<string, never>;
  export interface Result {
    /** Reports checked (fewer than `total` when cancelled). */
    reports: number;
    total: number;
    reportsWithProblems: number;
    problems: number;
    bySeverity: ProblemCounts;
    cancelled: boolean;
  }
}

export namespace ReportTreeRequest {
  export const method = 'tickmark/reportTree';
  export interface Params {
    /** An open report. */
    uri: string;
  }
  export interface Result {
    uri: string;
    /** The document version the tree was built from. */
    version: number;
    nodes: ReportTreeNode[];
    /** Set when the report was not analysed (too large, binary): the reason, for the view's message. */
    skipped?: string;
  }
}

/** One row of the Tickmark view; the core builds it (a type-only import: no code reaches the client). */
export type { ReportTreeNode } from './core/features/reportTree';
import type { ReportTreeNode } from './core/features/reportTree';

/** The diagnostic `source` every Tickmark diagnostic carries; the client counts by it. */
export const diagnosticSource = 'tickmark';
