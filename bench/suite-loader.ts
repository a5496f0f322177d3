// Finds benchmark programs and reads their declared metadata without running
// them: each file is parsed with acorn and its `const BENCHMARK = { ... }`
// literal is read, and the `benchmark` and `verify` functions must be declared
// at the top level (the protocol in bench/suite/README.md).

import * as acorn from 'acorn';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { suiteDirectory } from './repo-paths.js';

export interface BenchmarkProgram {
  name: string;
  category: string;
  description: string;
  /** Problem size of a measured iteration. */
  size: number;
  /** Problem size for tests (tiny: timings at this size mean nothing). */
  tinySize: number;
  /** Absolute path of the program. */
  file: string;
  source: string;
}

/** The file does not follow the benchmark protocol. */
export class ProtocolError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: not a benchmark program: ${reason} (see bench/suite/README.md)`);
    this.name = 'ProtocolError';
  }
}

type LiteralValue = string | number | boolean | null;

interface SyntaxNode {
  type: string;
  [key: string]: unknown;
}

/** Reads one program that follows the protocol. */
export function loadBenchmarkProgram(path: string): BenchmarkProgram {
  const file = resolve(path);
  const source = readFileSync(file, 'utf8');
  let root: SyntaxNode;
  try {
    root = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true }) as unknown as SyntaxNode;
  } catch (e) {
    throw new ProtocolError(file, `syntax error: ${(e as Error).message}`);
  }
  const body = root.body as SyntaxNode[];
  const functions = new Set(
    body.filter((n) => n.type === 'FunctionDeclaration').map((n) => (n.id as SyntaxNode).name as string),
  );
  for (const required of ['benchmark', 'verify']) {
    if (!functions.has(required)) throw new ProtocolError(file, `no top-level function ${required}`);
  }
  const fields = readBenchmarkLiteral(file, body);
  const name = typeof fields.name === 'string' ? fields.name : basename(file, '.js');
  const size = fields.size;
  if (typeof size !== 'number' || !Number.isFinite(size)) throw new ProtocolError(file, 'BENCHMARK.size must be a number');
  const tinySize = typeof fields.tinySize === 'number' ? fields.tinySize : size;
  return {
    name,
    category: typeof fields.category === 'string' ? fields.category : 'uncategorised',
    description: typeof fields.description === 'string' ? fields.description : '',
    size,
    tinySize,
    file,
    source,
  };
}

/** Every program of the suite, sorted by name, optionally filtered by a regular expression on the name. */
export function loadSuite(filter?: RegExp, directory: string = suiteDirectory()): BenchmarkProgram[] {
  return readdirSync(directory)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => loadBenchmarkProgram(join(directory, f)))
    .filter((b) => !filter || filter.test(b.name));
}

function readBenchmarkLiteral(file: string, body: SyntaxNode[]): Record<string, LiteralValue> {
  for (const statement of body) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations as SyntaxNode[]) {
      const id = declarator.id as SyntaxNode;
      if (id.type !== 'Identifier' || id.name !== 'BENCHMARK') continue;
      const init = declarator.init as SyntaxNode | null;
      if (!init || init.type !== 'ObjectExpression') throw new ProtocolError(file, 'BENCHMARK must be an object literal');
      const fields: Record<string, LiteralValue> = {};
      for (const property of init.properties as SyntaxNode[]) {
        if (property.type !== 'Property' || property.computed) continue;
        const key = property.key as SyntaxNode;
        const keyName = key.type === 'Identifier' ? (key.name as string) : String(key.value);
        const value = literalValue(property.value as SyntaxNode);
        if (value !== undefined) fields[keyName] = value;
      }
      return fields;
    }
  }
  throw new ProtocolError(file, 'no top-level const BENCHMARK = { name, category, size, tinySize, description }');
}

/** The value of a literal (or a negated numeric literal); undefined for anything else. */
function literalValue(node: SyntaxNode): LiteralValue | undefined {
  if (node.type === 'Literal') {
    const v = node.value;
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : undefined;
  }
  if (node.type === 'UnaryExpression' && node.operator === '-') {
    const inner = literalValue(node.argument as SyntaxNode);
    return typeof inner === 'number' ? -inner : undefined;
  }
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    return ((node.quasis as SyntaxNode[])[0].value as { cooked: string }).cooked;
  }
  return undefined;
}
