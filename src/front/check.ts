// The subset checker: walks every node acorn produced, copies it into the
// uniform SyntaxNode layout, stamps its numeric kind (`node.k`) and rejects, with the construct's name, anything the language leaves
// out: rejected node types come from syntax.ts's REJECTED table, rejected features
// of supported nodes from REJECTED_FEATURES.

import type { Node } from './ast.js';
import { BINARY_OPERATORS, LOGICAL_OPERATORS, UNARY_OPERATORS, assignmentOperator } from './operators.js';
import { REJECTED, REJECTED_FEATURES, WRAPPER_CONSTRUCTORS, kindOfType } from './syntax.js';
import { ESTREE_FIELDS, toSyntaxNode } from './syntax-node.js';

export interface Rejection {
  node: Node;
  reason: string;
}

/**
 * Copies acorn's tree into SyntaxNodes (one hidden class for all nodes), stamps
 * each node's numeric kind (`node.k`) and operator code, and finds the first
 * rejected construct in source order (null when the program is in the subset).
 */
export function checkSubset(acornRoot: Node): { root: Node; rejection: Rejection | null } {
  let found: Rejection | null = null;
  const reject = (node: Node, reason: string) => {
    if (!found || node.start < found.node.start) found = { node, reason };
  };

  const visit = (original: Node, parent: Node | null): Node => {
    const node = toSyntaxNode(original);
    const kind = kindOfType(node.type);
    if (kind === undefined) {
      reject(node, REJECTED[node.type] ?? `${node.type} is not supported`);
      return node;
    }
    node.k = kind;
    stampOperator(node);
    if (node.type === 'Identifier') node.name = internName(node.name);
    else if (node.type === 'Literal' && typeof node.value === 'string' && node.value.length <= 64) node.value = internName(node.value);
    const feature = rejectedFeature(node, parent, original);
    if (feature) reject(node, feature);
    for (const field of ESTREE_FIELDS) {
      if (field === 'loc' || field === 'regex') continue;
      const fields = node as Record<string, unknown>;
      const value = fields[field] as Node | Node[] | null;
      if (Array.isArray(value)) {
        fields[field] = value.map((item) => (item && typeof item.type === 'string' ? visit(item, node) : item));
      } else if (value && typeof value === 'object' && typeof value.type === 'string') {
        fields[field] = visit(value, node);
      }
    }
    return node;
  };
  const root = visit(acornRoot, null);
  return { root, rejection: found };
}

/**
 * `Object(x)` / `new Object(x)` with an argument: of a primitive, a wrapper object, which the
 * language has not (see REJECTED_FEATURES.wrapper); without one it is a plain new object.
 */
function objectOfValue(node: Node): string | null {
  return node.callee.type === 'Identifier' && node.callee.name === 'Object' && node.arguments.length > 0 ? REJECTED_FEATURES.objectOfValue : null;
}

/** `original` is acorn's node, which the parent's fields still point to while its children are visited. */
function rejectedFeature(node: Node, parent: Node | null, original: Node): string | null {
  switch (node.type) {
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      if (node.generator) return REJECTED_FEATURES.generator;
      if (node.async) return REJECTED_FEATURES.async;
      return null;
    case 'Property':
      if (node.kind === 'get' || node.kind === 'set') return REJECTED_FEATURES.accessor;
      if (parent?.type === 'ObjectExpression' && !node.computed && !node.shorthand && !node.method && propertyName(node.key) === '__proto__')
        return REJECTED_FEATURES.protoKey;
      return null;
    case 'MethodDefinition':
      if (node.kind === 'get' || node.kind === 'set') return REJECTED_FEATURES.accessor;
      return null;
    case 'Literal':
      if (node.regex) return REJECTED_FEATURES.regex;
      if (node.bigint !== null && node.bigint !== undefined) return REJECTED_FEATURES.bigint;
      return null;
    case 'Identifier':
      if (node.name === 'arguments' && isReference(original, parent)) return REJECTED_FEATURES.arguments;
      if (node.name === 'eval' && isReference(original, parent)) return REJECTED_FEATURES.eval;
      return null;
    case 'LabeledStatement':
      if (node.body.type === 'FunctionDeclaration') return REJECTED_FEATURES.labelledFunction;
      return null;
    case 'NewExpression':
      if (node.callee.type === 'Identifier' && WRAPPER_CONSTRUCTORS.has(node.callee.name)) return REJECTED_FEATURES.wrapper;
      return objectOfValue(node);
    case 'CallExpression':
      return objectOfValue(node);
    case 'VariableDeclaration':
      if (node.kind !== 'var' && node.kind !== 'let' && node.kind !== 'const') return `\`${node.kind}\` declarations are not supported`;
      return null;
    case 'ForOfStatement':
      if (node.await) return 'for await...of is not supported';
      return writesSuper(node.left) ? REJECTED_FEATURES.superWrite : null;
    case 'ForInStatement':
    case 'AssignmentExpression':
    case 'AssignmentPattern':
      return writesSuper(node.left) ? REJECTED_FEATURES.superWrite : null;
    case 'UnaryExpression':
      return node.operator === 'delete' && writesSuper(node.argument) ? REJECTED_FEATURES.superDelete : null;
    case 'UpdateExpression':
    case 'RestElement':
      return writesSuper(node.argument) ? REJECTED_FEATURES.superWrite : null;
    case 'ArrayPattern':
      return (node.elements as (Node | null)[]).some((e) => e !== null && writesSuper(e)) ? REJECTED_FEATURES.superWrite : null;
    case 'ObjectPattern':
      return (node.properties as Node[]).some((p) => p.type === 'Property' && writesSuper(p.value)) ? REJECTED_FEATURES.superWrite : null;
    default:
      return null;
  }
}

/** A write target (or `delete` operand) that is a `super` property (`super.x = 1`, `super[k]++`, `[super.x] = a`). */
function writesSuper(target: Node): boolean {
  return target.type === 'MemberExpression' && target.object.type === 'Super';
}

function propertyName(key: Node): string | null {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal') return String(key.value);
  return null;
}

/** An Identifier that names a variable (not a property name or a label). */
function isReference(node: Node, parent: Node | null): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return parent.object === node || parent.computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return parent.value === node || (parent.computed && parent.key === node);
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return false;
    default:
      return true;
  }
}

/** Numeric operator codes (`node.op`, and `node.assign` for assignments) from operators.ts. */
function stampOperator(node: Node): void {
  switch (node.type) {
    case 'BinaryExpression':
      node.op = BINARY_OPERATORS[node.operator];
      return;
    case 'LogicalExpression':
      node.op = LOGICAL_OPERATORS[node.operator];
      return;
    case 'UnaryExpression':
      node.op = UNARY_OPERATORS[node.operator];
      return;
    case 'UpdateExpression':
      node.op = node.operator === '++' ? 1 : -1;
      return;
    case 'AssignmentExpression': {
      const { kind, op } = assignmentOperator(node.operator);
      node.assign = kind;
      node.op = op;
      return;
    }
  }
}

/**
 * The engine's canonical copy of a name (acorn's names are slices of the source).
 * Interned names compare by identity, which makes shape lookups and inline-cache
 * key checks pointer comparisons.
 */
const interned = new Map<string, string>();
function internName(name: string): string {
  let canonical = interned.get(name);
  if (canonical === undefined) {
    canonical = Object.keys({ [name]: 0 })[0];
    interned.set(canonical, canonical);
  }
  return canonical;
}
