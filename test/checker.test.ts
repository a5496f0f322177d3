// The subset checker's errors: every rejected construct is reported with its
// name, the exact line:column, and a code frame whose caret points at it; syntax
// errors are reported the same way; accepted programs pass untouched.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileProgram } from '../src/front/compile.js';
import { CheckError } from '../src/front/diagnostics.js';
import { REJECTED, REJECTED_FEATURES } from '../src/front/syntax.js';

interface Case {
  source: string;
  message: string;
  line: number;
  column: number;
}

/** One program per rejected construct; `line`/`column` are 1-based, where the caret must point. */
const CASES: Case[] = [
  { source: 'let x = 1;\nfunction* gen() {}', message: REJECTED_FEATURES.generator, line: 2, column: 1 },
  { source: 'const f = function* () {};', message: REJECTED_FEATURES.generator, line: 1, column: 11 },
  { source: 'async function f() {}', message: REJECTED_FEATURES.async, line: 1, column: 1 },
  { source: 'const f = async () => 1;', message: REJECTED_FEATURES.async, line: 1, column: 11 },
  { source: 'const o = { get x() { return 1; } };', message: REJECTED_FEATURES.accessor, line: 1, column: 13 },
  { source: 'class A {\n  set x(v) {}\n}', message: REJECTED_FEATURES.accessor, line: 2, column: 3 },
  { source: 'const r = /ab+c/;', message: REJECTED_FEATURES.regex, line: 1, column: 11 },
  { source: 'const big = 10n;', message: REJECTED_FEATURES.bigint, line: 1, column: 13 },
  { source: 'function f() { return arguments[0]; }', message: REJECTED_FEATURES.arguments, line: 1, column: 23 },
  { source: 'eval("1");', message: REJECTED_FEATURES.eval, line: 1, column: 1 },
  { source: 'function F() { return new.target; }', message: REJECTED.MetaProperty, line: 1, column: 23 },
  { source: 'with (Math) { max(1, 2); }', message: REJECTED.WithStatement, line: 1, column: 1 },
  { source: 'debugger;', message: REJECTED.DebuggerStatement, line: 1, column: 1 },
  { source: 'const s = tag`x`;\nfunction tag() {}', message: REJECTED.TaggedTemplateExpression, line: 1, column: 11 },
  { source: 'import("fs");', message: REJECTED.ImportExpression, line: 1, column: 1 },
  { source: 'class A {\n  #secret = 1;\n}', message: REJECTED.PrivateIdentifier, line: 2, column: 3 },
  { source: 'class A {\n  static { }\n}', message: REJECTED.StaticBlock, line: 2, column: 3 },
  { source: 'label: function f() {}', message: REJECTED_FEATURES.labelledFunction, line: 1, column: 1 },
  { source: 'const o = { __proto__: null };', message: REJECTED_FEATURES.protoKey, line: 1, column: 13 },
  { source: 'class A {\n  m() { super.x = 1; }\n}', message: REJECTED_FEATURES.superWrite, line: 2, column: 9 },
  { source: 'class A {\n  m() { [super.x] = [1]; }\n}', message: REJECTED_FEATURES.superWrite, line: 2, column: 9 },
  { source: 'class A {\n  m() { return delete super.x; }\n}', message: REJECTED_FEATURES.superDelete, line: 2, column: 16 },
  { source: 'const n = 1;\nconst boxed = new Number(n);', message: REJECTED_FEATURES.wrapper, line: 2, column: 15 },
  { source: 'const n = 1;\nconst boxed = Object(n);', message: REJECTED_FEATURES.objectOfValue, line: 2, column: 15 },
  { source: 'let y = 1;\n\nlet z = y +;', message: 'SyntaxError: Unexpected token', line: 3, column: 12 },
  { source: 'let a = 1;\nlet a = 2;', message: "SyntaxError: Identifier 'a' has already been declared", line: 2, column: 5 },
  { source: 'function f() {\n  yield 1;\n}\nfunction* g() {}', message: 'SyntaxError: Unexpected token', line: 2, column: 9 },
];

for (const c of CASES) {
  test(`rejects: ${c.message} (${JSON.stringify(c.source.split('\n')[c.line - 1])})`, () => {
    let error: unknown;
    try {
      compileProgram(c.source, 'prog.js');
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof CheckError, `expected a CheckError, got ${String(error)}`);
    assert.equal(error.reason, c.message);
    assert.equal(`${error.line}:${error.column + 1}`, `${c.line}:${c.column}`);
    assert.ok(error.message.startsWith(`prog.js:${c.line}:${c.column}: `), error.message);
    // the caret sits under the reported column of the marked line
    const frame = error.format().split('\n').slice(1);
    const marked = frame.findIndex((l) => l.startsWith('>'));
    assert.ok(marked >= 0, 'the offending line is marked');
    assert.equal(frame[marked + 1].indexOf('^') - frame[marked].indexOf('|'), frame[marked].indexOf('|') >= 0 ? c.column + 1 : -1);
  });
}

test('the first rejected construct in source order is the one reported', () => {
  assert.throws(() => compileProgram('const r = /x/;\nfunction* g() {}', 'p.js'), (e: CheckError) => e.line === 1 && e.reason === REJECTED_FEATURES.regex);
});

test('accepted programs compile, and what looks like a rejected name is fine as a property', () => {
  const program = compileProgram('const o = { arguments: 1, eval: 2 };\no.arguments + o.eval;\nlabel: for (;;) break label;', 'ok.js');
  assert.equal(program.file, 'ok.js');
});

test('every rejected node type and feature has a case', () => {
  const covered = new Set(CASES.map((c) => c.message));
  const modules = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration', 'ExportAllDeclaration', 'YieldExpression', 'AwaitExpression', 'ParenthesizedExpression']);
  for (const [type, message] of Object.entries(REJECTED)) {
    // module syntax and yield/await outside their functions are syntax errors in a script before the checker sees them
    if (!modules.has(type)) assert.ok(covered.has(message), `no case for ${type}`);
  }
  for (const message of Object.values(REJECTED_FEATURES)) if (message !== REJECTED_FEATURES.generator) assert.ok(covered.has(message), `no case for ${message}`);
});
