// Folding for sections (heading to the end of its content) and tables.
import type { ReportModel, Section } from '../model/reportModel';
import type { FoldingRange } from './symbolTypes';

export function provideFoldingRanges(model: ReportModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRange['kind']) => {
    const startLine = model.lines.positionAt(start).line;
    const endLine = model.lines.positionAt(Math.max(start, end - 1)).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  };
  const visit = (section: Section) => {
    add(section.start, section.end);
    section.children.forEach(visit);
  };
  model.sections.forEach(visit);
  for (const table of model.tables) add(table.start, table.end, 'region');
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
