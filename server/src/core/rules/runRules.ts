// Runs the consistency rules over a report's facts and turns findings into diagnostics: one bad
// value is reported once, on its cell, with the checks it also breaks as related information;
// suppression comments and per-rule severity settings apply last.
import type { Fact } from '../facts/factTypes';
import type { Severity, TickmarkDiagnostic } from '../text/types';
import { factConflict } from './factConflict';
import { tableSum } from './tableSum';
import { identityRule, ratioRule } from './identity';
import { claimRule } from './claim';
import { dateConflict } from './dateConflict';
import { directionRule } from './direction';
import { readSuppressions } from './suppression';
import type { Finding, Rule, RuleCode, RuleContext } from './ruleTypes';

export type RuleSetting = Severity | 'off';
export type RuleSettings = Partial<Record<string, RuleSetting>>;

/**
 * In order: a conflict between two statements is the root cause later computations would repeat;
 * named identities blame the right cell before an inferred sum (which cannot tell which row is wrong) runs.
 */
export const rules: Rule[] = [factConflict, identityRule, ratioRule, tableSum, claimRule, dateConflict, directionRule];

export interface RuleResults {
  diagnostics: TickmarkDiagnostic[];
  /** Facts that were checked and held, with what they were checked against. */
  verified: Map<Fact, string[]>;
}

export function runRules(context: Omit<RuleContext, 'verified'>, settings: RuleSettings = {}): RuleResults {
  const verified = new Map<Fact, string[]>();
  const full: RuleContext = {
    ...context,
    verified: (fact, against) => {
      const list = verified.get(fact);
      // A few checks are enough to sign a number off; a value stated a thousand times keeps a short list.
      if (!list) verified.set(fact, [against]);
      else if (list.length < 5 && !list.includes(against)) list.push(against);
    },
  };
  const { model } = context;
  const suppressions = readSuppressions(model.text, (offset) => model.lines.positionAt(offset).line);
  const byPlace = new Map<number, TickmarkDiagnostic>();
  const diagnostics: TickmarkDiagnostic[] = [];
  for (const rule of rules) {
    const setting = settings[rule.code];
    if (setting === 'off') continue;
    let findings: Finding[];
    try {
      findings = rule.run(full);
    } catch {
      // One rule's bug must not hide the others' findings.
      continue;
    }
    for (const finding of findings) {
      if (suppressions.isSuppressed(rule.code, finding.at.range.start.line)) continue;
      const existing = byPlace.get(finding.at.start) ?? finding.inputs.map((i) => byPlace.get(i.start)).find((d) => d !== undefined);
      if (existing) {
        // Already reported on this cell (or on an input): one diagnostic, the rest as its related information.
        existing.relatedInformation.push({ uri: model.uri, range: finding.at.range, message: `also: ${finding.message}` });
        continue;
      }
      const diagnostic: TickmarkDiagnostic = {
        range: finding.at.range,
        severity: setting ?? finding.severity,
        code: rule.code,
        message: finding.message,
        relatedInformation: finding.related.map((r) => ({ uri: model.uri, range: r.at.range, message: r.message })),
        ...(finding.fix ? { fix: { range: finding.at.range, ...finding.fix } } : {}),
      };
      byPlace.set(finding.at.start, diagnostic);
      diagnostics.push(diagnostic);
      if (finding.fact) verified.delete(finding.fact);
    }
  }
  const flagged = new Set(diagnostics.map((d) => model.lines.offsetAt(d.range.start)));
  for (const [fact] of verified) if (flagged.has(fact.start)) verified.delete(fact);
  return { diagnostics, verified };
}

export function isRuleCode(code: string): code is RuleCode {
  return rules.some((r) => r.code === code);
}
