// Per-rule severities from a workspace's `.tickmark/config.json` (`{"rules": {"claim": "warning"}}`)
// and from editor settings, read as untrusted input: unknown rules and values are problems, not crashes.
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { RuleSettings } from './runRules';
import { ruleCodes } from './ruleTypes';

export const configPath = '.tickmark/config.json';
export const configurableRules = [...ruleCodes, 'table-shape'] as const;
const levels = ['off', 'hint', 'information', 'warning', 'error'];

export interface ConfigProblem {
  start: number;
  end: number;
  message: string;
}

export function parseRuleConfig(text: string): { rules: RuleSettings; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  const problems: ConfigProblem[] = errors.map((e) => ({ start: e.offset, end: e.offset + Math.max(1, e.length), message: `Invalid JSON: ${printParseErrorCode(e.error)}.` }));
  const rules: RuleSettings = {};
  if (!root || root.type !== 'object') return { rules, problems: problems.length > 0 ? problems : [{ start: 0, end: 1, message: 'Expected an object like {"rules": {"claim": "warning"}}.' }] };
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key.value === '$schema' || key.value === '$comment') continue;
    if (key.value !== 'rules') {
      problems.push({ start: key.offset, end: key.offset + key.length, message: `Unknown property "${key.value}": expected "rules".` });
      continue;
    }
    if (value?.type !== 'object') {
      problems.push({ start: (value ?? key).offset, end: (value ?? key).offset + (value ?? key).length, message: '"rules" must map rule codes to off|hint|information|warning|error.' });
      continue;
    }
    for (const rule of value.children ?? []) {
      const [name, level] = rule.children ?? [];
      if (!(configurableRules as readonly string[]).includes(name.value)) {
        problems.push({ start: name.offset, end: name.offset + name.length, message: `Unknown rule "${name.value}"; rules: ${configurableRules.join(', ')}.` });
      } else if (level?.type !== 'string' || !levels.includes(level.value)) {
        problems.push({ start: level.offset, end: level.offset + level.length, message: `"${name.value}" must be one of ${levels.join(', ')}.` });
      } else {
        rules[name.value] = level.value;
      }
    }
  }
  return { rules, problems };
}

/** Settings from the editor, typed with defaults: anything unexpected is ignored. */
export function rulesFromSettings(value: unknown): RuleSettings {
  const rules: RuleSettings = {};
  if (!value || typeof value !== 'object') return rules;
  for (const [name, level] of Object.entries(value as Record<string, unknown>)) {
    if ((configurableRules as readonly string[]).includes(name) && typeof level === 'string' && levels.includes(level)) rules[name] = level as RuleSettings[string];
  }
  return rules;
}
