// Branch hints (interpreters/jit/branch-hints.ts): which `if`s of a module get
// one, checked three ways on a module built for the purpose: the hints the
// decoder reports, binaryen's own reading of the hinted binary (an
// independent decoder of the section: a hint at a wrong offset is dropped or
// lands on another instruction), and V8 compiling and running it with the
// same results as without the section.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import '../../interpreters/jit/v8-flags.js';
import { addBranchHints, annotateText } from '../../interpreters/jit/branch-hints.js';
import { loadBinaryen, WasmModule } from '../../interpreters/jit/module.js';

/** The host's WebAssembly API (the project's TypeScript setup has no DOM/wasm lib types). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const WebAssembly = (globalThis as any).WebAssembly;

/** Each `if`'s hint in binaryen's text, in order: 0 / 1, or -1 for none. */
function hintsInText(text: string): number[] {
  const out: number[] = [];
  let pending = -1;
  for (const line of text.split('\n')) {
    const hint = /@metadata\.code\.branch_hint "\\0([01])"/.exec(line);
    if (hint !== null) pending = Number(hint[1]);
    for (let at = line.indexOf('(if'); at >= 0; at = line.indexOf('(if', at + 3)) {
      out.push(pending);
      pending = -1;
    }
  }
  return out;
}

// f(p): one `if` per case, each on p; the result counts the host calls made, so a run checks the arms still run
const EXPECTED = [
  0, // then-arm calls the host
  1, // else-arm calls the host
  -1, // both arms call the host
  -1, // then-arm calls compiled code
  -1, // the host call is in a loop in the then-arm
  0, // then-arm branches to the exit block that opens the body
  -1, // the host call is in a nested if's arm (the nested if gets the hint: next)
  0, // the nested if
  -1, // the then-arm only branches inside the body
  0, // an if in the condition of the next: before it in the binary, after it in the folded text
  -1, // the if whose condition that is
];
/** The same in the text's order (an if before the ifs in its condition). */
const IN_TEXT = [...EXPECTED.slice(0, -2), -1, 0];

async function buildModule(): Promise<{ w: WasmModule; plain: Uint8Array; hinted: Uint8Array }> {
  await loadBinaryen();
  const w = new WasmModule();
  const I = w.i32;
  w.addFunctionImport('host', 'env', 'host', [], I);
  w.addFunctionImport('fn_1', 'env', 'fn_1', [], I, true);
  const p = () => w.local_get(0, I);
  const count = (e: number) => w.local_set(1, w.i32_add(w.local_get(1, I), e));
  const host = () => count(w.call('host', [], I));
  const body = w.block('exit', [
    w.if(p(), host()),
    w.if(p(), w.nop(), host()),
    w.if(p(), host(), host()),
    w.if(p(), count(w.call('fn_1', [], I))),
    w.if(p(), w.m.loop('again', w.block(null, [host(), w.br('again', w.i32_eqz(w.local_get(1, I)))]))),
    w.if(w.i32_eq(p(), w.i32_const(7)), w.br('exit')),
    w.if(w.i32_gt_s(p(), w.i32_const(100)), w.block(null, [w.if(w.i32_gt_s(p(), w.i32_const(200)), host())])),
    w.block('inner', [w.if(w.i32_eq(p(), w.i32_const(3)), w.br('inner'))]),
    w.if(w.if(w.i32_gt_s(p(), w.i32_const(50)), w.call('host', [], I), w.i32_const(0)), count(w.i32_const(100))),
  ]);
  w.addFunction('f', [I], I, [I], w.block(null, [body, w.local_get(1, I)], I));
  w.addFunctionExport('f', 'f');
  const plain = w.finish(false, false);
  const hinted = w.finish(false, true);
  return { w, plain, hinted };
}

test('an if is hinted away from the arm that calls the host or leaves through the exit block', async () => {
  const { plain } = await buildModule();
  const { hints } = addBranchHints(plain, (_module, field) => field !== 'fn_1');
  assert.deepEqual([...hints[0]], EXPECTED);
});

test('binaryen reads the hints back at the same ifs', async () => {
  const { plain, hinted } = await buildModule();
  assert.ok(hinted.length > plain.length, 'no branch-hint section was added');
  const binaryen = (await import('binaryen')).default;
  const read = binaryen.readBinary(hinted);
  assert.deepEqual(hintsInText(read.emitText()), IN_TEXT);
  read.dispose();
  const none = binaryen.readBinary(plain);
  assert.deepEqual(hintsInText(none.emitText()), IN_TEXT.map(() => -1));
  none.dispose();
});

test('the module text shows the hints where the binary has them', async () => {
  const { w } = await buildModule();
  assert.deepEqual(hintsInText(w.emitText()), IN_TEXT);
  assert.equal(annotateText('(module\n (func $g\n  (if\n   (x)\n  )\n )\n)', [Int8Array.of(1)]),
    '(module\n (func $g\n  (@metadata.code.branch_hint "\\01")\n  (if\n   (x)\n  )\n )\n)');
});

test('V8 compiles the hinted module and it computes what the plain one does', async () => {
  const { plain, hinted } = await buildModule();
  const run = (binary: Uint8Array, p: number): number => {
    let calls = 0;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(binary), { env: { host: () => ++calls, fn_1: () => 10 } });
    return (instance.exports.f as (p: number) => number)(p) * 1000 + calls;
  };
  for (const p of [0, 1, 3, 7, 60, 150, 250]) assert.equal(run(hinted, p), run(plain, p), `f(${p})`);
  // and the arms ran: f(1) calls the host in cases 1, 3 and 5 (returning 1, 2, 3) and fn_1 (10): 16, three calls
  assert.equal(run(hinted, 1), 16 * 1000 + 3);
});
