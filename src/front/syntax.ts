// The language, declared once: every ESTree node type acorn can produce is a row
// here, either supported (with a numeric kind the tiers switch on and a line for
// the language reference) or rejected (with the construct's name for the error).
// The checker, the resolver, the tiers' exhaustive switches and docs/language.md
// are all derived from this table; test/language-doc.test.ts keeps the doc in step.

/** Numeric node kinds, one per supported ESTree type; the tiers switch on these. */
export enum K {
  Program,
  ExpressionStatement,
  BlockStatement,
  EmptyStatement,
  VariableDeclaration,
  VariableDeclarator,
  FunctionDeclaration,
  ClassDeclaration,
  IfStatement,
  ForStatement,
  ForInStatement,
  ForOfStatement,
  WhileStatement,
  DoWhileStatement,
  LabeledStatement,
  BreakStatement,
  ContinueStatement,
  SwitchStatement,
  SwitchCase,
  ReturnStatement,
  ThrowStatement,
  TryStatement,
  CatchClause,
  Identifier,
  Literal,
  TemplateLiteral,
  TemplateElement,
  ThisExpression,
  ArrayExpression,
  ObjectExpression,
  Property,
  SpreadElement,
  FunctionExpression,
  ArrowFunctionExpression,
  UnaryExpression,
  UpdateExpression,
  BinaryExpression,
  LogicalExpression,
  AssignmentExpression,
  ConditionalExpression,
  SequenceExpression,
  MemberExpression,
  ChainExpression,
  CallExpression,
  NewExpression,
  ArrayPattern,
  ObjectPattern,
  AssignmentPattern,
  RestElement,
  ClassExpression,
  ClassBody,
  MethodDefinition,
  PropertyDefinition,
  Super,
}

export type KindName = keyof typeof K;

/** Each supported node type's section and line in the language reference. */
export const SUPPORTED: { readonly [T in KindName]: { readonly section: string; readonly doc: string } } = {
  Program: { section: 'Programs', doc: 'A script (not a module); top-level declarations are globals of the program.' },
  ExpressionStatement: { section: 'Statements', doc: 'An expression evaluated for its effect.' },
  BlockStatement: { section: 'Statements', doc: '`{ ... }` with its own scope for `let`, `const`, `class` and function declarations.' },
  EmptyStatement: { section: 'Statements', doc: '`;`' },
  VariableDeclaration: { section: 'Declarations', doc: '`var` (function-scoped, hoisted), `let` and `const` (block-scoped, with temporal dead zone).' },
  VariableDeclarator: { section: 'Declarations', doc: 'One binding of a declaration, with an optional initialiser; may be a destructuring pattern.' },
  FunctionDeclaration: { section: 'Declarations', doc: 'A function declaration, hoisted to the top of its scope.' },
  ClassDeclaration: { section: 'Declarations', doc: 'A class declaration (block-scoped, temporal dead zone like `let`).' },
  IfStatement: { section: 'Control flow', doc: '`if (...) ... else ...`' },
  ForStatement: { section: 'Control flow', doc: '`for (init; test; update)`, with a fresh `let` binding per iteration.' },
  ForInStatement: { section: 'Control flow', doc: '`for (k in obj)`: enumerable string keys, own then inherited, in JavaScript order.' },
  ForOfStatement: { section: 'Control flow', doc: '`for (x of iterable)` over arrays, strings, `Map`, `Set` and their `keys()/values()/entries()`.' },
  WhileStatement: { section: 'Control flow', doc: '`while (...)`' },
  DoWhileStatement: { section: 'Control flow', doc: '`do ... while (...)`' },
  LabeledStatement: { section: 'Control flow', doc: 'A label on a loop or block, the target of `break label` / `continue label`.' },
  BreakStatement: { section: 'Control flow', doc: '`break` and `break label`.' },
  ContinueStatement: { section: 'Control flow', doc: '`continue` and `continue label`.' },
  SwitchStatement: { section: 'Control flow', doc: '`switch` with strict-equality cases, fall-through and `default` anywhere.' },
  SwitchCase: { section: 'Control flow', doc: 'One `case` or `default` clause.' },
  ReturnStatement: { section: 'Control flow', doc: '`return` with or without a value.' },
  ThrowStatement: { section: 'Exceptions', doc: '`throw` any value.' },
  TryStatement: { section: 'Exceptions', doc: '`try` / `catch` / `finally`; `finally` runs on every exit, including `return`, `break` and `continue`.' },
  CatchClause: { section: 'Exceptions', doc: '`catch (e)`, `catch ({ message })` or `catch` without a binding.' },
  Identifier: { section: 'Expressions', doc: 'A variable, resolved before the program runs to a frame slot, a closure slot or a global.' },
  Literal: { section: 'Expressions', doc: 'Numbers, strings, booleans and `null` (no regular expressions, no BigInt).' },
  TemplateLiteral: { section: 'Expressions', doc: 'Template literals with `${}` substitutions (untagged).' },
  TemplateElement: { section: 'Expressions', doc: 'The text parts of a template literal.' },
  ThisExpression: { section: 'Expressions', doc: '`this` (lexical in arrow functions).' },
  ArrayExpression: { section: 'Expressions', doc: 'Array literals, with holes and spread.' },
  ObjectExpression: { section: 'Expressions', doc: 'Object literals: computed keys, shorthand properties, methods and spread.' },
  Property: { section: 'Expressions', doc: 'One property of an object literal or object pattern (no getters or setters).' },
  SpreadElement: { section: 'Expressions', doc: '`...x` in calls, `new`, array literals and object literals.' },
  FunctionExpression: { section: 'Functions', doc: 'Function expressions, optionally named; default and rest parameters, destructured parameters.' },
  ArrowFunctionExpression: { section: 'Functions', doc: 'Arrow functions with expression or block bodies; lexical `this`.' },
  UnaryExpression: { section: 'Operators', doc: '`-` `+` `!` `~` `typeof` `void` `delete`.' },
  UpdateExpression: { section: 'Operators', doc: '`++` and `--`, prefix and postfix.' },
  BinaryExpression: { section: 'Operators', doc: 'Arithmetic (`+ - * / % **`), comparison (`== != === !== < <= > >=`), bitwise (`& | ^ << >> >>>`), `in`, `instanceof`.' },
  LogicalExpression: { section: 'Operators', doc: '`&&`, `||`, `??` with short-circuit.' },
  AssignmentExpression: { section: 'Operators', doc: '`=` and every compound assignment, including `&&=`, `||=` and `??=`; destructuring assignment.' },
  ConditionalExpression: { section: 'Operators', doc: '`a ? b : c`' },
  SequenceExpression: { section: 'Operators', doc: 'The comma operator.' },
  MemberExpression: { section: 'Expressions', doc: '`a.b`, `a[b]` and the optional `a?.b`.' },
  ChainExpression: { section: 'Expressions', doc: 'An optional chain (`a?.b.c`, `f?.()`).' },
  CallExpression: { section: 'Expressions', doc: 'Calls, method calls (with `this`), spread arguments, `super(...)` and `super.m(...)`.' },
  NewExpression: { section: 'Expressions', doc: '`new C(...)` for classes, functions and the built-in constructors.' },
  ArrayPattern: { section: 'Destructuring', doc: '`[a, , b = 1, ...rest]` in declarations, parameters and assignments.' },
  ObjectPattern: { section: 'Destructuring', doc: '`{ a, b: c, d = 1, [k]: e, ...rest }` in declarations, parameters and assignments.' },
  AssignmentPattern: { section: 'Destructuring', doc: 'A default value in a pattern or parameter.' },
  RestElement: { section: 'Destructuring', doc: 'A rest element in a pattern or parameter list.' },
  ClassExpression: { section: 'Classes', doc: 'Class expressions, optionally named.' },
  ClassBody: { section: 'Classes', doc: 'The body of a class.' },
  MethodDefinition: { section: 'Classes', doc: 'Constructor, methods and static methods (no getters or setters).' },
  PropertyDefinition: { section: 'Classes', doc: 'Instance and static fields, with optional initialisers.' },
  Super: { section: 'Classes', doc: '`super(...)` in a derived constructor and `super.m(...)` in methods.' },
};

