// Shared by the profiler's tests: paths from the repository root (tests run
// from dist/test/profile/), the programs with their expectation comments, and
// profiles of them made the way the CLI makes them (in a worker with a big stack).

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregateByKey, type AggregatedEdge, type AggregatedFunction } from '../../src/profile/aggregate.js';
import type { Profile } from '../../src/profile/model.js';
import { profileInWorker, type ProfileJob } from '../../src/profile/worker.js';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const PROGRAMS_DIR = join(REPO_ROOT, 'test/profile/programs');
export const CLI = join(REPO_ROOT, 'dist/src/cli/main.js');

export function programNames(): string[] {
  return readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.js')).sort();
}

export function programSource(name: string): string {
  return readFileSync(join(PROGRAMS_DIR, name), 'utf8');
}

/** What a program says about its own profile, in comments. */
export interface Expectations {
  /** `// expect-calls: fib 177/1` (primitive calls optional). */
  calls: { name: string; ncalls: number; primitive: number | null }[];
  /** `// expect-edge: main -> fib 3`. */
  edges: { caller: string; callee: string; ncalls: number }[];
  /** `// expect-alloc: makeBox object 10`. */
  allocations: { name: string; kind: string; count: number }[];
  /** `// expect-hits: 30` at the end of a line: statement executions on that line. */
  hits: { line: number; hits: number }[];
}

export function expectationsOf(source: string): Expectations {
  const e: Expectations = { calls: [], edges: [], allocations: [], hits: [] };
  source.split('\n').forEach((text, i) => {
    let m = /\/\/ expect-calls: (\S+) (\d+)(?:\/(\d+))?\s*$/.exec(text);
    if (m) e.calls.push({ name: m[1], ncalls: Number(m[2]), primitive: m[3] === undefined ? null : Number(m[3]) });
    m = /\/\/ expect-edge: (\S+) -> (\S+) (\d+)\s*$/.exec(text);
    if (m) e.edges.push({ caller: m[1], callee: m[2], ncalls: Number(m[3]) });
    m = /\/\/ expect-alloc: (\S+) (\w+) (\d+)\s*$/.exec(text);
    if (m) e.allocations.push({ name: m[1], kind: m[2], count: Number(m[3]) });
    m = /\S.*\/\/ expect-hits: (\d+)\s*$/.exec(text);
    if (m) e.hits.push({ line: i + 1, hits: Number(m[1]) });
  });
  return e;
}

const cache = new Map<string, Promise<Profile[]>>();

/** Profiles of a test program on the given tiers (cached per program and options within a test file). */
export function profilesOf(name: string, tiers: string[], options: Partial<Pick<ProfileJob, 'lines' | 'memory' | 'measureOverhead'>> = {}): Promise<Profile[]> {
  const key = JSON.stringify([name, tiers, options]);
  let pending = cache.get(key);
  if (pending === undefined) {
    pending = profileInWorker({
      file: name,
      source: programSource(name),
      tiers,
      limits: {},
      lines: options.lines ?? false,
      memory: options.memory ?? false,
      measureOverhead: options.measureOverhead ?? false,
      outputFd: null,
    }).then((result) => {
      if (!result.ok) throw new Error(`profiling ${name} failed (${result.kind}): ${result.message}`);
      return result.profiles;
    });
    cache.set(key, pending);
  }
  return pending;
}

export async function profileOf(name: string, tier: string, options: Parameters<typeof profilesOf>[2] = {}): Promise<Profile> {
  return (await profilesOf(name, [tier], options))[0];
}

/** Figures per source function (all modes of a function together), keyed by name. */
export function bySourceFunction(profile: Profile): { functions: Map<string, AggregatedFunction>; edges: Map<string, AggregatedEdge> } {
  const nameOf = (fn: number) => {
    const f = profile.functions[fn];
    return f.mode === 'compile' ? `${f.name} [compile]` : f.name;
  };
  const { functions, edges } = aggregateByKey(profile, nameOf);
  return {
    functions: new Map(functions.map((f) => [f.key, f])),
    edges: new Map(edges.map((e) => [`${e.caller} -> ${e.callee}`, e])),
  };
}

/** Asserts |a − b| ≤ tolerance with a readable message. */
export function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance;
}
