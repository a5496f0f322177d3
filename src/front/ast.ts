// The shared program representation: acorn's ESTree nodes, annotated in place by
// the checker (numeric kind `k`) and the resolver (slots, scopes, function info).
// Every tier reads these annotations; none of them looks a name up at run time.

import type { K } from './syntax.js';

/** An ESTree node after checking and resolution. Fields are those of ESTree plus annotations. */
export interface Node {
  type: string;
  k: K;
  start: number;
  end: number;
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [field: string]: any;
}

/** Where a resolved identifier lives. */
export const enum RefMode {
  /** A register of the current function's frame: `regs[slot]`. */
  Register = 0,
  /** A slot of a heap context, `hops` parents up from the current one: `ctx[slot]`. */
  Context = 1,
  /** A global slot of the program (top-level declarations, builtins, implicit globals). */
  Global = 2,
}

/** Annotations the resolver writes on every Identifier that names a variable. */
export interface ResolvedIdentifier extends Node {
  name: string;
  mode: RefMode;
  slot: number;
  hops: number;
  /** Reading may find the binding uninitialised (temporal dead zone): check for HOLE. */
  tdz: boolean;
  /** The binding is `const` (or a class's inner name): assignment is a TypeError. */
  isConst: boolean;
  /** A sloppy-mode assignment to a read-only binding (a named function expression's own name): it is ignored. */
  ignoredWrite: boolean;
}

/** Annotations on a node that opens a scope (block, loop head, switch, catch, class, function, program). */
export interface ScopeInfo {
  /** Size of the heap context this scope allocates on entry (slot 0 is the parent), or 0 for none. */
  contextSize: number;
  /** Registers to set to HOLE on entry (lexical bindings with a temporal dead zone). */
  holeRegisters: number[];
  /** Context slots to set to HOLE on entry. */
  holeContextSlots: number[];
  /** Function declarations hoisted to this scope, instantiated on entry. */
  functions: Node[];
}

export type GlobalKind = 'var' | 'let' | 'const' | 'function' | 'class' | 'implicit';

export interface GlobalInfo {
  name: string;
  kind: GlobalKind;
}

/** An identifier that names no declared variable: a global made by sloppy assignment, or nothing yet. */
export function isImplicitGlobal(id: ResolvedIdentifier, program: Program): boolean {
  return id.mode === RefMode.Global && program.globals[id.slot].kind === 'implicit';
}

/** Per-function facts every tier needs; attached to function nodes as `node.info`. */
export interface FunctionInfo {
  id: number;
  name: string;
  node: Node;
  /** 'script' for the top level, 'fields' for a class's synthetic field initialiser. */
  kind: 'script' | 'function' | 'arrow' | 'method' | 'constructor' | 'fields';
  /** Registers the frame needs. */
  registerCount: number;
  /** The function scope (parameters, `var`s, top-level lexical declarations of the body). */
  scope: ScopeInfo;
  /** Parameters are plain identifiers (no defaults, patterns or rest): bind by position. */
  simpleParams: boolean;
  /** `fn.length`: parameters before the first default or rest. */
  length: number;
  /** The identifier bound to the function itself (named function expressions), if used. */
  selfBinding: ResolvedIdentifier | null;
  /** For a class constructor: the class has `extends`. */
  derived: boolean;
  /** Strict-mode code (a class member, or under "use strict"). */
  strict: boolean;
  /** Where its source text (Function.prototype.toString) begins: a method's at `async`, `get`, `*` or its key, after `static`; otherwise the node's start. */
  sourceStart: number;
  line: number;
  column: number;
}

export interface Program {
  file: string;
  source: string;
  root: Node;
  script: FunctionInfo;
  functions: FunctionInfo[];
  globals: GlobalInfo[];
}
