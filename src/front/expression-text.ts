// How V8 names an expression in "x is not a function" / "x is not iterable":
// identifiers and member chains as written (normalised: `o["x"]` is `o.x`,
// operators spaced and parenthesised, a chain of one operator as one group:
// `(a + b + c)`, arithmetic on number literals folded as V8's parser folds it:
// `(1 + 2)()` is "3 is not a function"), calls inside as `f(...)`, string
// literals quoted but not escaped, a template literal as its substitutions,
// anything else computed as "(intermediate value)".

import type { Node } from './ast.js';

const UNKNOWN = '(intermediate value)';

export function expressionText(node: Node): string {
  switch (node.type) {
    case 'Identifier':
      return node.name;
    case 'ThisExpression':
      return 'this';
    case 'Literal':
      return typeof node.value === 'string' ? `"${node.value}"` : String(node.value);
    case 'TemplateLiteral': {
      const plain = plainTemplate(node);
      return plain !== undefined ? `"${plain}"` : (node.expressions as Node[]).map(expressionText).join('');
    }
    case 'MemberExpression': {
      const object = expressionText(node.object);
      const dot = node.optional ? '?.' : '.';
      if (!node.computed) return `${object}${dot}${node.property.name}`;
      const key = node.property;
      const name = key.type === 'Literal' && typeof key.value === 'string' ? key.value : plainTemplate(key);
      if (name !== undefined) return `${object}${dot}${name}`;
      return `${object}${node.optional ? '?.' : ''}[${expressionText(key)}]`;
    }
    case 'CallExpression':
      return `${expressionText(node.callee)}(...)`;
    case 'UnaryExpression': {
      const folded = foldedLiteral(node);
      if (folded !== undefined) return String(folded);
      const word = node.operator === 'typeof' || node.operator === 'void' || node.operator === 'delete';
      return `(${node.operator}${word ? ' ' : ''}${expressionText(node.argument)})`;
    }
    case 'UpdateExpression':
      return node.prefix ? `(${node.operator}${expressionText(node.argument)})` : `(${expressionText(node.argument)}${node.operator})`;
    case 'BinaryExpression':
    case 'LogicalExpression': {
      const folded = foldedLiteral(node);
      if (folded !== undefined) return String(folded);
      return `(${operands(node).map(expressionText).join(` ${node.operator} `)})`;
    }
    case 'SequenceExpression':
      return `(${node.expressions.map(expressionText).join(' , ')})`;
    // (V8 names each part it could not find: the test, then the two branches)
    case 'ConditionalExpression':
      return UNKNOWN.repeat(3);
    case 'AssignmentExpression':
      return expressionText(node.left);
    // (an object literal's values each unnamed; an array literal's elements named)
    case 'ObjectExpression':
      return `{${UNKNOWN.repeat(node.properties.length)}}`;
    case 'ArrayExpression':
      return `[${(node.elements as (Node | null)[]).map((e) => (e === null ? UNKNOWN : expressionText(e))).join(',')}]`;
    case 'SpreadElement':
      return `(...${expressionText(node.argument)})`;
    default:
      return UNKNOWN;
  }
}

/** The text of a template literal without substitutions (V8 parses it as a string literal), or undefined. */
function plainTemplate(node: Node): string | undefined {
  return node.type === 'TemplateLiteral' && node.expressions.length === 0 ? node.quasis[0].value.cooked : undefined;
}

/** Operators whose left-leaning chains V8's parser collapses into one n-ary node (not comparisons, not `**`). */
const NARY = new Set(['+', '-', '*', '/', '%', '|', '^', '&', '<<', '>>', '>>>', '&&', '||', '??']);

/** The operands of a binary node, a left-leaning chain of the same operator flattened (`a + b + c`). */
function operands(node: Node): Node[] {
  const left = node.left;
  if (NARY.has(node.operator) && left.type === node.type && left.operator === node.operator && foldedLiteral(left) === undefined) {
    return [...operands(left), node.right];
  }
  return [left, node.right];
}

/** Binary operators V8's parser folds when both operands are number literals (not comparisons, not string +). */
const FOLDED: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b, '%': (a, b) => a % b,
  '**': (a, b) => a ** b, '|': (a, b) => a | b, '&': (a, b) => a & b, '^': (a, b) => a ^ b,
  '<<': (a, b) => a << b, '>>': (a, b) => a >> b, '>>>': (a, b) => a >>> b,
};

/** The value V8 folds a literal expression to (`-1`, `!0`, `2 * 3`), or undefined: not folded. */
function foldedLiteral(node: Node): number | boolean | undefined {
  if (node.type === 'Literal') return typeof node.value === 'number' || typeof node.value === 'boolean' ? node.value : undefined;
  if (node.type === 'UnaryExpression') {
    const v = foldedLiteral(node.argument);
    if (node.operator === '!' && node.argument.type === 'Literal') return !node.argument.value;
    if (typeof v !== 'number') return undefined;
    return node.operator === '-' ? -v : node.operator === '+' ? v : node.operator === '~' ? ~v : undefined;
  }
  if (node.type === 'BinaryExpression' && FOLDED[node.operator] !== undefined) {
    const a = foldedLiteral(node.left), b = foldedLiteral(node.right);
    if (typeof a === 'number' && typeof b === 'number') return FOLDED[node.operator](a, b);
  }
  return undefined;
}
