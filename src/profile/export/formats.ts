// The output formats of `speedlab profile --format`, declared once: name, file
// extension, what opens it, whether it can hold several tiers' profiles, and
// how to render it. The CLI's choices, its help text and the docs' table all
// come from this list.

import { callgrind } from './callgrind.js';
import { renderCpuProfile } from './cpuprofile.js';
import { dot } from './dot.js';
import { folded } from './folded.js';
import { htmlPicture, svgPicture } from './picture.js';
import { renderSpeedscope } from './speedscope.js';
import type { Profile } from '../model.js';
import { textReport, type ReportOptions } from '../text-report.js';
import { formatTierComparison } from '../compare-tiers.js';
import { formatOpcodes } from '../opcodes-report.js';

export interface OutputFormat {
  name: string;
  extension: string;
  /** What reads it. */
  openWith: string;
  /** Can render several tiers' profiles at once (--compare-tiers). */
  multiTier: boolean;
  /** Machine-readable: program output goes to stderr when this goes to stdout. */
  binaryLike: boolean;
  render(profiles: readonly Profile[], options: ReportOptions): string | Promise<string>;
}

export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  {
    name: 'table',
    extension: 'txt',
    openWith: 'a terminal (the cProfile/pstats layout)',
    multiTier: true,
    binaryLike: false,
    render: (profiles, options) => (options.compare ? comparisonReport(profiles, options) : textReport(profiles[0], options)),
  },
  {
    name: 'json',
    extension: 'json',
    openWith: 'any JSON reader; the complete profile (format "speedlab-profile")',
    multiTier: true,
    binaryLike: true,
    render: (profiles, options) => JSON.stringify(options.compare ? profiles : profiles[0], null, 1) + '\n',
  },
  {
    name: 'callgrind',
    extension: 'callgrind',
    openWith: 'callgrind_annotate, KCacheGrind, QCacheGrind',
    multiTier: false,
    binaryLike: true,
    render: (profiles) => callgrind(profiles[0]),
  },
  {
    name: 'cpuprofile',
    extension: 'cpuprofile',
    openWith: 'Chrome DevTools (Performance panel: load profile), speedscope, VS Code',
    multiTier: false,
    binaryLike: true,
    render: (profiles) => renderCpuProfile(profiles[0]),
  },
  {
    name: 'speedscope',
    extension: 'speedscope.json',
    openWith: 'https://www.speedscope.app or the speedscope CLI (one tab per tier)',
    multiTier: true,
    binaryLike: true,
    render: (profiles) => renderSpeedscope(profiles),
  },
  {
    name: 'folded',
    extension: 'folded',
    openWith: 'flamegraph.pl, inferno-flamegraph, speedscope',
    multiTier: false,
    binaryLike: true,
    render: (profiles) => folded(profiles[0]),
  },
  {
    name: 'dot',
    extension: 'dot',
    openWith: 'graphviz: dot -Tsvg, xdot',
    multiTier: false,
    binaryLike: true,
    render: (profiles) => dot(profiles[0]),
  },
  {
    name: 'svg',
    extension: 'svg',
    openWith: 'a web browser or image viewer (flame graph + call graph)',
    multiTier: false,
    binaryLike: true,
    render: (profiles) => svgPicture(profiles[0]),
  },
  {
    name: 'html',
    extension: 'html',
    openWith: 'a web browser (pictures and tables in one page)',
    multiTier: false,
    binaryLike: true,
    render: (profiles, options) => htmlPicture(profiles[0], options),
  },
];

/** --compare-tiers as text: the comparison table, then each tier's opcode report when asked for. */
function comparisonReport(profiles: readonly Profile[], options: ReportOptions): string {
  const parts = [formatTierComparison(options.runsByTier ?? profiles.map((p) => [p]), options.limit)];
  if (options.opcodes) for (const p of profiles) parts.push(formatOpcodes(p, options.limit));
  return parts.join('\n');
}

export function findFormat(name: string): OutputFormat | undefined {
  return OUTPUT_FORMATS.find((f) => f.name === name);
}
