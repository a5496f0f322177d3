// Questions the bytecode compiler asks of the resolved tree before it emits
// code for a node: can this expression's code write its destination early,
// could evaluating it assign a variable (so an operand already read from a
// register might change), does a function body mention `this`, can an argument
// be evaluated before a method lookup without anyone noticing.

import type { Node, Program, ResolvedIdentifier } from '../../src/front/ast.js';
import { RefMode } from '../../src/front/ast.js';
import { K } from '../../src/front/syntax.js';

/** Node kinds whose compiled code writes its destination only with its last instruction. */
export function writesDestinationLast(node: Node): boolean {
  switch (node.k as K) {
    case K.Identifier:
    case K.Literal:
    case K.BinaryExpression:
    case K.UnaryExpression:
    case K.MemberExpression:
    case K.CallExpression:
    case K.NewExpression:
    case K.ThisExpression:
    case K.FunctionExpression:
    case K.ArrowFunctionExpression:
      return true;
    default:
      return false;
  }
}

const CHILD_FIELDS = [
  'body', 'declarations', 'init', 'test', 'consequent', 'alternate', 'update', 'left', 'right', 'argument', 'expressions',
  'elements', 'properties', 'key', 'value', 'object', 'property', 'callee', 'arguments', 'expression', 'superClass',
] as const;

const assignsCache = new WeakMap<Node, boolean>();

/** Whether evaluating `node` may assign a variable (so an operand already read from a register could change). */
export function mayAssign(node: Node | null): boolean {
  if (node === null || node === undefined) return false;
  const cached = assignsCache.get(node);
  if (cached !== undefined) return cached;
  let result = false;
  switch (node.k as K) {
    case K.AssignmentExpression:
    case K.UpdateExpression:
    case K.ClassExpression:
      result = true;
      break;
    case K.FunctionExpression:
    case K.ArrowFunctionExpression:
    case K.Identifier:
    case K.Literal:
    case K.ThisExpression:
      result = false;
      break;
    default: {
      const fields = node as unknown as Record<string, unknown>;
      for (const field of CHILD_FIELDS) {
        const child = fields[field];
        if (Array.isArray(child)) {
          for (const c of child) if (c !== null && typeof c === 'object' && mayAssign(c as Node)) result = true;
        } else if (child !== null && typeof child === 'object' && typeof (child as Node).k === 'number' && mayAssign(child as Node)) result = true;
        if (result) break;
      }
    }
  }
  assignsCache.set(node, result);
  return result;
}

/** Whether `node` mentions `this` (or `super`) in the function's own frame. */
export function usesThis(node: Node | null): boolean {
  if (node === null || node === undefined) return false;
  switch (node.k as K) {
    case K.ThisExpression:
    case K.Super:
      return true;
    case K.FunctionExpression:
    case K.ArrowFunctionExpression:
    case K.FunctionDeclaration:
      return false;
    case K.ClassExpression:
    case K.ClassDeclaration:
      return node.superClass !== null && usesThis(node.superClass);
    default: {
      const fields = node as unknown as Record<string, unknown>;
      for (const field of CHILD_FIELDS) {
        const child = fields[field];
        if (Array.isArray(child)) {
          for (const c of child) if (c !== null && typeof c === 'object' && usesThis(c as Node)) return true;
        } else if (child !== null && typeof child === 'object' && typeof (child as Node).k === 'number' && usesThis(child as Node)) return true;
      }
      return false;
    }
  }
}

/** Arguments whose evaluation cannot throw or have effects (so a fused CallMethod may look the method up after them). */
export function isPureArgument(node: Node, program: Program): boolean {
  switch (node.k as K) {
    case K.Literal:
    case K.FunctionExpression:
    case K.ArrowFunctionExpression:
      return true;
    case K.Identifier: {
      const id = node as ResolvedIdentifier;
      if (id.tdz) return false;
      if (id.mode !== RefMode.Global) return true;
      const kind = program.globals[id.slot].kind;
      return kind === 'var' || kind === 'function';
    }
    default:
      return false;
  }
}

export function propertyName(key: Node): string {
  return key.k === K.Identifier ? key.name : String(key.value);
}
