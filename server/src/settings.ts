// The editor's `tickmark.*` settings, read as untrusted input: whatever a settings.json holds (a
// string where a list belongs, a negative size, an unknown rule), the server gets typed values,
// falling back to the default for each bad one, and a note of what it ignored for the log.
import type { RuleSettings } from './core/rules/runRules';
import { rulesFromSettings } from './core/rules/ruleConfig';

export interface TickmarkSettings {
  rules: RuleSettings;
  ticks: boolean;
  knowledgeBaseFiles: string[];
  /** Globs (relative to each workspace folder) of the reports Check Workspace and cross-report checks read. */
  include: string[];
  exclude: string[];
  /** Reports above this size are not analysed (an information diagnostic says so). */
  maxFileSizeMB: number;
}

export const defaultSettings: TickmarkSettings = {
  rules: {},
  ticks: true,
  knowledgeBaseFiles: [],
  include: ['**/*.md', '**/*.markdown'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSizeMB: 5,
};

const maxFileSizeLimitMB = 100;

export function parseSettings(value: unknown): { settings: TickmarkSettings; ignored: string[] } {
  const ignored: string[] = [];
  const section = isObject(value) ? value : {};
  if (value !== undefined && value !== null && !isObject(value)) ignored.push('tickmark: not an object');

  const rules = rulesFromSettings(section.rules);
  if (isObject(section.rules)) {
    for (const name of Object.keys(section.rules)) if (!(name in rules)) ignored.push(`tickmark.rules.${name}`);
  } else if (section.rules !== undefined) ignored.push('tickmark.rules');

  const ticks = isObject(section.ticks) ? section.ticks.enabled : undefined;
  if (ticks !== undefined && typeof ticks !== 'boolean') ignored.push('tickmark.ticks.enabled');

  const knowledgeBase = isObject(section.knowledgeBase) ? section.knowledgeBase.files : undefined;
  const files = isObject(section.files) ? section.files : {};
  const size = files.maxSizeMB;
  const sizeOk = typeof size === 'number' && Number.isFinite(size) && size > 0 && size <= maxFileSizeLimitMB;
  if (size !== undefined && !sizeOk) ignored.push('tickmark.files.maxSizeMB');

  return {
    settings: {
      rules,
      ticks: typeof ticks === 'boolean' ? ticks : defaultSettings.ticks,
      knowledgeBaseFiles: stringList(knowledgeBase, 'tickmark.knowledgeBase.files', defaultSettings.knowledgeBaseFiles, ignored),
      include: stringList(files.include, 'tickmark.files.include', defaultSettings.include, ignored),
      exclude: stringList(files.exclude, 'tickmark.files.exclude', defaultSettings.exclude, ignored),
      maxFileSizeMB: sizeOk ? (size as number) : defaultSettings.maxFileSizeMB,
    },
    ignored,
  };
}

function stringList(value: unknown, name: string, fallback: string[], ignored: string[]): string[] {
  if (value === undefined || value === null) return fallback;
  if (!Array.isArray(value)) {
    ignored.push(name);
    return fallback;
  }
  const strings = value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
  if (strings.length !== value.length) ignored.push(`${name} (entries that are not text)`);
  return strings;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
