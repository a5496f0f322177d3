// Fixes, per source site, how V8 words the TypeError for iterating a value that
// is not iterable or destructuring null/undefined (see src/runtime/error-sites.ts):
// V8 names the expression it finds at the error's position, and what it finds
// depends on the construct. Annotates `site` on for-of statements, spread
// elements and array/object patterns; the tiers pass it to the runtime.

import { Iter, Nullish, UNNAMED } from '../runtime/error-sites.js';
import type { Node } from './ast.js';
import { expressionText } from './expression-text.js';
import { ESTREE_FIELDS } from './syntax-node.js';

/** Where a pattern gets its value from: V8's name for it (or UNNAMED), or null where V8 finds no destructuring. */
interface Source {
  /** The name V8 gives the value when an object pattern fails, or null (a plain property read error). */
  object: string | null;
  /** The site of an array pattern's iteration. */
  array: string;
}

const UNKNOWN_ITERATION = Iter.Unread + UNNAMED;
const NOT_FOUND: Source = { object: null, array: UNKNOWN_ITERATION };
/** V8 gives a parameter's default as a conditional expression, each part unnamed. */
const DEFAULTED_PARAMETER: Source = { object: '(intermediate value)'.repeat(3), array: UNKNOWN_ITERATION };

export function annotateErrorSites(root: Node): void {
  visit(root);
}

function visit(node: Node): void {
  switch (node.type) {
    case 'VariableDeclarator':
      if (node.init) place(node.id, { object: expressionText(node.init), array: initialiserSite(node.init) });
      break;
    case 'AssignmentExpression':
      if (node.operator === '=') place(node.left, { object: expressionText(node.right), array: UNKNOWN_ITERATION });
      break;
    case 'ForOfStatement':
    case 'ForInStatement':
      if (node.type === 'ForOfStatement') node.site = node.right.type === 'ChainExpression' ? UNKNOWN_ITERATION : Iter.Named + expressionText(node.right);
      if (node.left.type === 'VariableDeclaration') place(node.left.declarations[0].id, { object: '.for', array: `${Iter.Named}.for` });
      else place(node.left, NOT_FOUND);
      break;
    case 'CatchClause':
      if (node.param) place(node.param, { object: '.catch', array: UNKNOWN_ITERATION });
      break;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      for (const p of node.params as Node[]) {
        if (p.type === 'AssignmentPattern') place(p.left, DEFAULTED_PARAMETER);
        else place(p, { object: UNNAMED, array: UNKNOWN_ITERATION });
      }
      break;
    case 'CallExpression':
    case 'NewExpression': {
      // V8 spreads a lone last spread argument itself, anything else through an array
      const args = node.arguments as Node[];
      const spreads = args.filter((a) => a.type === 'SpreadElement');
      const own = spreads.length === 1 && args[args.length - 1] === spreads[0];
      for (const s of spreads) s.site = own ? Iter.CallSpread + expressionText(s.argument) : UNKNOWN_ITERATION;
      break;
    }
    case 'ArrayExpression':
      for (const e of node.elements as (Node | null)[]) if (e && e.type === 'SpreadElement') e.site = Iter.Named + expressionText(e.argument);
      break;
  }
  for (const field of ESTREE_FIELDS) {
    const child = node[field];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c.type === 'string') visit(c);
    } else if (child && typeof child === 'object' && typeof child.type === 'string') visit(child);
  }
}

/** How V8 names the initialiser of an array pattern that is not iterable: only expressions that start where it looks. */
function initialiserSite(init: Node): string {
  switch (init.type) {
    case 'Identifier':
    case 'ThisExpression':
    case 'Literal':
    case 'TemplateLiteral':
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'UnaryExpression':
    case 'ConditionalExpression':
      return Iter.Named + expressionText(init);
    case 'CallExpression':
      return init.callee.type === 'Identifier' && !init.optional ? Iter.Call + init.callee.name : UNKNOWN_ITERATION;
    case 'NewExpression':
      return Iter.Call + expressionText(init.callee);
    default:
      return UNKNOWN_ITERATION;
  }
}

/** Annotates a binding target (and the patterns nested in it) given where its value comes from. */
function place(target: Node, source: Source): void {
  if (target.type === 'ObjectPattern') {
    target.site = objectSite(target, source.object);
    for (const p of target.properties as Node[]) {
      if (p.type === 'RestElement') place(p.argument, NOT_FOUND);
      else if (p.value.type === 'AssignmentPattern') placeDefaulted(p.value);
      else if (p.value.type === 'ObjectPattern') placeInProperty(p.value, p, source.object);
      else place(p.value, { object: null, array: source.object === null ? UNKNOWN_ITERATION : Iter.Unread + source.object });
    }
  } else if (target.type === 'ArrayPattern') {
    target.site = source.array;
    for (const e of target.elements as (Node | null)[]) {
      if (e === null) continue;
      if (e.type === 'AssignmentPattern') placeDefaulted(e);
      else place(e.type === 'RestElement' ? e.argument : e, NOT_FOUND);
    }
  }
}

/** A nested pattern with a default: V8 names the default (an array pattern's only when it is a name). */
function placeDefaulted(node: Node): void {
  const d = node.right;
  place(node.left, { object: expressionText(d), array: d.type === 'Identifier' ? Iter.Named + d.name : UNKNOWN_ITERATION });
}

/**
 * An object pattern as a property's value (`{ k: { a } }`): V8 reports an empty or
 * computed-first one as the outer property of the outer value, the others as plain reads.
 */
function placeInProperty(pattern: Node, property: Node, outer: string | null): void {
  place(pattern, NOT_FOUND);
  const first = (pattern.properties as Node[])[0];
  if (outer === null || (first !== undefined && (first.type === 'RestElement' || !first.computed))) return;
  pattern.site = property.computed ? Nullish.Whole + outer : `${Nullish.Property}${keyName(property.key)}\u0001${outer}`;
}

/** The site of an object pattern given V8's name for its value (null: none). */
function objectSite(pattern: Node, name: string | null): string {
  const first = (pattern.properties as Node[])[0];
  if (first !== undefined && first.type === 'Property' && !first.computed) {
    const key = keyName(first.key);
    if (name === null || first.value.type === 'AssignmentPattern') return Nullish.Read + key;
    return `${Nullish.Property}${key}\u0001${name}`;
  }
  return name === null ? Nullish.Bare : Nullish.Whole + name;
}

function keyName(key: Node): string {
  return key.type === 'Identifier' ? key.name : String(key.value);
}
