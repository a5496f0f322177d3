// Which global slots a program ever writes after the script's start: every
// assignment, update, declaration or loop binding whose target is a global.
// A function declaration's own binding, set when the script begins, does not
// count, so a global function that nothing else writes holds the same value for
// the whole run: the compiler calls it with CallGlobal, which reads the global
// when the call happens, without a separate LoadGlobal before the arguments.

import type { Node, Program } from '../../src/front/ast.js';
import { RefMode } from '../../src/front/ast.js';
import { ESTREE_FIELDS } from '../../src/front/syntax-node.js';
import { K } from '../../src/front/syntax.js';
import { patternIdentifiers } from '../../src/front/resolve.js';

export function writtenGlobals(program: Program): Set<number> {
  const written = new Set<number>();
  const target = (pattern: Node | null) => {
    if (pattern === null || pattern === undefined) return;
    for (const id of patternIdentifiers(pattern)) if (id.mode === RefMode.Global) written.add(id.slot);
  };
  const visit = (node: Node): void => {
    switch (node.k as K) {
      case K.AssignmentExpression:
        target(node.left);
        break;
      case K.UpdateExpression:
        if (node.argument.k === K.Identifier) target(node.argument);
        break;
      case K.VariableDeclarator:
        target(node.id);
        break;
      case K.ForInStatement:
      case K.ForOfStatement:
        if (node.left.k !== K.VariableDeclaration) target(node.left);
        break;
      case K.ClassDeclaration:
        target(node.id);
        break;
      default:
        break;
    }
    const fields = node as unknown as Record<string, unknown>;
    for (const field of ESTREE_FIELDS) {
      if (field === 'loc' || field === 'type') continue;
      const child = fields[field];
      if (Array.isArray(child)) {
        for (const c of child) if (c !== null && typeof c === 'object' && typeof (c as Node).k === 'number') visit(c as Node);
      } else if (child !== null && typeof child === 'object' && typeof (child as Node).k === 'number') visit(child as Node);
    }
  };
  visit(program.root);
  return written;
}
