// The hover card of an entity: who or what it is, its identifiers, its knowledge-base facts, and
// everything this report states about it (the table rows and columns it heads, its mentions).
import type { ReportModel, Row, Table } from '../model/reportModel';
import type { EntityMention } from '../entities/recogniseEntities';
import type { KnowledgeIndex } from '../entities/knowledgeIndex';
import { tableName } from './documentSymbols';
import type { Fact } from '../facts/factTypes';
import { grouped, shortScale } from './formatNumber';

const kindLabel = { ticker: 'ticker', company: 'company', model: 'AI model', metric: 'metric' } as const;

export function entityCard(model: ReportModel, mentions: EntityMention[], mention: EntityMention, index: KnowledgeIndex, facts: Fact[] = []): string {
  const lines: string[] = [];
  const link = (offset: number) => {
    const line = model.lines.positionAt(offset).line + 1;
    return `[line ${line}](${model.uri}#L${line})`;
  };
  const company = mention.kind === 'company' || mention.kind === 'ticker' ? index.companies.get(mention.id) : undefined;
  const aiModel = mention.kind === 'model' ? index.models.get(mention.id) : undefined;
  const metric = mention.kind === 'metric' ? index.metrics.get(mention.id) : undefined;

  if (company) {
    lines.push(`**${company.nameKo ?? company.name}**${company.nameKo ? ` (${company.name})` : ''} · ${kindLabel[mention.kind]}`);
    const listings = (company.listings ?? []).map((l) =>
      [l.bloomberg ? `\`${l.bloomberg}\`` : `\`${l.code}\``, l.exchange, l.reuters ? `Reuters \`${l.reuters}\`` : '', l.yahoo ? `Yahoo \`${l.yahoo}\`` : '']
        .filter(Boolean).join(' · '));
    if (listings.length > 0) lines.push('', ...listings.map((l) => `- ${l}`));
    const facts = [company.sector, company.industry, company.headquarters, company.founded ? `founded ${company.founded}` : ''].filter(Boolean);
    if (facts.length > 0) lines.push('', facts.join(' · '));
  } else if (aiModel) {
    lines.push(`**${aiModel.name}** · AI model`);
    const developer = index.companies.get(aiModel.developer)?.name ?? aiModel.developer;
    const params = aiModel.parameters
      ? [aiModel.parameters.total ? `${shortScale(aiModel.parameters.total)} total` : '', aiModel.parameters.active ? `${shortScale(aiModel.parameters.active)} active` : ''].filter(Boolean).join(', ')
      : '';
    const facts = [
      `developer ${developer}`, aiModel.released ? `released ${aiModel.released}` : '', params ? `parameters ${params}` : '',
      aiModel.contextWindow ? `context ${grouped(aiModel.contextWindow)} tokens` : '', aiModel.licence ? `licence ${aiModel.licence}` : '',
      aiModel.openWeights === undefined ? '' : aiModel.openWeights ? 'open weights' : 'closed weights',
    ].filter(Boolean);
    lines.push('', facts.join(' · '));
    if (aiModel.description) lines.push('', aiModel.description);
  } else if (metric) {
    lines.push(`**${metric.nameKo ? `${metric.nameKo} (${metric.name})` : metric.name}** · ${metric.category === 'ai' ? 'AI metric' : 'financial metric'}`);
    lines.push('', metric.definition, '', `unit: ${metric.unitKind}${metric.formula ? ` · \`${metric.formula}\`` : ''}`);
  } else {
    lines.push(`**${mention.text}** · ${kindLabel[mention.kind]} (not in the knowledge base)`);
  }

  const same = mentions.filter((m) => m.id === mention.id);
  const statements = tableStatements(model, same);
  lines.push('', '**In this report**');
  // What the prose states about it, as facts (tables are listed by row and column below).
  const stated = facts.filter((f) => f.source !== 'table' && (f.entity === mention.id || f.metric === mention.id));
  for (const f of stated.slice(0, 6)) {
    const value = f.kind === 'date' ? `${f.text} (${f.date})` : `${f.text}${f.kind === 'change' ? ` ${f.direction === 'up' ? 'up' : 'down'}` : ''}`;
    const metricName = f.metric && index.metrics.has(f.metric) ? index.displayName('metric', f.metric) : f.metricLabel;
    lines.push(`- ${[metricName, f.period].filter(Boolean).join(' ')}: ${value} (${link(f.start)})`);
  }
  for (const s of statements.slice(0, 6)) lines.push(`- ${s.table} (${link(s.offset)}): ${s.values}`);
  if (statements.length > 6) lines.push(`- … and ${statements.length - 6} more table rows`);
  const mentionLines = [...new Set(same.map((m) => m.range.start.line))];
  const shown = mentionLines.slice(0, 8).map((line) => link(model.lines.lineStart(line))).join(', ');
  lines.push(`- mentioned ${same.length} time${same.length === 1 ? '' : 's'} on ${mentionLines.length === 1 ? 'line' : 'lines'}: ${shown.replace(/\[line /g, '[')}${mentionLines.length > 8 ? ', …' : ''}`);
  return lines.join('\n');
}

interface Statement {
  table: string;
  offset: number;
  values: string;
}

/** The rows an entity heads (first column or any cell) and the columns it heads (header row). */
function tableStatements(model: ReportModel, mentions: EntityMention[]): Statement[] {
  const out: Statement[] = [];
  for (const table of model.tables) {
    const inHeader = table.header.cells.findIndex((c) => mentions.some((m) => m.start >= c.start && m.end <= c.end));
    if (inHeader > 0) {
      const values = table.rows
        .filter((r) => !r.isGroupLabel && r.cells[inHeader]?.text)
        .map((r) => `${r.cells[0]?.text || '—'} ${r.cells[inHeader].text}`);
      if (values.length > 0) out.push({ table: tableName(table), offset: table.header.cells[inHeader].start, values: clip(values) });
    }
    for (const row of table.rows) {
      const hit = row.cells.findIndex((c) => mentions.some((m) => m.start >= c.start && m.end <= c.end));
      if (hit < 0) continue;
      if (hit === 0) {
        // The entity names the row: the row's values are what the report states about it.
        const values = row.cells
          .map((cell, i) => ({ cell, i }))
          .filter(({ cell, i }) => i !== hit && cell.text.length > 0)
          .map(({ cell, i }) => `${columnLabel(table, i)} ${cell.text}`.trim());
        out.push({ table: tableName(table), offset: row.start, values: clip(values) });
      } else if (!(table.rows.indexOf(row) === 0 && !row.cells[0]?.text)) {
        // Named inside a cell (a calendar entry, a one-line comment): that cell, under its row and column.
        const rowLabel = /[\p{L}\p{N}]/u.test(row.cells[0]?.text ?? '') ? row.cells[0].text : '';
        const where = [rowLabel, columnLabel(table, hit)].filter(Boolean).join(' / ');
        out.push({ table: tableName(table), offset: row.cells[hit].start, values: `${where ? `${where}: ` : ''}${row.cells[hit].text}` });
      }
    }
  }
  return out;
}

/**
 * A column's label: its header, with the sub-header row under it when there is one (`기간별 수익률(%)
 * 1W`, then `1M`, `3M` under the empty header cells that the spanning header leaves).
 */
function columnLabel(table: Table, column: number): string {
  const header = table.header.cells[column]?.text ?? '';
  const first: Row | undefined = table.rows[0];
  const isSubHeader = first !== undefined && !first.cells[0]?.text && first.cells.some((c) => c.text.length > 0) && !first.isGroupLabel;
  const sub = isSubHeader ? first.cells[column]?.text ?? '' : '';
  return [header, sub].filter(Boolean).join(' ');
}

function clip(values: string[]): string {
  const shown = values.slice(0, 8).join(' · ');
  return values.length > 8 ? `${shown} · …` : shown;
}
