// Every export format, on every tier, parsed back: structure checked and totals
// compared with the profile they came from. callgrind_annotate reads the
// callgrind file when valgrind is installed.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { aggregateByKey, sourceFunctionKey } from '../../src/profile/aggregate.js';
import { callgrind } from '../../src/profile/export/callgrind.js';
import { toCpuProfile } from '../../src/profile/export/cpuprofile.js';
import { dot, NODE_THRESHOLD } from '../../src/profile/export/dot.js';
import { folded } from '../../src/profile/export/folded.js';
import { OUTPUT_FORMATS } from '../../src/profile/export/formats.js';
import { htmlPicture, svgPicture } from '../../src/profile/export/picture.js';
import { SPEEDSCOPE_SCHEMA, toSpeedscope } from '../../src/profile/export/speedscope.js';
import type { Profile } from '../../src/profile/model.js';
import { formatTable } from '../../src/profile/table.js';
import { TIERS } from '../../src/tiers.js';
import { checkBalancedMarkup, parseCallgrind, parseDot } from './format-parsers.js';
import { profileOf } from './support.js';

const PROGRAMS = ['objects-and-closures.js', 'fib.js'];
const scratch = mkdtempSync(join(tmpdir(), 'speedlab-profile-exports-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** callgrind_annotate --version exits non-zero; its absence shows as a spawn error. */
const hasCallgrindAnnotate = spawnSync('callgrind_annotate', ['--version']).error === undefined;

/** Self time per function id, from the profile (ms). */
function selfTimes(p: Profile): Map<number, number> {
  return new Map(p.functions.map((f) => [f.id, f.tottime]));
}

test('every format of the CLI is covered here', () => {
  assert.deepEqual(OUTPUT_FORMATS.map((f) => f.name).sort(), ['callgrind', 'cpuprofile', 'dot', 'folded', 'html', 'json', 'speedscope', 'svg', 'table'].sort());
});

for (const tier of TIERS.map((t) => t.name)) {
  for (const program of PROGRAMS) {
    describe(`exports of ${program} on ${tier}`, () => {
      const profile = () => profileOf(program, tier);

      test('table: rows parse back to the profile', async () => {
        const p = await profile();
        const text = formatTable(p, { sort: 'tottime' });
        const rows = text.split('\n').filter((l) => /^\s+\d+(\/\d+)?\s+\d+\.\d{3}/.test(l));
        assert.equal(rows.length, p.functions.length);
        let sum = 0;
        let previous = Infinity;
        for (const r of rows) {
          const [calls, tottime, , cumtime, , where] = r.trim().split(/\s+/);
          const f = p.functions.find((x) => `${x.file}:${x.line}(${x.label})` === r.slice(r.indexOf(where)))!;
          assert.ok(f, `row for ${where}`);
          assert.equal(calls, f.ncalls === f.primitiveCalls ? `${f.ncalls}` : `${f.ncalls}/${f.primitiveCalls}`);
          assert.equal(Number(cumtime), Number(f.cumtime.toFixed(3)));
          assert.ok(Number(tottime) <= previous, 'sorted by tottime');
          previous = Number(tottime);
          sum += Number(tottime);
        }
        assert.ok(Math.abs(sum - p.totalMs) <= 0.0005 * rows.length + 1e-9, `Σ tottime column ${sum} vs ${p.totalMs}`);
        assert.match(text, /\d+ function calls( \(\d+ primitive calls\))? in \d+\.\d{3} milliseconds/);
        assert.match(text, /profiler overhead/);
      });

      test('json: the whole profile round-trips', async () => {
        const p = await profile();
        const back = JSON.parse(await OUTPUT_FORMATS.find((f) => f.name === 'json')!.render([p], { sort: 'cumulative' })) as Profile;
        assert.equal(back.format, 'speedlab-profile');
        assert.deepEqual(back, JSON.parse(JSON.stringify(p)));
      });

      test('callgrind: costs per function and calls match; totals line is the sum', async () => {
        const p = await profile();
        const text = callgrind(p);
        const data = parseCallgrind(text);
        const modes = [...new Set(p.functions.map((f) => f.mode))];
        assert.deepEqual(data.events, modes);
        const agg = aggregateByKey(p, sourceFunctionKey(p));
        assert.equal(data.functions.size, agg.functions.length);
        const sumSelf = data.events.map((_, i) => [...data.functions.values()].reduce((s, f) => s + f.self[i], 0));
        assert.deepEqual(data.totals, sumSelf);
        const totalUs = sumSelf.reduce((a, b) => a + b, 0);
        assert.ok(Math.abs(totalUs - p.totalMs * 1000) <= data.functions.size, `callgrind total ${totalUs} µs vs ${p.totalMs} ms`);
        const calls = [...data.functions.values()].reduce((n, f) => n + f.calls.reduce((m, c) => m + c.count, 0), 0);
        assert.equal(calls, agg.edges.reduce((n, e) => n + Math.max(1, e.ncalls), 0));
      });

      const skipAnnotate = hasCallgrindAnnotate ? false : 'callgrind_annotate is not installed (apt-get install valgrind)';
      test('callgrind: callgrind_annotate accepts the file', { skip: skipAnnotate }, async () => {
        const p = await profile();
        const text = callgrind(p);
        const totals = parseCallgrind(text).totals!.reduce((a, b) => a + b, 0);
        const file = join(scratch, `${tier}-${program}.callgrind`);
        writeFileSync(file, text);
        const run = spawnSync('callgrind_annotate', ['--inclusive=yes', '--auto=no', '--threshold=100', file], { encoding: 'utf8' });
        assert.equal(run.status, 0, run.stderr);
        assert.doesNotMatch(run.stderr, /warning|malformed/i);
        assert.match(run.stdout, new RegExp(`${totals.toLocaleString('en-US')}.*PROGRAM TOTALS`));
        for (const f of p.functions.filter((x) => x.mode !== 'compile' && x.tottime > 0.01)) assert.match(run.stdout, new RegExp(`${f.file.replace(/\./g, '\\.')}:${f.name.replace(/[<>]/g, '.')}`));
      });

      test('cpuprofile: a node tree, samples and µs time deltas that add up to the run', async () => {
        const p = await profile();
        const cpu = JSON.parse(JSON.stringify(toCpuProfile(p))) as ReturnType<typeof toCpuProfile>;
        const ids = new Set(cpu.nodes.map((n) => n.id));
        assert.equal(ids.size, cpu.nodes.length);
        assert.equal(cpu.nodes[0].callFrame.functionName, '(root)');
        const parents = new Map<number, number>();
        for (const n of cpu.nodes) for (const c of n.children) {
          assert.ok(ids.has(c), `child ${c} exists`);
          assert.ok(!parents.has(c), `node ${c} has one parent`);
          parents.set(c, n.id);
        }
        assert.equal(parents.size, cpu.nodes.length - 1, 'every node but the root has a parent');
        assert.equal(cpu.samples.length, cpu.timeDeltas.length);
        assert.ok(cpu.timeDeltas.every((d) => Number.isInteger(d) && d >= 0));
        assert.equal(cpu.timeDeltas.reduce((a, b) => a + b, 0), cpu.endTime - cpu.startTime);
        assert.ok(Math.abs(cpu.endTime - cpu.startTime - p.totalMs * 1000) <= 1);
        // Each sample lasts until the next one: per function, sampled time ≈ self time.
        const byName = new Map<string, number>();
        cpu.samples.forEach((id, i) => {
          const next = i + 1 < cpu.timeDeltas.length ? cpu.timeDeltas[i + 1] : 0;
          const node = cpu.nodes.find((n) => n.id === id)!;
          const key = `${node.callFrame.functionName}:${node.callFrame.lineNumber}`;
          byName.set(key, (byName.get(key) ?? 0) + next);
        });
        for (const f of p.functions) {
          const sampled = byName.get(`${f.label}:${f.line - 1}`) ?? 0;
          const paths = p.callTree.filter((n) => n.fn === f.id).length;
          assert.ok(Math.abs(sampled - f.tottime * 1000) <= paths + 1, `${f.label}: sampled ${sampled} µs vs self ${f.tottime * 1000}`);
        }
      });

      test('speedscope: schema, shared frames, balanced evented profile with the right self times', async () => {
        const p = await profile();
        const file = JSON.parse(JSON.stringify(toSpeedscope([p]))) as ReturnType<typeof toSpeedscope>;
        assert.equal(file.$schema, SPEEDSCOPE_SCHEMA);
        assert.equal(file.profiles.length, 1);
        const prof = file.profiles[0];
        assert.equal(prof.type, 'evented');
        assert.equal(prof.unit, 'milliseconds');
        const stack: { frame: number; at: number; child: number }[] = [];
        const self = new Map<number, number>();
        let last = -Infinity;
        for (const ev of prof.events) {
          assert.ok(ev.frame >= 0 && ev.frame < file.shared.frames.length);
          assert.ok(ev.at >= last - 1e-9, 'events in time order');
          last = ev.at;
          if (ev.type === 'O') stack.push({ frame: ev.frame, at: ev.at, child: 0 });
          else {
            const open = stack.pop()!;
            assert.equal(open.frame, ev.frame, 'a close matches the innermost open frame');
            const duration = ev.at - open.at;
            self.set(ev.frame, (self.get(ev.frame) ?? 0) + duration - open.child);
            if (stack.length) stack[stack.length - 1].child += duration;
          }
        }
        assert.equal(stack.length, 0);
        assert.ok(Math.abs(prof.endValue - p.totalMs) < 1e-6);
        const times = selfTimes(p);
        for (const f of p.functions) {
          const frame = file.shared.frames.findIndex((x) => x.name === f.label && x.line === f.line);
          assert.ok(frame >= 0, `frame for ${f.label}`);
          assert.ok(Math.abs((self.get(frame) ?? 0) - times.get(f.id)!) < 1e-6, `${f.label}: self time`);
        }
      });

      test('folded: stacks from the root, counts in µs adding up to the run', async () => {
        const p = await profile();
        const lines = folded(p).trimEnd().split('\n');
        let sum = 0;
        const leafSelf = new Map<string, number>();
        for (const line of lines) {
          const m = /^(.+) (\d+)$/.exec(line);
          assert.ok(m, `folded line: ${line}`);
          const frames = m[1].split(';');
          assert.match(frames[0], /^<script> \(/);
          sum += Number(m[2]);
          const leaf = frames[frames.length - 1];
          leafSelf.set(leaf, (leafSelf.get(leaf) ?? 0) + Number(m[2]));
        }
        assert.ok(Math.abs(sum - p.totalMs * 1000) <= lines.length, `folded total ${sum} µs vs ${p.totalMs} ms`);
        for (const f of p.functions) {
          const counted = leafSelf.get(`${f.label} (${f.file}:${f.line})`) ?? 0;
          const paths = p.callTree.filter((n) => n.fn === f.id).length;
          assert.ok(Math.abs(counted - f.tottime * 1000) <= paths, `${f.label}: ${counted} µs vs ${f.tottime} ms`);
        }
      });

      test('dot: gprof2dot-style nodes and edges; graphviz lays it out', async () => {
        const p = await profile();
        const text = dot(p);
        const g = parseDot(text);
        const total = p.totalMs;
        for (const f of p.functions) {
          const label = g.nodes.get(`f${f.id}`);
          if (f.cumtime / total < NODE_THRESHOLD && f.id !== p.root) {
            assert.equal(label, undefined, `${f.label} is pruned`);
            continue;
          }
          assert.ok(label, `node for ${f.label}`);
          const [name, where, totalPct, selfPct, calls] = label;
          assert.equal(name, f.label);
          assert.equal(where, `${f.file}:${f.line}`);
          assert.ok(Math.abs(parseFloat(totalPct) - (100 * f.cumtime) / total) < 0.006);
          assert.ok(Math.abs(parseFloat(selfPct.slice(1)) - (100 * f.tottime) / total) < 0.006);
          assert.equal(parseInt(calls, 10), f.ncalls);
        }
        assert.equal(g.nodes.get(`f${p.root}`)![2], '100.00%');
        for (const e of g.edges) {
          const edge = p.edges.find((x) => `f${x.caller}` === e.from && `f${x.callee}` === e.to)!;
          assert.ok(edge, `edge ${e.from} -> ${e.to}`);
          assert.equal(e.label[1], `${edge.ncalls}×`);
          assert.ok(g.nodes.has(e.from) && g.nodes.has(e.to));
        }
        const svg = (await Graphviz.load()).dot(text, 'svg');
        assert.match(svg, /<svg[\s\S]*class="graph"/);
      });

      test('svg: one self-contained file with the flame graph and the call graph', async () => {
        const p = await profile();
        const svg = await svgPicture(p);
        checkBalancedMarkup(svg);
        assert.match(svg, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        assert.doesNotMatch(svg, /(href|src)="https?:/, 'nothing fetched from a network');
        const cells = [...svg.matchAll(/<g class="cell" data-fn="(\d+)" data-total="([\d.e-]+)" data-self="([\d.e-]+)" data-depth="(\d+)">/g)];
        assert.ok(cells.length > 0);
        const root = cells.find((c) => c[4] === '0')!;
        assert.ok(Math.abs(Number(root[2]) - p.totalMs) < 1e-9, 'the bottom cell is the whole run');
        assert.match(svg, /class="call-graph"/);
        assert.match(svg, /<g id="graph0" class="graph"/);
      });

      test('html: one page with both pictures and the table, no external resources', async () => {
        const p = await profile();
        const html = await htmlPicture(p, { sort: 'cumulative' });
        assert.match(html, /^<!DOCTYPE html>/);
        checkBalancedMarkup(html.replace(/^<!DOCTYPE html>\n/, ''), true);
        assert.doesNotMatch(html, /<script|<link|(href|src)="https?:/);
        assert.match(html, /class="flame-graph"/);
        assert.match(html, /class="call-graph"/);
        assert.match(html, /ncalls  tottime  percall  cumtime  percall/);
      });
    });
  }
}
