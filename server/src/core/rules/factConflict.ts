// Rule `fact-conflict`: the same fact stated twice with values whose intervals do not intersect
// (`6,710억 개` and `671B` intersect; 30% and 50% less memory do not).
import type { Fact } from '../facts/factTypes';
import type { KnowledgeIndex } from '../entities/knowledgeIndex';
import { intersects } from './interval';
import { factName, type Finding, type Rule } from './ruleTypes';

export const factConflict: Rule = {
  code: 'fact-conflict',
  run(context) {
    const findings: Finding[] = [];
    const candidates = context.facts.filter((f) => (f.kind === 'value' || f.kind === 'change') && f.metric && f.low !== null && f.high !== null);
    const groups = new Map<string, Fact[]>();
    for (const f of candidates) {
      // A count in 개 is a plain number: `6,710억 개` and `671B` parameters are one fact.
      const unit = f.unit === '개' || f.unit === null ? '' : f.unit;
      const key = [f.kind, f.metric, unit, f.direction ?? ''].join('|');
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    // Compared per pair (tens of thousands on a long report): no key string, no closure per pair.
    const sameSource = (a: Fact, b: Fact) => (a.cell && b.cell ? a.cell.table === b.cell.table : !a.cell && !b.cell && a.index === b.index);
    const relatedEntities = (x: string, y: string) => related(context.index, x, y);
    for (const group of groups.values()) {
      // A table states each fact once: a group from a single table has nothing to compare.
      if (group.every((f) => f.cell && f.cell.table === group[0].cell?.table)) continue;
      const findingsFor = new Map<Fact, number>();
      for (let i = 0; i < group.length; i++) {
        let compared = 0;
        for (let j = i + 1; j < group.length && compared < maxComparisons; j++) {
          const a = group[i];
          const b = group[j];
          if (sameSource(a, b)) continue;
          if (!sameFact(a, b, relatedEntities)) continue;
          compared++;
          const loose = a.entity === undefined || b.entity === undefined || a.period === undefined || b.period === undefined;
          if (intersects({ low: a.low!, high: a.high! }, { low: b.low!, high: b.high! })) {
            context.verified(a, `${b.text} (line ${b.range.start.line + 1})`);
            context.verified(b, `${a.text} (line ${a.range.start.line + 1})`);
            continue;
          }
          for (const [here, there] of [[a, b], [b, a]] as const) {
            // A value repeated many times is reported a few times, not once per pair.
            const count = findingsFor.get(here) ?? 0;
            if (count >= maxFindingsPerFact) continue;
            findingsFor.set(here, count + 1);
            findings.push({
              rule: 'fact-conflict',
              severity: loose ? 'warning' : 'error',
              at: here,
              fact: here,
              message: `${factName(here)}${here.entity ? ` (${context.index.displayName(context.index.models.has(here.entity) ? 'model' : 'company', here.entity)})` : ''} is ${here.text} here but ${there.text} on line ${there.range.start.line + 1}` +
                `${here.unit ? ` (${here.unit})` : ''}: [${here.low}, ${here.high}] and [${there.low}, ${there.high}] do not overlap` +
                (loose ? '; the statements name the entity or period only in part, so read them together.' : '.'),
              related: [{ at: there, message: `${factName(there)}: ${there.text}` }],
              // Both places carry the diagnostic (CONSISTENCY.md §2): the other is related, not an input.
              inputs: [],
            });
          }
        }
      }
    }
    return findings;
  },
};

/** Statements of one fact compared with each other, at most; a fact stated a thousand times stays linear. */
const maxComparisons = 50;
const maxFindingsPerFact = 3;

/**
 * Two statements of one fact: same metric (grouped already), compatible entity and period, and
 * not two cells of one table row or column (a table states each fact once).
 */
function sameFact(a: Fact, b: Fact, relatedEntities: (x: string, y: string) => boolean): boolean {
  if (a.cell && b.cell && a.cell.table === b.cell.table) return false;
  if (a.source === 'table' && b.source === 'table' && (a.metric ?? '').startsWith('label:')) return false;
  // `Pass@1` and `cons@64` scores are different facts; a statement without a qualifier may be either.
  if (a.qualifier && b.qualifier && a.qualifier !== b.qualifier) return false;
  if (a.kind === 'value') {
    // A value must name its entity on both sides, and the same period (or none on both).
    return a.entity !== undefined && a.entity === b.entity && a.period === b.period;
  }
  // Changes (`30% 적은 메모리`) are often stated without their subject; compatible is enough.
  const compatible = (x?: string, y?: string) => x === undefined || y === undefined || x === y;
  const entities = a.entity === undefined || b.entity === undefined || relatedEntities(a.entity, b.entity);
  return entities && compatible(a.period, b.period);
}

/** The same entity, or a model and its developer, or two models of one developer. */
function related(index: KnowledgeIndex, x: string, y: string): boolean {
  if (x === y) return true;
  const owner = (id: string) => {
    const model = index.models.get(id);
    return model ? index.developerCompany(model.developer) : id;
  };
  return owner(x) === owner(y);
}
