// A JIT-style profile (calls in the VM and in WebAssembly, on-stack replacement,
// compile time, deopts), made with the synthetic harness since no registered
// tier may report these yet: the table labels modes and lists the JIT's work,
// and the callgrind export has one event column per mode and still loads in
// callgrind_annotate.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { aggregateByKey } from '../../src/profile/aggregate.js';
import { callgrind } from '../../src/profile/export/callgrind.js';
import { toSpeedscope } from '../../src/profile/export/speedscope.js';
import { compareTiers } from '../../src/profile/compare-tiers.js';
import type { Profile } from '../../src/profile/model.js';
import { formatTable } from '../../src/profile/table.js';
import { parseCallgrind } from './format-parsers.js';
import { fn, harness, info } from './synthetic.js';

const MAIN = fn(info(1, 'main', 2));
const HOT = fn(info(2, 'hot', 9));

/** <script> → main [vm] → 3 × hot: the first in the VM; then hot is compiled and runs in wasm; main OSRs into wasm. */
function jitProfile(): Profile {
  const h = harness();
  h.at(0);
  h.enter(MAIN, 'vm');
  h.at(1);
  h.enter(HOT, 'vm');
  h.at(3);
  h.exit();
  h.at(5);
  h.recorder.compiled(HOT, 1.5);
  h.recorder.switchMode('wasm'); // main's loop enters compiled code
  for (let i = 0; i < 2; i++) {
    h.at(6 + 2 * i);
    h.enter(HOT, 'wasm');
    h.at(7 + 2 * i);
    h.exit();
  }
  h.at(10);
  h.recorder.deoptimized(MAIN, 'type guard: int32');
  h.recorder.switchMode('vm');
  h.at(11);
  h.exit();
  h.at(12);
  return h.finish();
}

test('the table labels each mode and lists compiles and deopts', () => {
  const text = formatTable(jitProfile(), { sort: 'name' });
  for (const label of ['main [vm]', 'main [wasm]', 'hot [vm]', 'hot [wasm]', 'hot [compile]', '<script> [vm]']) assert.match(text, new RegExp(`\\(${label.replace(/[[\]]/g, '\\$&')}\\)`));
  assert.match(text, /JIT: compiles {2}compile ms/);
  assert.match(text, /\s1\s+1\.500\s+0\s+p\.js:9\(hot\)/);
  assert.match(text, /p\.js:2\(main\)\s+type guard: int32 ×1/);
});

test('all modes of a function add up to its real calls', () => {
  const p = jitProfile();
  const { functions } = aggregateByKey(p, (id) => p.functions[id].name + (p.functions[id].mode === 'compile' ? ' [compile]' : ''));
  const byName = new Map(functions.map((f) => [f.key, f]));
  assert.equal(byName.get('main')!.ncalls, 1);
  assert.equal(byName.get('hot')!.ncalls, 3);
  assert.equal(byName.get('hot [compile]')!.ncalls, 1);
  assert.equal(compareTiers([[p]]).find((r) => r.key.endsWith('(hot)'))!.perTier[0].compileMs, 1.5);
});

test('callgrind: one event per mode, totals per mode, accepted by callgrind_annotate', (t) => {
  const p = jitProfile();
  const text = callgrind(p);
  const data = parseCallgrind(text);
  assert.deepEqual([...data.events].sort(), ['compile', 'vm', 'wasm']);
  const perMode = (mode: string) => p.functions.filter((f) => f.mode === mode).reduce((s, f) => s + f.tottime, 0) * 1000;
  assert.deepEqual(data.totals, data.events.map(perMode));
  // main: 2.5 ms in the VM (1.5 before and around the OSR, 1 after the deopt), 3 ms in wasm.
  const main = data.functions.get('main')!;
  assert.deepEqual(Object.fromEntries(data.events.map((e, i) => [e, main.self[i]])), { vm: 2500, wasm: 3000, compile: 0 });
  if (spawnSync('callgrind_annotate', ['--version']).error !== undefined) {
    t.skip('callgrind_annotate is not installed (apt-get install valgrind)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'speedlab-profile-jit-'));
  try {
    writeFileSync(join(dir, 'jit.callgrind'), text);
    const run = spawnSync('callgrind_annotate', ['--auto=no', '--threshold=100', join(dir, 'jit.callgrind')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`Events recorded:\\s+${data.events.join(' ')}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('speedscope: mode switches nest inside the call they belong to', () => {
  const file = toSpeedscope([jitProfile()]);
  const names = file.profiles[0].events.map((e) => `${e.type}${file.shared.frames[e.frame].name}`);
  assert.deepEqual(names.slice(0, 6), ['O<script> [vm]', 'Omain [vm]', 'Ohot [vm]', 'Chot [vm]', 'Ohot [compile]', 'Chot [compile]']);
  assert.ok(names.includes('Omain [wasm]'));
});
