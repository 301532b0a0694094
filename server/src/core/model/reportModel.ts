// The report model: what later features (outline, numbers, entities, facts, rules) query. Every
// element keeps its source offsets; `ReportModel.lines` turns them into LSP ranges.
import type { LineIndex } from '../text/lineIndex';
import type { MappedText } from '../text/mappedText';

/** A span of the source, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the sentence's first character in its block's mapped text. */
  textStart: number;
}

/** A run of prose: a paragraph or a list item's own paragraph(s). */
export interface TextBlock extends Span {
  kind: 'paragraph' | 'listItem' | 'blockquote';
  content: MappedText;
  sentences: Sentence[];
  /** Nesting depth for list items (0 for top-level items and paragraphs). */
  depth: number;
}

/** What a unit note says about the numbers it governs: `(조원)`, `(US$ m)`, `단위: 억원`, `in USD`, `(%)`. */
export interface UnitNote extends Span {
  text: string;
  /** Multiplier of the scale word (조 → 1e12, 십억 → 1e9, m → 1e6); 1 when none. */
  scale: number;
  /** ISO currency code when the note names one. */
  currency?: string;
  /** A non-currency unit it names: '%', '배', '장', … */
  unit?: string;
}

export interface Cell extends Span {
  /** Cell text as a reader sees it (tags and escapes resolved), trimmed. */
  text: string;
  content: MappedText;
  /** A unit note inside a header or first-column cell: `시가총액 (조원)`, `in USD`. */
  unit?: UnitNote;
}

export interface Row extends Span {
  cells: Cell[];
  /** A row whose only non-empty cell is the first, e.g. `<b>클라우드</b>` or `Code` in a benchmark table. */
  isGroupLabel: boolean;
}

export type CaptionKind = 'table' | 'figure';

export interface Caption extends Span {
  kind: CaptionKind;
  /** The label as written: `표 8`, `Table 1`, `Fig. 2`, `그림 3`, `Focus Chart 1`, `Exhibit 4`. */
  label: string;
  /** The number in the label (`8`), if any. */
  number?: string;
  /** The caption's title after the label. */
  title: string;
  /** Label and title as one line, for outlines: `표 8. Peer Table (1)`. */
  text: string;
  content: MappedText;
}

export interface SourceNote extends Span {
  /** `자료: Bloomberg, 미래에셋증권 리서치센터` → `Bloomberg, 미래에셋증권 리서치센터`. */
  sources: string;
  text: string;
}

export interface Table extends Span {
  format: 'gfm' | 'tab-separated';
  header: Row;
  /** Rows after the header; a second header row (e.g. `1W 1M 3M …` under `기간별 수익률(%)`) is a row here. */
  rows: Row[];
  /** Number of columns of the header row. */
  columnCount: number;
  caption?: Caption;
  /** Further captions of the same table, e.g. the original paper's `Table 1 | …` under a report's `Fig. 1:`. */
  otherCaptions: Caption[];
  /** A caption-less title line right above the table, e.g. `오픈AI 주요 재무데이터 요약`. */
  title?: string;
  /** The note that scales the whole table: a line `(단위: 조원)` above it or the top-left cell `(십억달러)`. */
  unit?: UnitNote;
  source?: SourceNote;
}

export interface Figure extends Span {
  caption: Caption;
  otherCaptions: Caption[];
  source?: SourceNote;
}

export interface Heading extends Span {
  level: number;
  text: string;
  content: MappedText;
}

export interface Section extends Span {
  heading: Heading;
  children: Section[];
  tables: Table[];
  figures: Figure[];
  /** Prose blocks directly in this section (not in subsections). */
  blocks: TextBlock[];
}

/** A code block: kept so that nothing reads numbers inside it. */
export interface CodeBlock extends Span {
  fenced: boolean;
}

export interface ReportModel {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  /** Top-level sections (heading tree). */
  sections: Section[];
  /** Content before the first heading. */
  preamble: { tables: Table[]; figures: Figure[]; blocks: TextBlock[] };
  /** Everything, flat and in document order. */
  headings: Heading[];
  blocks: TextBlock[];
  tables: Table[];
  figures: Figure[];
  captions: Caption[];
  sourceNotes: SourceNote[];
  unitNotes: UnitNote[];
  codeBlocks: CodeBlock[];
}
