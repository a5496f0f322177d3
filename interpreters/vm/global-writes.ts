// Which global slots a program ever writes after the script's start: every
// assignment, update, declaration or loop binding whose target is a global.
// A function declaration's own binding, set when the script begins, does not
// count, so a global function that nothing else writes holds the same value for
// the whole run: the compiler calls it with CallGlobal, which reads the global
// when the call happens, without a separate LoadGlobal before the arguments.
// And which it writes other than by a let, const or class declaration's own
// initialisation: such a global, once initialised (no longer in its temporal
// dead zone), keeps its value for good (the JIT compiles it in as a constant).

import type { Node, Program } from '../../src/front/ast.js';
import { RefMode } from '../../src/front/ast.js';
import { ESTREE_FIELDS } from '../../src/front/syntax-node.js';
import { K } from '../../src/front/syntax.js';
import { patternIdentifiers } from '../../src/front/resolve.js';

export function writtenGlobals(program: Program): Set<number> {
  return globalWrites(program, true);
}

/** The global slots written other than by the initialisation of a let, const or class declaration. */
export function reassignedGlobals(program: Program): Set<number> {
  return globalWrites(program, false);
}

function globalWrites(program: Program, lexicalDeclarations: boolean): Set<number> {
  const written = new Set<number>();
  const target = (pattern: Node | null) => {
    if (pattern === null || pattern === undefined) return;
    for (const id of patternIdentifiers(pattern)) if (id.mode === RefMode.Global) written.add(id.slot);
  };
  // (`ofLexical`: node is a declarator of a let or const declaration, which initialises its bindings once)
  const visit = (node: Node, ofLexical: boolean): void => {
    switch (node.k as K) {
      case K.AssignmentExpression:
        target(node.left);
        break;
      case K.UpdateExpression:
        if (node.argument.k === K.Identifier) target(node.argument);
        break;
      case K.VariableDeclarator:
        if (lexicalDeclarations || !ofLexical) target(node.id);
        break;
      case K.ForInStatement:
      case K.ForOfStatement:
        if (node.left.k !== K.VariableDeclaration) target(node.left);
        break;
      case K.ClassDeclaration:
        if (lexicalDeclarations) target(node.id);
        break;
      default:
        break;
    }
    const lexical = node.k === K.VariableDeclaration && node.kind !== 'var';
    const fields = node as unknown as Record<string, unknown>;
    for (const field of ESTREE_FIELDS) {
      if (field === 'loc' || field === 'type') continue;
      const child = fields[field];
      if (Array.isArray(child)) {
        for (const c of child) if (c !== null && typeof c === 'object' && typeof (c as Node).k === 'number') visit(c as Node, lexical);
      } else if (child !== null && typeof child === 'object' && typeof (child as Node).k === 'number') visit(child as Node, lexical);
    }
  };
  visit(program.root, false);
  return written;
}
