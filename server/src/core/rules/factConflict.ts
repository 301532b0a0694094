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
      // A template, not an array joined: one string per fact, no array.
      const key = `${f.kind}|${f.metric}|${unit}|${f.direction ?? ''}`;
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    const relatedEntities = (x: string, y: string) => related(context.index, x, y);
    const same = (a: Fact, b: Fact) => !samePlace(a, b) && sameFact(a, b, relatedEntities);
    const conflict = (here: Fact, there: Fact): Finding => {
      const loose = here.entity === undefined || there.entity === undefined || here.period === undefined || there.period === undefined;
      return {
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
      };
    };
    for (const all of groups.values()) {
      // A table states each fact once: a group from a single table has nothing to compare.
      if (all.every((f) => f.cell && f.cell.table === all[0].cell?.table)) continue;
      for (const part of partitions(withoutAmbiguousCells(all))) {
        const classes = restatements(part);
        // Each class with the classes it agrees with (itself first: identical statements in two places check each other).
        const agreeing = classes.map((c) => [c]);
        // Rounds of findings each class has had: a value repeated many times is reported a few times, not once per pair.
        const findingRounds = new Map<Fact[], number>();
        for (let i = 0; i < classes.length; i++) {
          let compared = 0;
          for (let j = i + 1; j < classes.length && compared < maxComparisons; j++) {
            const pair = comparablePair(classes[i], classes[j], same);
            if (!pair) continue;
            compared++;
            const [a, b] = pair;
            if (intersects({ low: a.low!, high: a.high! }, { low: b.low!, high: b.high! })) {
              agreeing[i].push(classes[j]);
              agreeing[j].push(classes[i]);
              continue;
            }
            // The two statements found, as a pair; then every restatement of each side.
            for (const [statements, first, others, other] of [[classes[i], a, classes[j], b], [classes[j], b, classes[i], a]] as const) {
              const round = findingRounds.get(statements) ?? 0;
              if (round >= maxFindingsPerFact) continue;
              findingRounds.set(statements, round + 1);
              for (const here of [first, ...statements.filter((x) => x !== first)]) {
                const there = same(here, other) ? other : others.slice(0, 4).find((x) => same(here, x));
                if (there) findings.push(conflict(here, there));
              }
            }
          }
        }
        // Each statement is checked against the first few agreeing statements elsewhere, in report order.
        agreeing.forEach((classesHere, i) => {
          for (const here of classes[i]) {
            // The first few of each class suffice: only a shared table or a table-only label keeps two statements apart, and that holds for all.
            const against = classesHere.flatMap((c) => c.slice(0, maxChecksPerFact + 1).filter((x) => same(here, x)).slice(0, maxChecksPerFact));
            against.sort((x, y) => x.index - y.index);
            for (const there of against.slice(0, maxChecksPerFact)) context.verified(here, `${there.text} (line ${there.range.start.line + 1})`);
          }
        });
      }
    }
    return findings;
  },
};

/**
 * A table states each fact once, so two cells of one table that read as the same fact (same entity,
 * period and qualifier) mean the reading missed what tells them apart: model columns that all name
 * their developer (`OpenAI o1-mini`, `OpenAI o1-1217`), a row label naming a model for every
 * column, return columns (`1W`, `1M`, `3M`) read as one metric. Such cells cannot be matched with
 * a statement elsewhere (which of them would it restate?), so they are left out: a table pasted
 * twice would otherwise conflict with itself cell by cell.
 */
function withoutAmbiguousCells(group: Fact[]): Fact[] {
  // Each cell's identity built once: this runs for every group of every re-check.
  const identities = group.map((f) => (f.cell ? `${f.cell.table}|${f.entity ?? ''}|${f.period ?? ''}|${f.qualifier ?? ''}` : ''));
  const count = new Map<string, number>();
  for (const id of identities) if (id) count.set(id, (count.get(id) ?? 0) + 1);
  return group.filter((_, i) => !identities[i] || count.get(identities[i]) === 1);
}

/**
 * Whether two statements stand in one place: one table, or one prose statement. Two statements
 * from one place are never compared. Asked for every pair compared, so it builds no key.
 */
function samePlace(a: Fact, b: Fact): boolean {
  if (a.cell) return !!b.cell && a.cell.table === b.cell.table;
  return !b.cell && a.index === b.index;
}

/**
 * Groups that can hold one fact: a value names its entity and period exactly (a value without an
 * entity is never compared), so values are split by them; changes match loosely and stay together.
 */
function partitions(group: Fact[]): Fact[][] {
  const parts = new Map<string, Fact[]>();
  for (const f of group) {
    if (f.kind === 'value' && f.entity === undefined) continue;
    const key = f.kind === 'value' ? `${f.entity}|${f.period ?? ''}` : '';
    const part = parts.get(key);
    if (part) part.push(f);
    else parts.set(key, [f]);
  }
  return [...parts.values()];
}

/**
 * Statements that say the same thing the same way (entity, period, qualifier, interval, and whether
 * a table states it), in order of first appearance. They are compared as one: a report that repeats
 * a value a hundred times (a summary and an appendix, a table pasted twice) costs one comparison per
 * other value, and each repetition still gets its diagnostic.
 */
function restatements(part: Fact[]): Fact[][] {
  const classes = new Map<string, Fact[]>();
  for (const f of part) {
    const key = `${f.entity ?? ''}|${f.period ?? ''}|${f.qualifier ?? ''}|${f.low}|${f.high}|${f.source === 'table'}`;
    const statements = classes.get(key);
    if (statements) statements.push(f);
    else classes.set(key, [f]);
  }
  return [...classes.values()];
}

/** A statement of each class that can be compared with one of the other (different places, one fact); the first few of each are tried. */
function comparablePair(a: Fact[], b: Fact[], same: (x: Fact, y: Fact) => boolean): [Fact, Fact] | undefined {
  // Indexes, not slices: this runs for every pair of classes, and most pairs find nothing.
  for (let i = 0; i < a.length && i < 3; i++) {
    for (let j = 0; j < b.length && j < 3; j++) if (same(a[i], b[j])) return [a[i], b[j]];
  }
  return undefined;
}

/** Other values of one fact compared with each value, at most; a fact stated a thousand ways stays linear. */
const maxComparisons = 50;
const maxFindingsPerFact = 3;
/** Checks that held, per statement: a few are enough to sign a number off (the tick lists five). */
const maxChecksPerFact = 5;

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
