// Lookup structures over a knowledge base, built once per knowledge base (not per document).
import { AliasTrie } from './aliasTrie';
import type { CompanyEntry, KnowledgeBase, MetricEntry, ModelEntry } from './knowledgeBaseTypes';

export class KnowledgeIndex {
  readonly companies = new Map<string, CompanyEntry>();
  readonly models = new Map<string, ModelEntry>();
  readonly metrics = new Map<string, MetricEntry>();
  /** `NVDA US`, `005930 KS` → company id. */
  readonly byBloomberg = new Map<string, string>();
  /** `005930.KS`, `9988.HK`, `2330.TW`, `9984.T`, `NVDA` (Yahoo and Reuters forms) → company id. */
  readonly bySuffixedCode = new Map<string, string>();
  /** Local codes (`NVDA`, `005930`, `9988`) → company ids listed under them. */
  readonly byCode = new Map<string, string[]>();
  readonly trie = new AliasTrie();

  constructor(readonly knowledgeBase: KnowledgeBase) {
    for (const company of knowledgeBase.companies) {
      this.companies.set(company.id, company);
      for (const listing of company.listings ?? []) {
        if (listing.bloomberg) this.byBloomberg.set(listing.bloomberg.toUpperCase(), company.id);
        for (const form of [listing.reuters, listing.yahoo]) if (form) this.bySuffixedCode.set(form.toUpperCase(), company.id);
        const ids = this.byCode.get(listing.code.toUpperCase()) ?? [];
        if (!ids.includes(company.id)) ids.push(company.id);
        this.byCode.set(listing.code.toUpperCase(), ids);
      }
      for (const name of [company.name, company.nameKo, ...(company.aliases ?? [])]) {
        // `3M` is also a return period (1W 1M 3M): such names count only beside a stronger mention.
        if (name && isUsefulAlias(name)) this.trie.add(name, { kind: 'company', id: company.id, weak: /^\d+[A-Za-z]{1,2}$/.test(name.trim()) });
      }
      for (const name of company.weakAliases ?? []) this.trie.add(name, { kind: 'company', id: company.id, weak: true });
    }
    for (const model of knowledgeBase.models) {
      this.models.set(model.id, model);
      for (const name of [model.name, model.id, ...(model.aliases ?? [])]) {
        if (isUsefulAlias(name)) this.trie.add(name, { kind: 'model', id: model.id, weak: false, caseSensitive: false });
      }
      for (const name of model.weakAliases ?? []) this.trie.add(name, { kind: 'model', id: model.id, weak: true, caseSensitive: true });
    }
    for (const metric of knowledgeBase.metrics) {
      this.metrics.set(metric.id, metric);
      for (const name of [metric.name, metric.nameKo, ...(metric.aliases ?? [])]) {
        if (name && isUsefulAlias(name)) this.trie.add(name, { kind: 'metric', id: metric.id, weak: false });
      }
    }
  }

  /**
   * The company id a model's `developer` names: an id (`openai`, `googl-us`) or a name or alias
   * (`google` → `googl-us`, `alibaba` → `9988-hk`); the developer string itself when unknown.
   */
  developerCompany(developer: string): string {
    if (this.companies.has(developer)) return developer;
    if (!this.companiesByName) {
      this.companiesByName = new Map();
      for (const c of this.companies.values()) {
        for (const name of [c.name, c.nameKo, ...(c.aliases ?? [])]) {
          const key = name?.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
          if (key && !this.companiesByName.has(key)) this.companiesByName.set(key, c.id);
        }
      }
    }
    return this.companiesByName.get(developer.toLowerCase().replace(/[\s_-]+/g, ' ').trim()) ?? developer;
  }

  private companiesByName: Map<string, string> | undefined;

  /** The company a listing form names: `NVDA US`, `005930.KS`, `9988:HKG`. */
  companyForTicker(form: string): string | undefined {
    const upper = form.toUpperCase().replace(/\s+/g, ' ');
    return this.byBloomberg.get(upper) ?? this.bySuffixedCode.get(upper);
  }

  displayName(kind: 'company' | 'model' | 'metric' | 'ticker', id: string): string {
    if (kind === 'model') return this.models.get(id)?.name ?? id;
    if (kind === 'metric') {
      const m = this.metrics.get(id);
      return m ? (m.nameKo ? `${m.nameKo} (${m.name})` : m.name) : id;
    }
    const c = this.companies.get(id);
    return c ? (c.nameKo ? `${c.nameKo} (${c.name})` : c.name) : id.replace(/^ticker:/, '');
  }
}

/** A one- or two-letter name matches too much prose to be an alias; listings catch those companies. */
function isUsefulAlias(name: string): boolean {
  return name.trim().length >= 2;
}

/** Merges knowledge bases: a later entry with an id already present replaces its fields. */
export function mergeKnowledgeBases(...bases: KnowledgeBase[]): KnowledgeBase {
  const merge = <T extends { id: string }>(lists: T[][]): T[] => {
    const byId = new Map<string, T>();
    for (const list of lists) for (const entry of list) byId.set(entry.id, { ...(byId.get(entry.id) ?? {}), ...entry });
    return [...byId.values()];
  };
  return {
    companies: merge(bases.map((b) => b.companies)),
    models: merge(bases.map((b) => b.models)),
    metrics: merge(bases.map((b) => b.metrics)),
  };
}
