// The recorder driven by hand with a fake clock: exact tottime/cumtime/ncalls
// by the cProfile rules (recursion counted once in cumtime, primitive calls),
// unwinding by exceptions, mode switches, JIT compile events and line events.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Profile } from '../../src/profile/model.js';
import { fn, harness, info } from './synthetic.js';

const A = fn(info(1, 'a', 3));
const B = fn(info(2, 'b', 7));

function row(p: Profile, label: string) {
  const f = p.functions.find((x) => x.label === label);
  assert.ok(f, `no row ${label} in ${p.functions.map((x) => x.label).join(', ')}`);
  return f;
}

test('nested calls: self and cumulative time, edges, and the root', () => {
  const h = harness();
  h.at(1);
  h.enter(A);
  h.at(2);
  h.enter(B);
  h.at(5);
  h.exit();
  h.at(6);
  h.exit();
  h.at(10);
  const p = h.finish();
  assert.deepEqual([row(p, 'a').tottime, row(p, 'a').cumtime], [2, 5]);
  assert.deepEqual([row(p, 'b').tottime, row(p, 'b').cumtime], [3, 3]);
  assert.deepEqual([row(p, '<script>').tottime, row(p, '<script>').cumtime], [5, 10]);
  assert.equal(p.totalMs, 10);
  assert.equal(p.functions.reduce((s, f) => s + f.tottime, 0), 10);
  const ab = p.edges.find((e) => e.caller === row(p, 'a').id && e.callee === row(p, 'b').id)!;
  assert.deepEqual([ab.ncalls, ab.tottime, ab.cumtime], [1, 3, 3]);
});

test('recursion: ncalls total/primitive, cumtime counted on the outermost call only', () => {
  const h = harness();
  h.at(0);
  h.enter(A); // a(2)
  h.at(1);
  h.enter(A); // a(1)
  h.at(2);
  h.enter(A); // a(0)
  h.at(3);
  h.exit();
  h.at(4);
  h.exit();
  h.at(5);
  h.exit();
  const p = h.finish();
  const a = row(p, 'a');
  assert.deepEqual([a.ncalls, a.primitiveCalls, a.tottime, a.cumtime], [3, 1, 5, 5]);
  const self = p.edges.find((e) => e.caller === a.id && e.callee === a.id)!;
  assert.deepEqual([self.ncalls, self.primitiveCalls, self.cumtime], [2, 1, 3]);
  // The call tree keeps each depth apart: <script> → a → a → a.
  assert.deepEqual(p.callTree.map((n) => [n.parent, n.calls, n.self, n.total]), [
    [-1, 1, 0, 5],
    [0, 1, 2, 5],
    [1, 1, 2, 3],
    [2, 1, 1, 1],
  ]);
});

test('unwind closes every call deeper than the catching depth', () => {
  const h = harness();
  h.at(0);
  h.enter(A); // depth 1: the try is here
  h.at(1);
  h.enter(B); // depth 2
  h.at(2);
  h.enter(B); // depth 3, throws
  h.at(4);
  h.unwind(1);
  h.at(6);
  h.enter(B); // called by a again
  h.at(7);
  h.exit();
  h.at(8);
  h.exit();
  const p = h.finish();
  const a = row(p, 'a');
  const b = row(p, 'b');
  assert.deepEqual([b.ncalls, b.primitiveCalls, b.cumtime], [3, 2, 4]);
  assert.deepEqual([a.tottime, a.cumtime], [8 - 4, 8]);
  const ab = p.edges.find((e) => e.caller === a.id && e.callee === b.id)!;
  assert.equal(ab.ncalls, 2);
  assert.equal(p.warnings.length, 0);
});

test('mode switches, JIT compile time and deopts', () => {
  const h = harness();
  h.at(0);
  h.enter(A, 'vm');
  h.at(2);
  h.recorder.compiled(A, 1); // compiled from t=1 to t=2, inside a [vm]
  h.recorder.switchMode('wasm'); // OSR
  h.at(5);
  h.recorder.deoptimized(A, 'type guard');
  h.recorder.switchMode('vm');
  h.at(6);
  h.exit();
  const p = h.finish();
  assert.deepEqual([row(p, 'a [vm]').ncalls, row(p, 'a [vm]').tottime, row(p, 'a [vm]').cumtime], [1, 2, 6]);
  assert.deepEqual([row(p, 'a [wasm]').ncalls, row(p, 'a [wasm]').tottime], [0, 3]);
  assert.deepEqual([row(p, 'a [compile]').ncalls, row(p, 'a [compile]').tottime], [1, 1]);
  assert.equal(p.functions.reduce((s, f) => s + f.tottime, 0), p.totalMs);
  assert.deepEqual(p.jit, [{ name: 'a', file: 'p.js', line: 3, compiles: 1, compileMs: 1, deopts: 1, deoptReasons: { 'type guard': 1 } }]);
});

test('line events: hits, self time and time including calls', () => {
  const h = harness({ lines: true });
  assert.equal(typeof h.recorder.line, 'function');
  h.at(0);
  h.recorder.line!(10); // top level, line 10: calls a
  h.at(1);
  h.enter(A);
  h.recorder.line!(4);
  h.at(3);
  h.recorder.line!(5);
  h.at(4);
  h.exit();
  h.at(5);
  h.recorder.line!(11);
  h.at(7);
  const p = h.finish();
  assert.deepEqual(p.lines, [
    { line: 4, hits: 1, self: 2, inclusive: 2 },
    { line: 5, hits: 1, self: 1, inclusive: 1 },
    { line: 10, hits: 1, self: 2, inclusive: 5 },
    { line: 11, hits: 1, self: 2, inclusive: 2 },
  ]);
});

test('without --lines the probe has no line hook (tiers skip the call)', () => {
  assert.equal(harness().recorder.line, undefined);
});

test('an exit with no open call is reported, not fatal', () => {
  const h = harness();
  h.recorder.exit();
  assert.match(h.finish().warnings[0], /1 exit\(\) events/);
});
