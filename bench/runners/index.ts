// One loader per column kind: the only place that maps a column to the code
// that runs programs on it. Peer runners are imported lazily so a missing
// optional dependency only matters to the column that needs it.

import type { ColumnDefinition, ColumnKind } from '../columns.js';
import type { LoadedProgram } from './loaded-program.js';

type Loader = (column: ColumnDefinition, source: string, file: string) => Promise<LoadedProgram>;

const LOADERS: Record<ColumnKind, Loader> = {
  tier: async (column, source, file) => {
    const { findTier } = await import('../../src/tiers.js');
    // the tier's start-up (the JIT's compiler thread) counts in the cell's load time, not its first iteration
    await findTier(column.name)?.prepare?.({ jitCompilerReady: true });
    return (await import('./tier-runner.js')).loadOnTier(column.name, source, file);
  },
  node: async (_column, source, file) => (await import('./node-runner.js')).loadOnNode(source, file),
  quickjs: async (_column, source, file) => (await import('./quickjs-runner.js')).loadOnQuickJS(source, file),
  sval: async (_column, source, file) => (await import('./sval-runner.js')).loadOnSval(source, file),
};

export function loadProgramOn(column: ColumnDefinition, source: string, file: string): Promise<LoadedProgram> {
  return LOADERS[column.kind](column, source, file);
}
