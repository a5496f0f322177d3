// The text report `speedlab profile` prints by default: the pstats table, then
// the reports that were asked for (--lines, --memory, --opcodes), and how the
// program ended when it did not end normally.

import { formatLines } from './lines-report.js';
import { formatMemory } from './memory-report.js';
import type { Profile } from './model.js';
import { formatOpcodes } from './opcodes-report.js';
import { formatTable, type TableOptions } from './table.js';

export interface ReportOptions extends TableOptions {
  lines?: boolean;
  memory?: boolean;
  opcodes?: boolean;
  /** --compare-tiers: the profiles are one program on each tier (the fastest run of each). */
  compare?: boolean;
  /** --compare-tiers: every run, per tier (for the comparison table). */
  runsByTier?: readonly (readonly Profile[])[];
}

export function textReport(profile: Profile, options: ReportOptions): string {
  const parts: string[] = [];
  if (profile.outcome.status !== 'ok') parts.push(`note: the program ended early (${profile.outcome.status}): ${profile.outcome.message.split('\n')[0]}\n`);
  parts.push(formatTable(profile, options));
  if (options.lines) parts.push(formatLines(profile));
  if (options.memory) parts.push(formatMemory(profile, options.limit));
  if (options.opcodes) parts.push(formatOpcodes(profile, options.limit));
  return parts.join('\n');
}
