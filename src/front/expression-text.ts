// How V8 names an expression in "x is not a function" / "x is not iterable":
// identifiers and member chains as written (normalised: `o["x"]` is `o.x`,
// operators spaced and parenthesised), anything computed as "(intermediate value)".

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
    case 'BinaryExpression':
    case 'LogicalExpression':
      return `(${expressionText(node.left)} ${node.operator} ${expressionText(node.right)})`;
    case 'ObjectExpression':
      return node.properties.length === 0 ? '{}' : '{(intermediate value)}';
    case 'ArrayExpression':
      return node.elements.length === 0 ? '[]' : '[(intermediate value)]';
    default:
      return '(intermediate value)';
  }
}
