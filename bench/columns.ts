// The columns a benchmark report can have, declared once: every registered
// speedlab tier (read from src/tiers.ts, so new tiers appear without changes
// here), V8 itself with and without its JIT, and optional peer interpreters.
// Each row says how its child process is started and whether it is on by default.
// Rows run roughly from slowest to fastest, which is also the report's column order.

import { TIERS } from '../src/tiers.js';
import type { PlanName } from './plan.js';

export type ColumnKind = 'tier' | 'node' | 'quickjs' | 'sval';

export interface ColumnDefinition {
  name: string;
  kind: ColumnKind;
  /** One line for --help and the README. */
  summary: string;
  /** Flags of the child `node` process that hosts this column. */
  nodeFlags: string[];
  /**
   * Run inside a worker thread with a large host stack: interpreters that
   * recurse on the host stack (our tree-walker, sval) need it for deep programs.
   */
  largeStack: boolean;
  /** The plans whose run includes this column when --tiers is not given. */
  defaultIn: PlanName[];
  /** An optional dependency this column needs; a missing one skips the column with a note. */
  peerPackage?: string;
  /** Compiles code at run time, so its warm-up curve is drawn in the HTML report. */
  compilesAtRunTime: boolean;
}

/** Tier names that compile at run time (their warm-up curve matters most). */
const COMPILING_TIER = /jit/i;

export function allColumns(): ColumnDefinition[] {
  const tierColumns: ColumnDefinition[] = TIERS.map((tier) => ({
    name: tier.name,
    kind: 'tier',
    summary: `speedlab tier: ${tier.summary}`,
    nodeFlags: [],
    largeStack: true,
    defaultIn: ['default', 'quick'],
    compilesAtRunTime: COMPILING_TIER.test(tier.name),
  }));
  return [
    ...tierColumns,
    {
      name: 'sval',
      kind: 'sval',
      summary: 'a tree-walking interpreter written in JavaScript (optional peer sval; slow, so only on request)',
      nodeFlags: [],
      largeStack: true,
      defaultIn: [],
      peerPackage: 'sval',
      compilesAtRunTime: false,
    },
    {
      name: 'quickjs',
      kind: 'quickjs',
      summary: "QuickJS's bytecode VM compiled to WebAssembly (optional peer quickjs-emscripten; not in --quick)",
      nodeFlags: [],
      largeStack: false,
      defaultIn: ['default'],
      peerPackage: 'quickjs-emscripten',
      compilesAtRunTime: false,
    },
    {
      name: 'node-jitless',
      kind: 'node',
      summary: "V8's own bytecode interpreter (node --jitless)",
      nodeFlags: ['--jitless'],
      largeStack: false,
      defaultIn: ['default', 'quick'],
      compilesAtRunTime: false,
    },
    {
      name: 'node',
      kind: 'node',
      summary: 'the program natively in V8 (new Function in the main context): the reference ceiling',
      nodeFlags: [],
      largeStack: false,
      defaultIn: ['default', 'quick'],
      compilesAtRunTime: true,
    },
  ];
}

export function columnNames(): string[] {
  return allColumns().map((c) => c.name);
}

export function findColumn(name: string): ColumnDefinition | undefined {
  return allColumns().find((c) => c.name === name);
}

/** Whether the column's peer package (if any) can be loaded. */
export function isColumnAvailable(column: ColumnDefinition): boolean {
  if (!column.peerPackage) return true;
  try {
    import.meta.resolve(column.peerPackage);
    return true;
  } catch {
    return false;
  }
}

export interface ColumnSelection {
  columns: ColumnDefinition[];
  /** Columns asked for (or on by default) that cannot run here, with the reason. */
  skipped: { column: string; reason: string }[];
}

/** Resolves --tiers (a comma-separated list, 'all', or undefined for the plan's defaults). Unknown names throw. */
export function selectColumns(requested: string | undefined, plan: PlanName): ColumnSelection {
  const known = allColumns();
  let wanted: ColumnDefinition[];
  if (requested === undefined || requested.trim() === '' || requested.trim() === 'default') {
    wanted = known.filter((c) => c.defaultIn.includes(plan));
  } else if (requested.trim() === 'all') {
    wanted = known;
  } else {
    const names = requested.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = names.filter((n) => !known.some((c) => c.name === n));
    if (unknown.length > 0) {
      throw new Error(`unknown column ${unknown.map((n) => `'${n}'`).join(', ')} (columns: ${known.map((c) => c.name).join(', ')}; or 'all')`);
    }
    wanted = known.filter((c) => names.includes(c.name));
  }
  const columns: ColumnDefinition[] = [];
  const skipped: ColumnSelection['skipped'] = [];
  for (const column of wanted) {
    if (isColumnAvailable(column)) columns.push(column);
    else skipped.push({ column: column.name, reason: `optional dependency '${column.peerPackage}' is not installed` });
  }
  return { columns, skipped };
}
