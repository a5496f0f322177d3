// Builds small, valid reports from chosen sample sets, for the compare and
// schema tests: no child processes, no timing, deterministic noise.

import { REPORT_SCHEMA, type BenchReport, type CellJson } from '../../bench/report-schema.js';
import { seededRandom } from '../../bench/statistics.js';
import { addSpeedups, cellFromRun, geomeanRows } from '../../bench/summarize.js';
import { PLANS } from '../../bench/plan.js';

/** `count` samples around `centerMs` with ±`spread` relative noise. */
export function noisySamples(centerMs: number, count: number, seed: number, spread = 0.05): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => centerMs * (1 + spread * (random() * 2 - 1)));
}

export function syntheticReport(samples: Record<string, Record<string, number[]>>): BenchReport {
  const benchmarks = Object.keys(samples);
  const columns = [...new Set(benchmarks.flatMap((b) => Object.keys(samples[b])))];
  const cells: CellJson[] = [];
  for (const benchmark of benchmarks) {
    for (const column of columns) {
      const ms = samples[benchmark][column];
      if (!ms) continue;
      const mean = ms.reduce((s, x) => s + x, 0) / ms.length;
      cells.push(
        cellFromRun({
          benchmark,
          column,
          size: 1,
          run: {
            wallMs: 100,
            cpuMs: 100,
            outcome: {
              status: 'ok',
              measurement: {
                loadMs: 1,
                firstMs: ms[0] * 2,
                warmupMs: [ms[0]],
                samplesMs: ms,
                tinybench: { meanMs: mean, p50Ms: ms[0], sdMs: 0, moeMs: 0, rme: 0, samples: ms.length },
                counters: {},
              },
            },
          },
        }),
      );
    }
  }
  const baseline = columns.includes('ast') ? 'ast' : columns[0];
  addSpeedups(cells, baseline);
  return {
    schema: REPORT_SCHEMA,
    metadata: {
      speedlabVersion: '0.0.0',
      gitCommit: null,
      nodeVersion: process.version,
      v8Version: process.versions.v8,
      cpuModel: 'test',
      cpuCount: 1,
      platform: process.platform,
      arch: process.arch,
      totalMemoryMb: 1,
      date: new Date(0).toISOString(),
      plan: 'default',
      planSettings: PLANS.default,
      jobs: 1,
      sizeField: 'size',
      baseline,
      totalWallMs: 1,
      totalCpuMs: 1,
      loadAverage: { start: 0, end: 0 },
    },
    columns: columns.map((name) => ({ name, kind: name === 'node' ? 'node' : 'tier', summary: name, compilesAtRunTime: false })),
    skipped: [],
    benchmarks: benchmarks.map((name) => ({ name, category: 'test', description: name, size: 1, file: `${name}.js` })),
    cells,
    geomean: geomeanRows(cells, columns, benchmarks, baseline),
  };
}
