// The --lines report, line_profiler style: per source line, how many statements
// starting on it ran (Hits), the time from each statement's start to the next
// line event of the same call without the calls it made (Self) and with them
// (Incl.; recursive calls make this count nested time more than once, as in
// line_profiler), next to the line's text.

import { f8, percent } from './format-numbers.js';
import type { Profile } from './model.js';

export function formatLines(profile: Profile): string {
  const lines = profile.lines;
  if (lines === null) return '';
  if (lines.length === 0) {
    return `Line profile: tier '${profile.tier}' reports no line events (it does not call the probe's optional line() hook yet).\n`;
  }
  const byLine = new Map(lines.map((l) => [l.line, l]));
  const text = profile.source.split('\n');
  const first = Math.min(...lines.map((l) => l.line));
  const last = Math.max(...lines.map((l) => l.line));
  const totalSelf = lines.reduce((s, l) => s + l.self, 0);
  const out = [`Line profile of ${profile.file} (tier ${profile.tier}; times in ms)`, '', 'Line #      Hits     Self  Per Hit     Incl.  % Self  Line Contents', '='.repeat(79)];
  for (let n = first; n <= last; n++) {
    const l = byLine.get(n);
    const contents = text[n - 1] ?? '';
    if (l === undefined) {
      out.push(`${String(n).padStart(6)}${' '.repeat(48)}  ${contents}`);
      continue;
    }
    out.push(`${String(n).padStart(6)} ${String(l.hits).padStart(9)} ${f8(l.self)} ${f8(l.self / l.hits)} ${f8(l.inclusive)} ${percent(l.self, totalSelf).padStart(7)}  ${contents}`);
  }
  return out.join('\n') + '\n';
}
