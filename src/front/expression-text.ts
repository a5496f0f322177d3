// How V8 names an expression in "x is not a function" / "x is not iterable":
// identifiers and member chains as written (normalised: `o["x"]` is `o.x`,
// operators spaced and parenthesised, arithmetic on number literals folded as
// V8's parser folds it: `(1 + 2)()` is "3 is not a function"), anything
// computed as "(intermediate value)".

import type { Node } from './ast.js';

export function expressionText(node: Node): string {
  switch (node.type) {
    case 'Identifier':
      return node.name;
    case 'ThisExpression':
      return 'this';
    case 'Literal':
      return typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value);
    case 'ChainExpression':
      return expressionText(node.expression);
    case 'MemberExpression': {
      const object = expressionText(node.object);
      const dot = node.optional ? '?.' : '.';
      if (!node.computed) return `${object}${dot}${node.property.name}`;
      const key = node.property;
      if (key.type === 'Literal' && typeof key.value === 'string' && /^[A-Za-z_$][\w$]*$/.test(key.value)) return `${object}${dot}${key.value}`;
      return `${object}${node.optional ? '?.' : ''}[${expressionText(key)}]`;
    }
    case 'UnaryExpression': {
      const folded = foldedLiteral(node);
      if (folded !== undefined) return String(folded);
      const word = node.operator === 'typeof' || node.operator === 'void' || node.operator === 'delete';
      return `(${node.operator}${word ? ' ' : ''}${expressionText(node.argument)})`;
    }
    case 'BinaryExpression':
    case 'LogicalExpression': {
      const folded = foldedLiteral(node);
      if (folded !== undefined) return String(folded);
      return `(${expressionText(node.left)} ${node.operator} ${expressionText(node.right)})`;
    }
    case 'SequenceExpression':
      return `(${node.expressions.map(expressionText).join(' , ')})`;
    // (V8 names each part it could not find: the test, then the two branches)
    case 'ConditionalExpression':
      return '(intermediate value)'.repeat(3);
    case 'AssignmentExpression':
      return expressionText(node.left);
    case 'ObjectExpression':
      return node.properties.length === 0 ? '{}' : '{(intermediate value)}';
    case 'ArrayExpression':
      return node.elements.length === 0 ? '[]' : '[(intermediate value)]';
    default:
      return '(intermediate value)';
  }
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
