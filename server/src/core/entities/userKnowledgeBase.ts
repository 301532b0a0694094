// A workspace's own knowledge base, `.tickmark/entities.json`: the same shapes as the built-in data.
// It is read as untrusted input: every problem becomes a message at its exact place in the file,
// entries with problems are left out, and the rest (and all built-in data) keep working.
import { parseTree, printParseErrorCode, findNodeAtLocation, type Node, type ParseError } from 'jsonc-parser';
import type { KnowledgeBase } from './knowledgeBaseTypes';

export const userKnowledgeBasePath = '.tickmark/entities.json';

export interface KnowledgeBaseProblem {
  start: number;
  end: number;
  message: string;
}

export interface UserKnowledgeBase {
  knowledgeBase: KnowledgeBase;
  problems: KnowledgeBaseProblem[];
}

type FieldType = 'string' | 'string[]' | 'number' | 'boolean' | 'listings' | 'parameters';
interface Shape {
  required: Record<string, FieldType>;
  optional: Record<string, FieldType>;
  enums?: Record<string, string[]>;
}

const shapes: Record<'companies' | 'models' | 'metrics', Shape> = {
  companies: {
    required: { id: 'string', name: 'string' },
    optional: {
      nameKo: 'string', aliases: 'string[]', weakAliases: 'string[]', sector: 'string', industry: 'string', headquarters: 'string',
      country: 'string', founded: 'string', listings: 'listings', source: 'string',
    },
  },
  models: {
    required: { id: 'string', name: 'string', developer: 'string' },
    optional: {
      family: 'string', released: 'string', parameters: 'parameters', contextWindow: 'number', licence: 'string', openWeights: 'boolean',
      aliases: 'string[]', weakAliases: 'string[]', description: 'string',
    },
  },
  metrics: {
    required: { id: 'string', name: 'string', category: 'string', definition: 'string', unitKind: 'string' },
    optional: { nameKo: 'string', aliases: 'string[]', formula: 'string' },
    enums: {
      category: ['financial', 'ai'],
      unitKind: ['currency', 'percent', 'ratio', 'multiple', 'count', 'score', 'price', 'rating', 'tokens', 'parameters', 'currencyPerToken', 'measure', 'date'],
    },
  },
};

export function parseUserKnowledgeBase(text: string): UserKnowledgeBase {
  const knowledgeBase: KnowledgeBase = { companies: [], models: [], metrics: [] };
  const problems: KnowledgeBaseProblem[] = [];
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) {
    problems.push({ start: e.offset, end: e.offset + Math.max(1, e.length), message: `Invalid JSON: ${describeParseError(printParseErrorCode(e.error))}.` });
  }
  if (!root) return { knowledgeBase, problems };
  if (root.type !== 'object') {
    problems.push({ ...span(root), message: 'Expected an object with "companies", "models" and/or "metrics" arrays.' });
    return { knowledgeBase, problems };
  }
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = keyNode?.value as string;
    if (key === '$schema' || key === '$comment') continue;
    if (key !== 'companies' && key !== 'models' && key !== 'metrics') {
      problems.push({ ...span(keyNode), message: `Unknown property "${key}": expected "companies", "models" or "metrics".` });
      continue;
    }
    if (!valueNode || valueNode.type !== 'array') {
      problems.push({ ...span(valueNode ?? keyNode), message: `"${key}" must be an array of entries.` });
      continue;
    }
    for (const entryNode of valueNode.children ?? []) {
      const entry = readEntry(entryNode, shapes[key], key, problems);
      if (entry) (knowledgeBase[key] as unknown[]).push(entry);
    }
  }
  return { knowledgeBase, problems };
}

function readEntry(node: Node, shape: Shape, list: string, problems: KnowledgeBaseProblem[]): Record<string, unknown> | undefined {
  const what = `an entry of "${list}"`;
  if (node.type !== 'object') {
    problems.push({ ...span(node), message: `Each of "${list}" must be an object.` });
    return undefined;
  }
  const before = problems.length;
  const entry: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = keyNode.value as string;
    const type = shape.required[key] ?? shape.optional[key];
    if (!type) {
      const known = [...Object.keys(shape.required), ...Object.keys(shape.optional)].join(', ');
      problems.push({ ...span(keyNode), message: `Unknown property "${key}" in ${what}; known: ${known}.` });
      continue;
    }
    const problem = checkType(valueNode, type) ?? checkEnum(valueNode, shape.enums?.[key]);
    if (problem) {
      problems.push({ ...span(valueNode), message: `"${key}" ${problem}.` });
      continue;
    }
    entry[key] = valueOf(valueNode);
  }
  for (const key of Object.keys(shape.required)) {
    if (!(key in entry) && !problems.slice(before).some((p) => p.message.startsWith(`"${key}"`))) {
      const idNode = findNodeAtLocation(node, ['id']);
      problems.push({ ...span(idNode ?? node, true), message: `Missing "${key}" in ${what}${entry.id ? ` "${entry.id}"` : ''}.` });
    }
  }
  if (problems.length > before) return undefined;
  if (typeof entry.id === 'string' && entry.id.trim().length === 0) {
    problems.push({ ...span(findNodeAtLocation(node, ['id'])!), message: '"id" must not be empty.' });
    return undefined;
  }
  return entry;
}

function checkType(node: Node, type: FieldType): string | undefined {
  switch (type) {
    case 'string':
      return node.type === 'string' ? undefined : 'must be a string';
    case 'number':
      return node.type === 'number' ? undefined : 'must be a number';
    case 'boolean':
      return node.type === 'boolean' ? undefined : 'must be true or false';
    case 'string[]':
      return node.type === 'array' && (node.children ?? []).every((c) => c.type === 'string') ? undefined : 'must be an array of strings';
    case 'parameters': {
      if (node.type !== 'object') return 'must be an object like { "total": 671000000000, "active": 37000000000 }';
      const bad = (node.children ?? []).find((p) => !['total', 'active'].includes(p.children![0].value) || p.children![1].type !== 'number');
      return bad ? 'may hold only numeric "total" and "active"' : undefined;
    }
    case 'listings': {
      if (node.type !== 'array') return 'must be an array of listings';
      for (const listing of node.children ?? []) {
        if (listing.type !== 'object') return 'must hold objects like { "exchange": "KRX", "code": "005930", "bloomberg": "005930 KS" }';
        const keys = (listing.children ?? []).map((p) => p.children![0].value as string);
        if (!keys.includes('exchange') || !keys.includes('code')) return 'entries need "exchange" and "code"';
        const wrong = (listing.children ?? []).find((p) => !['exchange', 'code', 'bloomberg', 'reuters', 'yahoo'].includes(p.children![0].value) || p.children![1].type !== 'string');
        if (wrong) return `entries may hold only string "exchange", "code", "bloomberg", "reuters", "yahoo" (not "${wrong.children![0].value}")`;
      }
      return undefined;
    }
  }
}

function checkEnum(node: Node, allowed: string[] | undefined): string | undefined {
  if (!allowed || allowed.includes(node.value as string)) return undefined;
  return `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
}

function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'array':
      return (node.children ?? []).map(valueOf);
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0].value, valueOf(p.children![1])]));
    default:
      return node.value;
  }
}

function span(node: Node | undefined, keyOnly = false): { start: number; end: number } {
  if (!node) return { start: 0, end: 1 };
  if (keyOnly && node.parent?.type === 'property') {
    const key = node.parent.children![0];
    return { start: key.offset, end: key.offset + key.length };
  }
  return { start: node.offset, end: node.offset + Math.max(1, node.length) };
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.replace(/^invalid symbol$/, 'unexpected character');
}
