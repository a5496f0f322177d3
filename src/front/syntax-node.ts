// One object layout for every syntax node. acorn builds each node type with its
// own set of fields, so a tree-walker's `node.left`, `node.k` ... loads see many
// hidden classes and go megamorphic. The checker copies acorn's tree into
// SyntaxNodes, which declare every ESTree field the language uses and every
// annotation the front end and tiers write, in one fixed order: all nodes share
// one hidden class, and every field load in every tier is monomorphic.

import type { Node } from './ast.js';

/** ESTree fields of the supported node types (copied from acorn's nodes). */
export const ESTREE_FIELDS = [
  'type', 'start', 'end', 'loc',
  'body', 'sourceType', 'expression', 'directive', 'declarations', 'kind', 'id', 'init', 'params', 'generator', 'async',
  'superClass', 'test', 'consequent', 'alternate', 'update', 'left', 'right', 'await', 'label', 'discriminant', 'cases',
  'argument', 'block', 'handler', 'finalizer', 'param', 'name', 'value', 'raw', 'regex', 'bigint', 'quasis', 'expressions',
  'tail', 'elements', 'properties', 'key', 'method', 'shorthand', 'computed', 'operator', 'prefix', 'object', 'property',
  'optional', 'callee', 'arguments', 'static',
] as const;

export class SyntaxNode {
  // ESTree
  type = '';
  start = 0;
  end = 0;
  loc: Node['loc'] = null as never;
  body: unknown = null;
  sourceType: unknown = null;
  expression: unknown = null;
  directive: unknown = null;
  declarations: unknown = null;
  kind: unknown = null;
  id: unknown = null;
  init: unknown = null;
  params: unknown = null;
  generator: unknown = null;
  async: unknown = null;
  superClass: unknown = null;
  test: unknown = null;
  consequent: unknown = null;
  alternate: unknown = null;
  update: unknown = null;
  left: unknown = null;
  right: unknown = null;
  await: unknown = null;
  label: unknown = null;
  discriminant: unknown = null;
  cases: unknown = null;
  argument: unknown = null;
  block: unknown = null;
  handler: unknown = null;
  finalizer: unknown = null;
  param: unknown = null;
  name: unknown = null;
  value: unknown = null;
  raw: unknown = null;
  regex: unknown = null;
  bigint: unknown = null;
  quasis: unknown = null;
  expressions: unknown = null;
  tail: unknown = null;
  elements: unknown = null;
  properties: unknown = null;
  key: unknown = null;
  method: unknown = null;
  shorthand: unknown = null;
  computed: unknown = null;
  operator: unknown = null;
  prefix: unknown = null;
  object: unknown = null;
  property: unknown = null;
  optional: unknown = null;
  callee: unknown = null;
  arguments: unknown = null;
  static: unknown = null;
  // checker annotations
  k = 0;
  op = 0;
  assign = 0;
  /** How V8 words a failed iteration or destructuring here (src/front/error-sites.ts). */
  site: unknown = null;
  // resolver annotations
  mode = 0;
  slot = 0;
  hops = 0;
  tdz = false;
  isConst = false;
  ignoredWrite = false;
  scope: unknown = null;
  info: unknown = null;
  selfScope: unknown = null;
  labels: unknown = null;
  innerId: unknown = null;
  inferredName: unknown = null;
  constructorNode: unknown = null;
  instanceFields: unknown = null;
  staticFields: unknown = null;
  instanceFieldsInfo: unknown = null;
  staticFieldsInfo: unknown = null;
  // per-tier caches and data (owned by the tier named)
  readCache: unknown = null;
  writeCache: unknown = null;
  vm: unknown = null;
  jit: unknown = null;
}

/** A SyntaxNode with the ESTree fields of `source` (children are not copied). */
export function toSyntaxNode(source: Record<string, unknown>): Node {
  const node = new SyntaxNode() as unknown as Record<string, unknown>;
  for (const field of ESTREE_FIELDS) {
    const value = source[field];
    if (value !== undefined) node[field] = value;
  }
  return node as unknown as Node;
}
