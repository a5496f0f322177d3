// `speedlab bench compare` output: one row per (benchmark, column) with the old
// and new medians, the change with its interval, the p-value and the verdict,
// then the geometric-mean change per column.

import type { Comparison } from '../compare.js';
import { formatChange, formatMs } from './format.js';
import { renderTextTable } from './text-table.js';

function describeRun(m: Comparison['old']): string {
  return `${m.date} · speedlab ${m.speedlabVersion}${m.gitCommit ? ` @ ${m.gitCommit.slice(0, 10)}` : ''} · node ${m.nodeVersion} · ${m.cpuModel} · ${m.plan} plan`;
}

export function renderComparison(comparison: Comparison): string {
  const out: string[] = [`old: ${describeRun(comparison.old)}`, `new: ${describeRun(comparison.new)}`, ''];
  let previous = '';
  const rows = comparison.cells.map((c) => {
    const name = c.benchmark === previous ? '' : c.benchmark;
    previous = c.benchmark;
    return [
      name,
      c.column,
      formatMs(c.oldMs),
      formatMs(c.newMs),
      formatChange(c.ratio.estimate),
      `[${formatChange(c.ratio.low)}, ${formatChange(c.ratio.high)}]`,
      c.p < 0.001 ? '<0.001' : c.p.toFixed(3),
      c.verdict,
    ];
  });
  out.push(renderTextTable(['benchmark', 'column', 'old', 'new', 'change', '95% CI', 'p', 'verdict'], rows, ['left', 'left', 'right', 'right', 'right', 'left', 'right', 'left']));
  out.push('Geometric mean of the change per column:');
  out.push(
    renderTextTable(
      ['column', 'change', '95% CI', 'benchmarks', 'verdict'],
      comparison.geomean.map((g) => [g.column, formatChange(g.ratio.estimate), `[${formatChange(g.ratio.low)}, ${formatChange(g.ratio.high)}]`, String(g.benchmarks), g.verdict]),
      ['left', 'right', 'left', 'right', 'left'],
    ),
  );
  for (const u of comparison.uncompared) out.push(`note: ${u.benchmark} on ${u.column} not compared: ${u.reason}`);
  const { alpha, threshold } = comparison.options;
  out.push(
    `change = new median / old median − 1 (negative is faster). A change is reported when Welch's t-test on log times gives p < ${alpha}, ` +
      `the bootstrap 95% interval excludes 0 and the change is at least ${Math.round(threshold * 100)}%; otherwise "no significant change". ` +
      'Samples come from one process per cell, so process-to-process noise is not in the intervals: small changes between runs need repeated runs to trust.',
  );
  return out.join('\n') + '\n';
}
