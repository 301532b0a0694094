// Loads the built-in knowledge base that ships next to the bundles (dist/knowledge-base.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from './core/entities/knowledgeBaseTypes';

export function loadBuiltInKnowledgeBase(report: (message: string) => void, path = join(__dirname, 'knowledge-base.json')): KnowledgeBase {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<KnowledgeBase>;
    return { companies: data.companies ?? [], models: data.models ?? [], metrics: data.metrics ?? [] };
  } catch (error) {
    // Without it Tickmark still reads structure and numbers; say why entities are missing.
    report(`Tickmark: could not load the built-in knowledge base at ${path}: ${(error as Error).message}`);
    return { companies: [], models: [], metrics: [] };
  }
}
