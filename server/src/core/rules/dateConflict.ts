// Rule `date-conflict`: one event on two dates — a peer table's earnings date against the week-laid
// calendar or the prose — and a weekday written next to a date that falls on another day.
import type { Fact } from '../facts/factTypes';
import type { Finding, Rule, RuleContext } from './ruleTypes';

export const dateConflict: Rule = {
  code: 'date-conflict',
  run(context) {
    const findings: Finding[] = [];
    const dated = context.facts.filter((f) => f.kind === 'date' && f.entity && f.event && f.date);
    const calendarMonth = inferCalendarMonth(dated);
    const monthDay = (f: Fact): string | undefined => {
      if (f.calendar) return calendarMonth === undefined ? undefined : `${pad(((calendarMonth - 1 + f.calendar.monthOffset) % 12) + 1)}-${pad(f.calendar.day)}`;
      const m = /(\d{2})-(\d{2})$/.exec(f.date!);
      return m ? `${m[1]}-${m[2]}` : undefined;
    };
    type Dated = { f: Fact; md: string };
    // Two statements from one table or calendar are one statement; prose sentences are each their own.
    const apart = (a: Dated, b: Dated) => !(a.f.source === b.f.source && a.f.cell?.table === b.f.cell?.table && a.f.source !== 'prose');
    const conflict = (here: Dated, there: Dated): Finding => {
      const name = context.index.displayName('company', here.f.entity!);
      return {
        rule: 'date-conflict', severity: 'error', at: here.f, fact: here.f,
        message: `${name} earnings are on ${describe(here.md)} here but on ${describe(there.md)} on line ${there.f.range.start.line + 1}` +
          (here.f.calendar || there.f.calendar ? ` (the calendar's month is read from the dates it shares with the rest of the report: ${monthName(calendarMonth!)}).` : '.'),
        related: [{ at: there.f, message: `${name}: ${there.f.text} → ${describe(there.md)}` }],
        inputs: [],
      };
    };
    for (const group of eventGroups(dated).values()) {
      // The statements of each day, in report order: a date restated a hundred times (a peer table
      // pasted into every section) is compared once with each other day, and each restatement
      // still carries the conflict.
      const days = new Map<string, Dated[]>();
      for (const f of group) {
        const md = monthDay(f);
        if (!md) continue;
        const day = days.get(md);
        if (day) day.push({ f, md });
        else days.set(md, [{ f, md }]);
      }
      const byDay = [...days.values()];
      // Statements of the same day check each other: the first few from other places, in report order.
      for (const day of byDay) {
        for (const here of day) {
          for (const there of day.slice(0, maxChecksPerFact + 1).filter((x) => x !== here && apart(here, x)).slice(0, maxChecksPerFact)) {
            context.verified(here.f, `${there.f.text} (line ${there.f.range.start.line + 1})`);
          }
        }
      }
      // Different days conflict: each statement against the first of the other day from another place.
      for (let i = 0; i < byDay.length; i++) {
        let compared = 0;
        for (let j = i + 1; j < byDay.length && compared < maxFindingsPerFact; j++) {
          compared++;
          for (const [statements, others] of [[byDay[i], byDay[j]], [byDay[j], byDay[i]]] as const) {
            for (const here of statements) {
              const there = others.slice(0, 4).find((x) => apart(here, x));
              if (there) findings.push(conflict(here, there));
            }
          }
        }
      }
    }
    weekdays(context, findings);
    return findings;
  },
};

/** Other days each statement is reported against, at most: one wrong date is reported a few times, not once per other date. */
const maxFindingsPerFact = 3;
/** Statements of the same day each is checked against (the tick lists five). */
const maxChecksPerFact = 5;

/** Dated facts by company and event, in report order. */
function eventGroups(dated: Fact[]): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>();
  for (const f of dated) {
    const key = `${f.entity}|${f.event}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

/**
 * A week-laid calendar does not write its month. Take the month under which most calendar entries
 * fall on the date the rest of the report gives the same company's event.
 */
function inferCalendarMonth(dated: Fact[]): number | undefined {
  const votes = new Map<number, number>();
  const stated = eventGroups(dated.filter((f) => !f.calendar));
  for (const c of dated.filter((f) => f.calendar)) {
    for (const d of stated.get(`${c.entity}|${c.event}`) ?? []) {
      const m = /(\d{2})-(\d{2})$/.exec(d.date!);
      if (!m || Number(m[2]) !== c.calendar!.day) continue;
      const base = ((Number(m[1]) - 1 - c.calendar!.monthOffset + 12) % 12) + 1;
      votes.set(base, (votes.get(base) ?? 0) + 1);
    }
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : undefined;
}

const koreanDays = ['일', '월', '화', '수', '목', '금', '토'];
const englishDays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** `2025년 1월 20일(화)`, `January 20, 2025 (Tue)`: the weekday must be the date's. */
function weekdays(context: RuleContext, findings: Finding[]): void {
  for (const n of context.numbers) {
    if (n.kind !== 'date' || !n.period || !/^\d{4}-\d{2}-\d{2}$/.test(n.period)) continue;
    const after = context.model.text.slice(n.end, n.end + 16);
    const before = context.model.text.slice(Math.max(0, n.start - 12), n.start);
    // `2025년 1월 23일(수)` writes the weekday after the date; `Tuesday, February 26, 2025` before it.
    const m = /^\s*[(（]?\s*(일|월|화|수|목|금|토|Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*(?:요일)?\.?\s*[)）]?/i.exec(after) ??
      /(Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*\.?,?\s*$/i.exec(before);
    if (!m) continue;
    const stated = koreanDays.includes(m[1]) ? koreanDays.indexOf(m[1]) : englishDays.indexOf(m[1].toLowerCase().slice(0, 3));
    const [y, mo, d] = n.period.split('-').map(Number);
    const actual = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
    if (stated === actual) continue;
    findings.push({
      rule: 'date-conflict', severity: 'error', at: n,
      message: `${n.text} is a ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][actual]} (${koreanDays[actual]}요일), not ${m[1]}.`,
      related: [], inputs: [],
    });
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function monthName(month: number): string {
  return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1];
}

function describe(md: string): string {
  const [m, d] = md.split('-').map(Number);
  return `${m}월 ${d}일`;
}
