import type { Range } from '../text/types';

/** LSP SymbolKind values this server uses (same numbers as the protocol). */
export const SymbolKind = { Namespace: 3, Class: 5, Property: 7, Function: 12, Constant: 14, String: 15, Object: 19, Struct: 23 } as const;
export type SymbolKindValue = (typeof SymbolKind)[keyof typeof SymbolKind];

/** LSP DocumentSymbol, declared here so the core needs no protocol library. */
export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKindValue;
  range: Range;
  selectionRange: Range;
  children: DocumentSymbol[];
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'region' | 'comment' | 'imports';
}

/** LSP SymbolInformation, for workspace symbols. */
export interface SymbolInformation {
  name: string;
  kind: SymbolKindValue;
  location: { uri: string; range: Range };
  containerName?: string;
}
