// `speedlab profile` end to end: formats to stdout and files (the extension
// picks the format), program output kept apart from machine-readable reports,
// exit codes like `speedlab run`, deep recursion, and --compare-tiers.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { TIERS } from '../../src/tiers.js';
import { OUTPUT_FORMATS } from '../../src/profile/export/formats.js';
import { CLI, PROGRAMS_DIR, REPO_ROOT } from './support.js';

const scratch = mkdtempSync(join(tmpdir(), 'speedlab-profile-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function speedlab(...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'profile', ...args], { encoding: 'utf8', timeout: 120_000 });
}

const fib = join(PROGRAMS_DIR, 'fib.js');

test('the table on stdout after the program output', () => {
  const r = speedlab(fib, '--no-overhead', '--tier', TIERS[0].name);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^55\n/);
  assert.match(r.stdout, /178 function calls \(2 primitive calls\) in/);
  assert.match(r.stdout, /\s177\/1\s.*fib\.js:8\(fib\)/);
});

test('a machine-readable format on stdout sends the program output to stderr', () => {
  const r = speedlab(fib, '--no-overhead', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).format, 'speedlab-profile');
  assert.match(r.stderr, /^55\n/);
});

test('-o picks the format from the extension', () => {
  for (const [file, check] of [
    ['p.cpuprofile', (t: string) => assert.ok(Array.isArray(JSON.parse(t).samples))],
    ['p.speedscope.json', (t: string) => assert.equal(JSON.parse(t).$schema, 'https://www.speedscope.app/file-format-schema.json')],
    ['p.callgrind', (t: string) => assert.match(t, /^# callgrind format/)],
    ['p.svg', (t: string) => assert.match(t, /<svg/)],
  ] as const) {
    const out = join(scratch, file);
    const r = speedlab(fib, '--no-overhead', '-o', out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /wrote \w+ profile to/);
    check(readFileSync(out, 'utf8'));
  }
});

test('deep recursion runs in a worker with a large stack', () => {
  // the tree-walker is the tier that recurses on the host stack (the JIT's rows would split by mode)
  const r = speedlab(join(PROGRAMS_DIR, 'deep-recursion.js'), '--tier', 'ast', '--no-overhead', '--limit', '3');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /5001\/1 .*\(down\)/);
});

test('an uncaught error still gives a profile, and exit code 1', () => {
  const file = join(scratch, 'throws.js');
  writeFileSync(file, 'function boom() { throw new TypeError("no"); }\nfunction f() { return boom(); }\nf();\n');
  const r = speedlab(file, '--no-overhead');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Uncaught TypeError: no/);
  assert.match(r.stdout, /ended early \(uncaught\)/);
  assert.match(r.stdout, /throws\.js:1\(boom\)/);
});

test('a check error: exit code 2, nothing profiled', () => {
  const file = join(scratch, 'bad.js');
  writeFileSync(file, 'let = ;\n');
  const r = speedlab(file);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
});

test('--compare-tiers, --opcodes, --lines and --memory together', () => {
  const r = speedlab(join(PROGRAMS_DIR, 'objects-and-closures.js'), '--compare-tiers', '--opcodes');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Self time per function on each tier/);
  const m = speedlab(join(PROGRAMS_DIR, 'allocations.js'), '--no-overhead', '--lines', '--memory', '--opcodes');
  assert.equal(m.status, 0, m.stderr);
  assert.match(m.stdout, /Allocations per function/);
  assert.match(m.stdout, /Line profile|reports no line events/);
  assert.match(m.stdout, /Opcode histogram|reports no opcode/);
});

test('a single-tier format refuses --compare-tiers', () => {
  const r = speedlab(fib, '--compare-tiers', '--format', 'folded');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /holds one tier/);
});

test('docs/profiling.md tells how to open every format', () => {
  const docs = readFileSync(join(REPO_ROOT, 'docs/profiling.md'), 'utf8');
  for (const f of OUTPUT_FORMATS) assert.match(docs, new RegExp(`^\\| \`${f.name}\` \\| \`\\.${f.extension.replace(/\./g, '\\.')}\` \\|`, 'm'), `${f.name} row`);
  assert.match(docs, /!\[[^\]]*\]\(profiling-richards\.svg\)/);
});