/** Node types acorn can produce that the language rejects, with the construct's name. */
export const REJECTED: Record<string, string> = {
  WithStatement: '`with` statements are not supported',
  DebuggerStatement: '`debugger` statements are not supported',
  YieldExpression: 'generators are not supported',
  AwaitExpression: 'async functions are not supported',
  TaggedTemplateExpression: 'tagged templates are not supported',
  MetaProperty: '`new.target` and `import.meta` are not supported',
  ImportExpression: 'dynamic `import()` is not supported',
  ImportDeclaration: 'modules (`import`) are not supported',
  ExportNamedDeclaration: 'modules (`export`) are not supported',
  ExportDefaultDeclaration: 'modules (`export`) are not supported',
  ExportAllDeclaration: 'modules (`export`) are not supported',
  PrivateIdentifier: 'private class members (`#name`) are not supported',
  StaticBlock: 'static initialisation blocks are not supported',
  ParenthesizedExpression: 'parenthesized expression nodes are not supported',
};

/** Constructs rejected inside supported node types (checked by the checker). */
export const REJECTED_FEATURES = {
  generator: 'generators are not supported',
  async: 'async functions are not supported',
  accessor: 'getters and setters are not supported',
  regex: 'regular expressions are not supported',
  bigint: 'BigInt literals are not supported',
  arguments: 'the `arguments` object is not supported (use rest parameters)',
  eval: '`eval` is not supported',
  labelledFunction: 'labelled function declarations are not supported',
  protoKey: '`__proto__` in object literals is not supported',
  wrapper: 'primitive wrapper objects (`new Number`, `new String`, `new Boolean`) are not supported',
} as const;

/** The constructors whose `new` makes a primitive wrapper object (REJECTED_FEATURES.wrapper). */
export const WRAPPER_CONSTRUCTORS: ReadonlySet<string> = new Set(['Number', 'String', 'Boolean']);

export const KIND_NAMES = Object.keys(SUPPORTED) as KindName[];

export function kindOfType(type: string): K | undefined {
  return Object.prototype.hasOwnProperty.call(SUPPORTED, type) ? K[type as KindName] : undefined;
}
