// SARIF 2.1.0 for `tickmark check --format sarif`, the form code-scanning tools accept.
import type { TickmarkDiagnostic } from './core/text/types';

const ruleHelp: Record<string, string> = {
  'fact-conflict': 'The same fact stated with values whose precision intervals do not overlap.',
  'table-sum': 'A total that is not the sum of its components beyond rounding.',
  identity: 'An accounting identity (gross profit = revenue − cost of revenue …) that does not hold.',
  ratio: 'A margin or a YoY/QoQ change that does not follow from its inputs.',
  claim: 'A prose claim (N배, X% 증가, a discount) that the numbers beside it contradict.',
  'date-conflict': 'One event on two dates, or a weekday that does not match its date.',
  direction: 'A word that says up while the numbers go down, or the reverse.',
  'table-shape': 'A table row with more or fewer cells than its header.',
  'not-analysed': 'A file that was not analysed (too large or binary).',
  'knowledge-base': 'A problem in .tickmark/entities.json.',
  config: 'A problem in .tickmark/config.json.',
};

const levels: Record<TickmarkDiagnostic['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(files: Array<{ path: string; uri: string; diagnostics: TickmarkDiagnostic[] }>, version: string): object {
  const uriToPath = new Map(files.map((f) => [f.uri, f.path]));
  const region = (r: TickmarkDiagnostic['range']) => ({ startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });
  const used = [...new Set(files.flatMap((f) => f.diagnostics.map((d) => d.code)))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Tickmark',
          version,
          informationUri: 'https://github.com/tickmark/tickmark',
          rules: used.map((id) => ({ id, shortDescription: { text: ruleHelp[id] ?? id } })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: files.flatMap((f) => f.diagnostics.map((d) => ({
        ruleId: d.code,
        ruleIndex: used.indexOf(d.code),
        level: levels[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.path }, region: region(d.range) } }],
        ...(d.relatedInformation.length > 0
          ? { relatedLocations: d.relatedInformation.map((r, i) => ({ id: i, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: uriToPath.get(r.uri) ?? r.uri }, region: region(r.range) } })) }
          : {}),
        ...(d.fix ? { fixes: [{ description: { text: d.fix.title }, artifactChanges: [{ artifactLocation: { uri: f.path }, replacements: [{ deletedRegion: region(d.fix.range), insertedContent: { text: d.fix.newText } }] }] }] } : {}),
      }))),
    }],
  };
}
