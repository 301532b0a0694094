// Metric formulas from the knowledge base (`gross-margin = gross-profit / revenue * 100`), parsed
// once and evaluated on intervals.
import { add, div, mul, point, sub, type Interval } from './interval';

export type Expression =
  | { type: 'metric'; id: string }
  | { type: 'number'; value: number }
  | { type: 'binary'; op: '+' | '-' | '*' | '/'; left: Expression; right: Expression };

export interface Identity {
  target: string;
  expression: Expression;
  /** Metric ids the expression reads. */
  inputs: string[];
  /** The formula has a division: a ratio (margin, share); otherwise an additive identity. */
  ratio: boolean;
  text: string;
}

/** Parses `a = b - c; a = b / c * 100` into identities; skips what it cannot read. */
export function parseFormulas(formula: string): Identity[] {
  const out: Identity[] = [];
  for (const part of formula.split(';')) {
    const [left, right] = part.split('=').map((x) => x?.trim());
    if (!left || !right || !/^[a-z0-9-]+$/.test(left)) continue;
    const tokens = right.match(/[a-z][a-z0-9-]*[a-z0-9]|[a-z]|\d+(?:\.\d+)?|[-+*/()^]/g);
    if (!tokens || /[\^]/.test(right)) continue;
    let at = 0;
    const inputs: string[] = [];
    const primary = (): Expression | undefined => {
      const t = tokens[at++];
      if (t === '(') {
        const e = sum();
        at++;
        return e;
      }
      if (t === undefined) return undefined;
      if (/^\d/.test(t)) return { type: 'number', value: Number(t) };
      if (/^[a-z]/.test(t)) {
        inputs.push(t);
        return { type: 'metric', id: t };
      }
      return undefined;
    };
    const product = (): Expression | undefined => {
      let e = primary();
      while (e && (tokens[at] === '*' || tokens[at] === '/')) {
        const op = tokens[at++] as '*' | '/';
        const r = primary();
        if (!r) return undefined;
        e = { type: 'binary', op, left: e, right: r };
      }
      return e;
    };
    const sum = (): Expression | undefined => {
      let e = product();
      while (e && (tokens[at] === '+' || tokens[at] === '-')) {
        const op = tokens[at++] as '+' | '-';
        const r = product();
        if (!r) return undefined;
        e = { type: 'binary', op, left: e, right: r };
      }
      return e;
    };
    const expression = sum();
    if (!expression || at !== tokens.length) continue;
    out.push({ target: left, expression, inputs, ratio: right.includes('/'), text: part.trim() });
  }
  return out;
}

export function evaluate(e: Expression, lookup: (id: string) => Interval | undefined): Interval | undefined {
  switch (e.type) {
    case 'number':
      return point(e.value);
    case 'metric':
      return lookup(e.id);
    case 'binary': {
      const l = evaluate(e.left, lookup);
      const r = evaluate(e.right, lookup);
      if (!l || !r) return undefined;
      return e.op === '+' ? add(l, r) : e.op === '-' ? sub(l, r) : e.op === '*' ? mul(l, r) : div(l, r);
    }
  }
}

/** The expression with inputs' values written in: `22.2 − 10.0`. */
export function describe(e: Expression, show: (id: string) => string, top = true): string {
  switch (e.type) {
    case 'number':
      return String(e.value);
    case 'metric':
      return show(e.id);
    case 'binary': {
      const text = `${describe(e.left, show, false)} ${e.op === '-' ? '−' : e.op === '*' ? '×' : e.op === '/' ? '÷' : '+'} ${describe(e.right, show, false)}`;
      return top ? text : `(${text})`;
    }
  }
}
