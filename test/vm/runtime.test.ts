// The VM while it runs: type feedback (bytes per site, the warm-up window),
// execution counters, inline-cache states (mono, poly, mega), stack traces with
// the failing instruction's line:column, and frames recycled across calls.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FEEDBACK_BUDGET, feedbackBytes, TypeBits } from '../../interpreters/vm/feedback.js';
import type { FunctionCode } from '../../interpreters/vm/function-code.js';
import { CacheState } from '../../interpreters/vm/inline-cache.js';
import { instructionSize, Op } from '../../interpreters/vm/opcodes.js';
import { Vm } from '../../interpreters/vm/vm.js';
import { compileProgram } from '../../src/front/compile.js';
import { createRealm } from '../../src/runtime/builtins/index.js';
import { getProperty } from '../../src/runtime/properties.js';
import { JSThrow } from '../../src/runtime/realm.js';

/** Runs a program on a fresh VM; returns its output and its compiled functions by name. */
function run(source: string): { out: string; fn: (name: string) => FunctionCode; vm: Vm } {
  const program = compileProgram(source, 'test.js');
  let out = '';
  const realm = createRealm({ write: (t) => (out += t), writeError: () => {} });
  const vm = new Vm(realm, program);
  realm.tier = vm;
  realm.bindProgram(program);
  vm.runScript();
  const fn = (name: string) => {
    const fc = vm.compiler.compiledSoFar().find((f) => f.name === name);
    assert.ok(fc, `${name} was not compiled`);
    return fc;
  };
  return { out, fn, vm };
}

/** The operand offset of the first instruction with opcode `op` in `fc`. */
function find(fc: FunctionCode, op: Op): number {
  for (let pc = 0; pc < fc.code.length; pc += instructionSize(fc.code, pc)) if (fc.code[pc] === op) return pc;
  throw new Error(`no such instruction in ${fc.name}`);
}

describe('type feedback', () => {
  test('an int32 site, a double site, a string site', () => {
    const { fn } = run(`
      function ints(a, b) { return a + b; }
      function mixed(a, b) { return a * b; }
      function strings(a, b) { return a + b; }
      for (let i = 0; i < 10; i++) { ints(i, 1); mixed(i, 0.5); strings('x', i); }
    `);
    const site = (name: string, op: Op) => {
      const fc = fn(name);
      const pc = find(fc, op);
      return feedbackBytes(fc.feedback[fc.code[pc + 4]]);
    };
    assert.deepEqual(site('ints', Op.Add), [TypeBits.Int32, TypeBits.Int32, TypeBits.Int32]);
    const [l, r, result] = site('mixed', Op.Mul);
    assert.equal(l, TypeBits.Int32);
    assert.equal(r, TypeBits.Double);
    assert.equal(result, TypeBits.Int32 | TypeBits.Double);
    assert.deepEqual(site('strings', Op.Add), [TypeBits.String, TypeBits.Int32, TypeBits.String]);
  });

  test('element sites record receiver, key and value', () => {
    const { fn } = run('function get(a, i) { return a[i]; } get([1.5, 2.5], 0); get([1, 2], 1);');
    const fc = fn('get');
    const [receiver, key, value] = feedbackBytes(fc.feedback[fc.code[find(fc, Op.GetElem) + 4]]);
    assert.equal(receiver, TypeBits.Array);
    assert.equal(key, TypeBits.Int32);
    assert.equal(value, TypeBits.Double | TypeBits.Int32);
  });

  test('recording stops when the warm-up window is spent, and resumes when the budget is set again', () => {
    const { fn } = run(`function f(x) { return x + 1; } for (let i = 0; i < ${FEEDBACK_BUDGET + 10}; i++) f(i); `);
    const fc = fn('f');
    assert.ok(fc.feedbackBudget < 0);
    assert.equal(fc.calls, FEEDBACK_BUDGET + 10);
    assert.equal(feedbackBytes(fc.feedback[0])[0], TypeBits.Int32);
  });

  test('entry and back-edge counters', () => {
    const { fn } = run('function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; } f(5); f(7);');
    const fc = fn('f');
    assert.equal(fc.calls, 2);
    assert.equal(fc.loopCounts.length, 1);
    assert.equal(fc.loopCounts[0], 4 + 6); // the back-edge runs once less than the body
    assert.equal(fc.code[fc.loopHeaders[0] - 5], Op.JumpIfNotLt);
  });
});

describe('inline caches', () => {
  test('monomorphic, polymorphic and megamorphic sites', () => {
    const { fn } = run(`
      function getX(o) { return o.x; }
      const shapes = [{ x: 1 }, { a: 0, x: 2 }, { b: 0, x: 3 }, { c: 0, x: 4 }, { d: 0, x: 5 }];
      function mono() { for (let i = 0; i < 5; i++) getX(shapes[0]); }
      function readAll(n) { let s = 0; for (let i = 0; i < 20; i++) s += shapes[i % n].x; return s; }
      mono(); readAll(2); readAll(5);
    `);
    const cacheOf = (name: string) => fn(name).caches[0];
    assert.equal(cacheOf('getX').state, CacheState.Monomorphic);
    assert.equal(cacheOf('getX').misses, 1);
    const all = fn('readAll').caches[0];
    assert.equal(all.state, CacheState.Megamorphic);
    assert.ok(all.megamorphicUses > 0);
  });

  test('a method on the prototype, then the prototype changes', () => {
    const { out } = run(`
      class A { m() { return 1; } }
      const a = new A();
      let s = 0;
      for (let i = 0; i < 3; i++) s += a.m();
      A.prototype.m = function () { return 10; };
      for (let i = 0; i < 3; i++) s += a.m();
      console.log(s);
    `);
    assert.equal(out, '33\n');
  });
});

describe('errors and stack traces', () => {
  test('the stack names the failing instruction\'s line and column', () => {
    const source = 'function inner(o) {\n  return o.missing.x;\n}\nfunction outer() {\n  return inner({});\n}\nouter();\n';
    const program = compileProgram(source, 'trace.js');
    const realm = createRealm({ write: () => {}, writeError: () => {} });
    const vm = new Vm(realm, program);
    realm.tier = vm;
    realm.bindProgram(program);
    try {
      vm.runScript();
      assert.fail('no error');
    } catch (e) {
      assert.ok(e instanceof JSThrow);
      const stack = getProperty(realm, e.value, 'stack') as string;
      assert.equal(stack.split('\n').slice(0, 4).join('\n'), [
        "TypeError: Cannot read properties of undefined (reading 'x')",
        '    at inner (trace.js:2:10)',
        '    at outer (trace.js:5:10)',
        '    at <script> (trace.js:7:1)',
      ].join('\n'));
    }
  });

  test('deep recursion reuses frames and unwinds cleanly after a stack overflow', () => {
    const { out } = run(`
      function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }
      function forever(n) { return forever(n + 1) + 1; }
      let caught = 0;
      for (let i = 0; i < 3; i++) { try { forever(0); } catch (e) { caught++; } }
      console.log(down(5000), caught);
    `);
    assert.equal(out, '5000 3\n');
  });
});
