// Suppression comments, as Vale and textlint users write them:
//   <!-- tickmark-disable [rule, …] --> … <!-- tickmark-enable [rule, …] -->
//   <!-- tickmark-disable-next-line [rule, …] -->
// Without rule names they cover every rule.

export interface Suppressions {
  isSuppressed(rule: string, line: number): boolean;
}

const comment = /<!--\s*tickmark-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

export function readSuppressions(text: string, lineOf: (offset: number) => number): Suppressions {
  // Per rule ('*' for all): the line ranges where it is off.
  const ranges: Array<{ rule: string; from: number; to: number }> = [];
  const open = new Map<string, number>();
  // Split only for a `disable-next-line`: most reports have none, and this runs at every re-check.
  let lines: string[] | undefined;
  for (const m of text.matchAll(comment)) {
    const line = lineOf(m.index!);
    const rules = m[2].split(/[\s,]+/).filter((r) => r.length > 0);
    const targets = rules.length > 0 ? rules : ['*'];
    if (m[1] === 'disable-next-line') {
      lines ??= text.split(/\r\n|\r|\n/);
      let next = line + 1;
      while (next < lines.length && lines[next].trim() === '') next++;
      for (const rule of targets) ranges.push({ rule, from: next, to: next });
    } else if (m[1] === 'disable') {
      for (const rule of targets) if (!open.has(rule)) open.set(rule, line);
    } else {
      const closing = rules.length > 0 ? rules : [...open.keys()];
      for (const rule of closing) {
        const from = open.get(rule);
        if (from === undefined) continue;
        ranges.push({ rule, from, to: line });
        open.delete(rule);
      }
    }
  }
  for (const [rule, from] of open) ranges.push({ rule, from, to: Number.MAX_SAFE_INTEGER });
  return {
    isSuppressed: (rule, line) => ranges.some((r) => (r.rule === rule || r.rule === '*') && line >= r.from && line <= r.to),
  };
}
