// Compiles the knowledge base: the S&P 500 CSV plus the curated JSON files in this folder, into one
// JSON file the server and the CLI load. Run by esbuild.mjs on every build.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f.length > 0)) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field.length > 0 || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

function readJson(name, fallback) {
  const path = join(here, name);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : fallback;
}

export function buildKnowledgeBase() {
  const [header, ...records] = parseCsv(readFileSync(join(here, 'sp500-constituents.csv'), 'utf8'));
  const col = (name) => header.indexOf(name);
  const curated = readJson('companies.json', { companies: [], overlays: [] });
  const overlays = new Map((curated.overlays ?? []).map((o) => [o.symbol, o]));
  const sp500 = records.map((r) => {
    const symbol = r[col('Symbol')];
    const overlay = overlays.get(symbol) ?? {};
    return {
      id: `${symbol.toLowerCase().replace(/\./g, '-')}-us`,
      name: r[col('Security')],
      ...(overlay.nameKo ? { nameKo: overlay.nameKo } : {}),
      ...(overlay.aliases?.length ? { aliases: overlay.aliases } : {}),
      ...(overlay.weakAliases?.length ? { weakAliases: overlay.weakAliases } : {}),
      sector: r[col('GICS Sector')],
      industry: r[col('GICS Sub-Industry')],
      headquarters: r[col('Headquarters Location')],
      country: 'United States',
      founded: r[col('Founded')],
      listings: [{ exchange: 'NYSE/NASDAQ', code: symbol, bloomberg: `${symbol.replace('.', '/')} US`, yahoo: symbol.replace('.', '-') }],
      source: 'S&P 500 constituents (datasets/s-and-p-500-companies, ODC-PDDL-1.0)',
    };
  });
  const models = readJson('models.json', { models: [] }).models;
  const metrics = readJson('metrics.json', { metrics: [] }).metrics;
  return { companies: [...sp500, ...(curated.companies ?? [])], models, metrics };
}

export function writeKnowledgeBase(outfile) {
  const kb = buildKnowledgeBase();
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, JSON.stringify(kb));
  return kb;
}
