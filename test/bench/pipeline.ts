// The full analysis of one report as the first table measures it: model, entities, outline, folding,
// every number, table shapes, facts and rules.
import { buildReportModel } from '../../server/src/core/model/buildModel';
import { provideDocumentSymbols } from '../../server/src/core/features/documentSymbols';
import { provideFoldingRanges } from '../../server/src/core/features/foldingRanges';
import { readReportNumbers } from '../../server/src/core/numbers/reportNumbers';
import { checkTableShapes } from '../../server/src/core/features/tableShape';
import { recogniseEntities } from '../../server/src/core/entities/recogniseEntities';
import type { KnowledgeIndex } from '../../server/src/core/entities/knowledgeIndex';
import { extractFacts } from '../../server/src/core/facts/extractFacts';
import { runRules } from '../../server/src/core/rules/runRules';
import type { ITextDocument } from '../../server/src/core/text/types';

export function fullCheck(document: ITextDocument, index: KnowledgeIndex): { numbers: number; mentions: number; facts: number } {
  const m = buildReportModel(document);
  const found = recogniseEntities(m, index);
  provideDocumentSymbols(m, { mentions: found, index });
  provideFoldingRanges(m);
  const numbers = readReportNumbers(m);
  checkTableShapes(m);
  const { facts, grids } = extractFacts(m, numbers, found);
  runRules({ model: m, facts, grids, mentions: found, numbers, index });
  return { numbers: numbers.length, mentions: found.length, facts: facts.length };
}
