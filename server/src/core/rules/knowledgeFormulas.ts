// The knowledge base's metric formulas, parsed once per knowledge index: the identity and ratio
// rules ask for them on every re-check, and the index (a new one whenever the knowledge base
// changes) is all they depend on.
import type { KnowledgeIndex } from '../entities/knowledgeIndex';
import { parseFormulas, type Identity } from './formula';

interface ParsedFormulas {
  /** Formulas with a division (margins, shares): the ratio rule's. */
  ratios: readonly Identity[];
  /** Additive identities: the identity rule's. */
  sums: readonly Identity[];
}

// Weak, so a replaced index (a user knowledge base edited) takes its formulas with it.
const parsed = new WeakMap<KnowledgeIndex, ParsedFormulas>();

/** The index's formulas of one kind, in the order of its metrics. */
export function formulasOf(index: KnowledgeIndex, ratios: boolean): readonly Identity[] {
  let formulas = parsed.get(index);
  if (!formulas) {
    const all: Identity[] = [];
    for (const metric of index.metrics.values()) if (metric.formula) all.push(...parseFormulas(metric.formula));
    formulas = { ratios: all.filter((i) => i.ratio), sums: all.filter((i) => !i.ratio) };
    parsed.set(index, formulas);
  }
  return ratios ? formulas.ratios : formulas.sums;
}
