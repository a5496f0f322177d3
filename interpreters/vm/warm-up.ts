// Warming the dispatch loop up, once per process. V8 compiles `Vm.run` with
// the type feedback it has seen so far; a path that had never run before it
// was compiled (the first string comparison, the first method call...) sends it
// back to V8's interpreter and costs a recompile of the whole loop, which is
// what made short programs slower on `vm` than on `ast` (each recompile is
// tens of milliseconds of V8 work). Running one small program that touches the
// common paths with ints, doubles, strings, arrays, objects and calls before
// the first real program means V8's first compile already covers them. It runs
// on a realm of its own, prints nothing, and takes a few milliseconds.

import { compileProgram } from '../../src/front/compile.js';
import { createRealm } from '../../src/runtime/builtins/index.js';
import { Vm } from './vm.js';

const PROGRAM = `
function add(a, b) { return a + b; }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
class Base { constructor(x) { this.x = x; } get() { return this.x; } }
class Derived extends Base { constructor(x) { super(x); this.y = x * 0.5; } get() { return super.get() + this.y; } }
const makeCounter = (start) => { let count = start; return () => ++count; };
function arithmetic(n, d) {
  let i = 0, s = 0, t = 0.5, u = '';
  for (let k = 0; k < n; k++) {
    s = (s + k * 3 - 1) % 1000;
    t = t * 1.5 / 1.25 - d;
    s = (s | 1) & 0xffff ^ (s << 2) >> 1 >>> 0;
    i++; i--; i += 2; t -= 0.25;
    if (k < n && k <= n && k > -1 && k >= 0 && k === k && k !== -1 && k == k && k != -1) s += 1;
    if (t < d || t <= d || t > d || t >= d) t += 0;
    u = u + 'x' + k;
  }
  while (i > 0) i -= 1;
  do { i++; } while (i < 3);
  return [s, t, i, u.length, -s, ~s, +t, !s, typeof u];
}
function objects(n) {
  const list = [];
  for (let k = 0; k < n; k++) list.push({ id: k, value: k * 0.5, name: 'n' + k });
  let total = 0;
  for (const o of list) { total += o.id + o.value; o.id = o.id + 1; }
  for (let k = 0; k < list.length; k++) { list[k] = list[k].value; total += list[k]; }
  for (const key in { a: 1, b: 2 }) total += key.length;
  const text = 'abcdef';
  for (let k = 0; k < text.length; k++) total += text.charCodeAt(k) + text[k].length;
  const d = new Derived(2);
  const b = new Base(3);
  for (const x of [d, b, d, b]) total += x.get();
  const next = makeCounter(1);
  next();
  total += next() + Math.max(1, 2) + add(1, 2) + add(0.5, 0.25) + fib(6);
  const arr = new Array(3);
  arr[0] = 1;
  const { id, ...rest } = { id: 1, other: 2 };
  const [p, q = 2, ...more] = [1, undefined, 3];
  total += id + p + q + more.length + Object.keys(rest).length + arr.length;
  try {
    if (total > 0) throw new Error('warm');
  } catch (e) {
    total += e.message.length;
  } finally {
    total += 1;
  }
  const template = \`\${total} \${text}\`;
  return template.length > 0 ? total : null;
}
for (let round = 0; round < 3; round++) {
  arithmetic(5, 0.1);
  objects(4);
}
`;

let warmed = false;

/** Runs the warm-up program once per process (later calls do nothing). */
export function warmUpOnce(): void {
  if (warmed) return;
  warmed = true;
  const program = compileProgram(PROGRAM, '<vm warm-up>');
  const realm = createRealm({ write: () => {}, writeError: () => {} });
  const vm = new Vm(realm, program);
  realm.tier = vm;
  realm.bindProgram(program);
  vm.runScript();
}
