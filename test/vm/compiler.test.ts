// What the bytecode compiler emits, asserted as short opcode sequences (the way
// Lua's testes/code.lua pins its code generator), so an optimisation that stops
// firing is caught: registers used in place, fused compare-and-branch, rotated
// loops, CallGlobal, constants as registers. Also: every function of every
// corpus and benchmark program compiles and passes the register checker, and
// the opcode table is consistent with the instruction sizes it derives.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ProgramCompiler } from '../../interpreters/vm/compiler.js';
import type { FunctionCode } from '../../interpreters/vm/function-code.js';
import { instructionSize, OP_SIZE, OPCODE_COUNT, OPCODES, ROWS } from '../../interpreters/vm/opcodes.js';
import { compileProgram } from '../../src/front/compile.js';
import { listPrograms } from '../support/expectations.js';
import { PROGRAMS_DIR, repoPath } from '../support/paths.js';

/** The compiled functions of a program, by name. */
function compile(source: string): Map<string, FunctionCode> {
  const program = compileProgram(source, 'test.js');
  const compiler = new ProgramCompiler(program);
  return new Map(compiler.all().map((fc) => [fc.name, fc]));
}

/** The opcode names of a function, in order. */
function opcodes(fc: FunctionCode): string[] {
  const names: string[] = [];
  for (let pc = 0; pc < fc.code.length; pc += instructionSize(fc.code, pc)) names.push(ROWS[fc.code[pc]].name);
  return names;
}

function ops(source: string, name: string): string[] {
  const fc = compile(source).get(name);
  assert.ok(fc, `no function ${name}`);
  return opcodes(fc);
}

describe('opcode table', () => {
  test('one row per opcode, named as the enum', () => {
    assert.equal(ROWS.length, OPCODE_COUNT);
    assert.equal(Object.keys(OPCODES).length, OPCODE_COUNT);
    assert.equal(new Set(ROWS.map((r) => r.name)).size, OPCODE_COUNT);
    ROWS.forEach((row, op) => {
      assert.equal(OP_SIZE[op], 1 + row.operands.length, row.name);
      assert.ok(row.meaning.length > 0, `${row.name} has no meaning`);
      const list = row.operands.indexOf('list');
      assert.ok(list < 0 || list === row.operands.length - 1, `${row.name}: a list must be the last operand`);
      row.operands.forEach((k, i) => {
        if (k === 'args') assert.equal(row.operands[i + 1], 'count', `${row.name}: a window needs its count`);
      });
    });
  });
});

describe('code generation', () => {
  test('arithmetic on locals is one instruction into the destination', () => {
    assert.deepEqual(ops('function f(a, b) { const c = a * b + 1; return c; }', 'f'), ['Mul', 'Add', 'Return']);
  });

  test('an if on a comparison is one fused compare-and-branch', () => {
    assert.deepEqual(ops('function f(n) { if (n < 2) return n; return 0; }', 'f'), ['JumpIfNotLt', 'Return', 'Return']);
  });

  test('a counted loop is rotated: the back-edge tests the condition', () => {
    assert.deepEqual(ops('function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }', 'f'), [
      'Move', 'Move', 'JumpIfNotLt', 'Add', 'Inc', 'LoopIfLt', 'Return',
    ]);
  });

  test('a while loop on a plain value tests it at the back-edge', () => {
    assert.deepEqual(ops('function f(node) { let n = 0; while (node) { n++; node = node.next; } return n; }', 'f'), [
      'Move', 'JumpIfFalse', 'Inc', 'GetNamed', 'LoopIfTrue', 'Return',
    ]);
  });

  test('a global function nothing reassigns is called with CallGlobal', () => {
    assert.deepEqual(ops('function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }', 'fib'), [
      'JumpIfNotLt', 'Move', 'Jump', 'Sub', 'CallGlobal', 'Sub', 'CallGlobal', 'Add', 'Return',
    ]);
    // reassigned: loaded before the arguments, as the language orders it
    assert.deepEqual(ops('function g(x) { return h(x); } function h(x) { return x; } h = g;', 'g'), ['LoadGlobal', 'Call', 'Return']);
  });

  test('arguments are passed from their registers (no copies)', () => {
    assert.deepEqual(ops('function f(a, b) { return g(b, a); } function g(x, y) { return x - y; }', 'f'), ['CallGlobal', 'Return']);
  });

  test('a later argument that assigns an earlier one forces a copy', () => {
    assert.deepEqual(ops('function f(a) { return g(a, a = 2); } function g(x, y) { return x - y; }', 'f'), ['Move', 'Move', 'CallGlobal', 'Return']);
  });

  test('a method call with plain arguments is one CallMethod', () => {
    assert.deepEqual(ops('function f(o, x) { return o.m(x, 1); }', 'f'), ['CallMethod', 'Return']);
    // an argument that could throw keeps the lookup before it
    assert.deepEqual(ops('function f(o, x) { return o.m(x.y); }', 'f'), ['GetNamed', 'GetNamed', 'CallThis', 'Return']);
  });

  test('`this` arrives in a register; property writes store the value from where it is', () => {
    assert.deepEqual(ops('class P { constructor(x) { this.x = x; this.y = 0; } }', 'P'), ['SetNamed', 'SetNamed', 'Return']);
  });

  test('constants are registers, not loads', () => {
    const fc = compile('function f(x) { return x + 0.5; }').get('f')!;
    assert.deepEqual(opcodes(fc), ['Add', 'Return']);
    assert.equal(fc.registerTemplate[fc.code[3]], 0.5);
  });

  test('a finally block is compiled once and dispatches on the completion', () => {
    const names = ops('function f(a) { for (;;) { try { if (a) return 1; break; } finally { a = 0; } } return 2; }', 'f');
    assert.equal(names.filter((n) => n === 'EndFinally').length, 1);
    assert.ok(names.includes('JumpIfInt'));
  });
});

describe('every program compiles and verifies', () => {
  const sources: [string, string][] = [
    ...listPrograms(PROGRAMS_DIR).map((p) => [p, readFileSync(join(PROGRAMS_DIR, p), 'utf8')] as [string, string]),
    ...readdirSync(repoPath('bench/suite')).filter((f) => f.endsWith('.js')).map((f) => [`bench/${f}`, readFileSync(repoPath('bench/suite', f), 'utf8')] as [string, string]),
  ];
  test(`${sources.length} programs`, () => {
    let functions = 0;
    for (const [name, source] of sources) {
      let program;
      try {
        program = compileProgram(source, name);
      } catch {
        continue; // programs the checker rejects (they test the checker)
      }
      functions += new ProgramCompiler(program).all().length; // finish() verifies each function
    }
    assert.ok(functions > sources.length);
  });
});
