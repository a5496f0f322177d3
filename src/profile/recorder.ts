// The probe implementation: deterministic profiling of one run, cProfile style.
// Every call event reads the clock once; the recorder keeps a stack of open
// calls and, per function and mode, counts calls (total and primitive, i.e. not
// recursive), time in the function itself (tottime) and including callees
// (cumtime, counted on outermost activations only, so recursion is not counted
// twice), caller→callee edges with the same figures, and the calling-context
// tree (one node per distinct call path) that flame graphs and sampled-profile
// exports are made from. Optional events add lines, mode switches, JIT compile
// time and deopts; --memory adds a sampled live-heap series, whose sampling time
// is taken out of the profile's clock so it does not distort the figures.

import type { FunctionInfo } from '../front/ast.js';
import type { AllocationKind, ExecutionMode, Probe } from '../runtime/probe.js';
import type { JSFunction } from '../runtime/values.js';
import { HeapSampler } from './heap-sampler.js';
import { emptyAllocations, type Allocations, type JitStats, type ProfiledMode } from './model.js';

/** What the recorder reads of the realm: the current depth of language calls (to match `unwind`). */
export interface CallDepth {
  readonly depth: number;
}

export interface RecorderOptions {
  /** The program's file name, as reports show it. */
  file: string;
  /** The script's top level, the root of every call path. */
  script: FunctionInfo;
  /** The mode the tier runs the top level in. */
  rootMode: ExecutionMode;
  /** Record line events (`--lines`). */
  lines?: boolean;
  /** Sample the live heap (`--memory`). */
  memory?: boolean;
  /** Milliseconds (tests pass a fake clock). */
  clock?: () => number;
}

function modeIndex(mode: ProfiledMode): number {
  switch (mode) {
    case 'ast':
      return 0;
    case 'vm':
      return 1;
    case 'wasm':
      return 2;
    case 'native':
      return 3;
    case 'compile':
      return 4;
  }
}

/** A source function: what all of its modes share. */
export class SourceFunction {
  readonly byMode: (FunctionEntry | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  jit: JitStats | null = null;
  constructor(
    /** The FunctionInfo (or, for an implicit class constructor, the class node). */
    readonly key: object,
    readonly name: string,
    readonly line: number,
    readonly column: number,
  ) {}
}

/** One source function in one mode while recording. */
export class FunctionEntry {
  ncalls = 0;
  primitiveCalls = 0;
  tottime = 0;
  cumtime = 0;
  /** Activations of this entry on the stack now (above 1 when recursing). */
  active = 0;
  readonly callees = new Map<number, EdgeEntry>();
  readonly allocations: Allocations = emptyAllocations();
  constructor(
    readonly id: number,
    readonly source: SourceFunction,
    readonly mode: ProfiledMode,
  ) {}
}

export class EdgeEntry {
  ncalls = 0;
  primitiveCalls = 0;
  tottime = 0;
  cumtime = 0;
  active = 0;
  constructor(
    readonly caller: number,
    readonly callee: number,
  ) {}
}

/** A node of the calling-context tree while recording. */
export class PathNode {
  calls = 0;
  self = 0;
  total = 0;
  children: Map<number, PathNode> | null = null;
  /** The child found last: a loop calling one function finds it without a map lookup. */
  lastChild: PathNode | null = null;
  constructor(
    readonly id: number,
    readonly parent: PathNode | null,
    readonly entry: FunctionEntry,
    /** The caller→callee edge of this path's last call (null for the root). */
    readonly edge: EdgeEntry | null,
    /** What identifies the callee's source: its FunctionInfo (or class node, or function). */
    readonly sourceKey: object,
  ) {}
}

/** An open call. Frames are reused: the stack never allocates once it is deep enough. */
class Frame {
  entry!: FunctionEntry;
  edge: EdgeEntry | null = null;
  node!: PathNode;
  start = 0;
  childTime = 0;
  /** realm.depth when the call began; `unwind(d)` ends the frames deeper than d. */
  depth = 0;
  /** Pushed by switchMode: the same call, continued in another mode; it ends with its parent. */
  continuation = false;
  /** The line being executed (0: none yet), when it began, and childTime then. */
  line = 0;
  lineStart = 0;
  lineChildStart = 0;
}

export class ProfileRecorder implements Probe {
  readonly file: string;
  readonly entries: FunctionEntry[] = [];
  readonly pathNodes: PathNode[] = [];
  /** Per source line (index = line): statement executions, self and inclusive time. */
  readonly lineHits: number[] = [];
  readonly lineSelf: number[] = [];
  readonly lineInclusive: number[] = [];
  readonly heap: HeapSampler | null;
  /** Language calls seen (enter events). */
  calls = 0;
  /** Events that did not match the stack (an exit with no open call): a tier bug worth reporting. */
  unmatchedExits = 0;
  totalMs = 0;
  line?: (line: number) => void;

  private readonly clock: () => number;
  private readonly sourcesById: (SourceFunction | undefined)[] = [];
  private readonly sourcesByObject = new Map<object, SourceFunction>();
  private readonly frames: Frame[] = [];
  private top = -1;
  private startedAt = 0;
  /** Time spent sampling the heap, taken out of the profile's clock. */
  private pausedMs = 0;
  private callsSinceSample = 0;
  private finished = false;

  constructor(
    private readonly realm: CallDepth,
    private readonly options: RecorderOptions,
  ) {
    this.file = options.file;
    this.clock = options.clock ?? (() => performance.now());
    this.heap = options.memory ? new HeapSampler() : null;
    if (options.lines) this.line = (line) => this.recordLine(line);
  }

  /** Opens the root (the script's top level). Call it right before running the program. */
  start(): void {
    this.startedAt = this.clock();
    const root = this.entryIn(this.sourceOfInfo(this.options.script, '<script>'), this.options.rootMode);
    root.ncalls = 1;
    root.primitiveCalls = 1;
    root.active = 1;
    const node = this.newPathNode(null, root);
    node.calls = 1;
    const frame = this.frameAt(++this.top);
    frame.entry = root;
    frame.edge = null;
    frame.node = node;
    frame.start = this.now();
    frame.childTime = 0;
    frame.depth = -Infinity;
    frame.continuation = false;
    frame.line = 0;
    if (this.heap !== null) this.heap.sample(0, 0, root.id);
  }

  /** Ends every open call (a run can stop with calls open: an uncaught error, a limit) and the root. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const now = this.now();
    while (this.top > 0) this.pop(now);
    const root = this.frames[0];
    const elapsed = now - root.start;
    root.entry.tottime += elapsed - root.childTime;
    root.entry.cumtime += elapsed;
    root.entry.active = 0;
    root.node.self += elapsed - root.childTime;
    root.node.total += elapsed;
    if (root.line !== 0) this.closeLine(root, now);
    this.top = -1;
    this.totalMs = elapsed;
    if (this.heap !== null) this.heap.sample(now - this.startedAt, this.calls, root.entry.id);
  }

  // ---- the probe -----------------------------------------------------------------------

  enter(fn: JSFunction, mode: ExecutionMode): void {
    if (this.top < 0) return; // not started, or finished
    const now = this.now();
    const parent = this.frames[this.top].node;
    // Fast path: the same callee as last time from this call path.
    let node = parent.lastChild;
    if (node === null || node.sourceKey !== fn.info || node.entry.mode !== mode || fn.info === null) {
      node = this.childNode(parent, this.entryIn(this.sourceOf(fn), mode));
    }
    this.pushNode(node, now, this.realm.depth, false);
    this.calls++;
    if (this.heap !== null && ++this.callsSinceSample >= this.heap.intervalCalls) this.sampleHeap(node.entry);
  }

  exit(): void {
    const now = this.now();
    let popped: Frame;
    do {
      if (this.top <= 0) {
        this.unmatchedExits++;
        return;
      }
      popped = this.pop(now);
    } while (popped.continuation);
  }

  unwind(depth: number): void {
    const now = this.now();
    while (this.top > 0 && this.frames[this.top].depth > depth) this.pop(now);
  }

  allocate(kind: AllocationKind, bytes: number): void {
    if (this.top < 0) return;
    const tally = this.frames[this.top].entry.allocations[kind];
    tally.count++;
    tally.bytes += bytes;
  }

  switchMode(mode: ExecutionMode): void {
    if (this.top < 0) return;
    const current = this.frames[this.top];
    if (current.entry.mode === mode) return;
    const now = this.now();
    const line = current.line;
    if (line !== 0) {
      this.closeLine(current, now);
      current.line = 0;
    }
    const entry = this.entryIn(current.entry.source, mode);
    const frame = this.push(entry, now, current.depth, true);
    frame.line = line;
    frame.lineStart = now;
    frame.lineChildStart = 0;
  }

  compiled(fn: JSFunction, milliseconds: number): void {
    if (this.top < 0) return;
    const now = this.now();
    const frame = this.frames[this.top];
    const source = this.sourceOf(fn);
    // The compile happened inside this call: never move more than the call's own time so far.
    const t = Math.max(0, Math.min(milliseconds, now - frame.start - frame.childTime));
    const entry = this.entryIn(source, 'compile');
    entry.ncalls++;
    entry.primitiveCalls++;
    entry.tottime += t;
    entry.cumtime += t;
    const node = this.childNode(frame.node, entry);
    const edge = node.edge!;
    edge.ncalls++;
    edge.primitiveCalls++;
    edge.tottime += t;
    edge.cumtime += t;
    node.calls++;
    node.self += t;
    node.total += t;
    frame.childTime += t;
    const jit = this.jitOf(source);
    jit.compiles++;
    jit.compileMs += milliseconds;
  }

  deoptimized(fn: JSFunction, reason: string): void {
    const jit = this.jitOf(this.sourceOf(fn));
    jit.deopts++;
    jit.deoptReasons[reason] = (jit.deoptReasons[reason] ?? 0) + 1;
  }

  // ---- bookkeeping ---------------------------------------------------------------------

  /** Source functions in the order they were first seen. */
  sources(): SourceFunction[] {
    const seen = new Set<SourceFunction>();
    for (const e of this.entries) seen.add(e.source);
    return [...seen];
  }

  /** Milliseconds since start, on the profile's clock (heap sampling excluded). */
  elapsed(): number {
    return this.now() - this.startedAt;
  }

  private now(): number {
    return this.clock() - this.pausedMs;
  }

  private push(entry: FunctionEntry, now: number, depth: number, continuation: boolean): Frame {
    return this.pushNode(this.childNode(this.frames[this.top].node, entry), now, depth, continuation);
  }

  private pushNode(node: PathNode, now: number, depth: number, continuation: boolean): Frame {
    const entry = node.entry;
    const edge = node.edge!;
    if (!continuation) {
      entry.ncalls++;
      edge.ncalls++;
      if (entry.active === 0) entry.primitiveCalls++;
      if (edge.active === 0) edge.primitiveCalls++;
      node.calls++;
    }
    entry.active++;
    edge.active++;
    const frame = this.frameAt(++this.top);
    frame.entry = entry;
    frame.edge = edge;
    frame.node = node;
    frame.start = now;
    frame.childTime = 0;
    frame.depth = depth;
    frame.continuation = continuation;
    frame.line = 0;
    return frame;
  }

  private pop(now: number): Frame {
    const frame = this.frames[this.top--];
    const elapsed = now - frame.start;
    const self = elapsed - frame.childTime;
    const entry = frame.entry;
    entry.tottime += self;
    if (--entry.active === 0) entry.cumtime += elapsed;
    const edge = frame.edge!;
    edge.tottime += self;
    if (--edge.active === 0) edge.cumtime += elapsed;
    frame.node.self += self;
    frame.node.total += elapsed;
    if (frame.line !== 0) this.closeLine(frame, now);
    this.frames[this.top].childTime += elapsed;
    return frame;
  }

  private recordLine(line: number): void {
    if (this.top < 0) return;
    const now = this.now();
    const frame = this.frames[this.top];
    if (frame.line !== 0) this.closeLine(frame, now);
    frame.line = line;
    frame.lineStart = now;
    frame.lineChildStart = frame.childTime;
    this.lineHits[line] = (this.lineHits[line] ?? 0) + 1;
  }

  private closeLine(frame: Frame, now: number): void {
    const line = frame.line;
    const inclusive = now - frame.lineStart;
    this.lineInclusive[line] = (this.lineInclusive[line] ?? 0) + inclusive;
    this.lineSelf[line] = (this.lineSelf[line] ?? 0) + inclusive - (frame.childTime - frame.lineChildStart);
  }

  private sampleHeap(entry: FunctionEntry): void {
    const before = this.clock();
    this.callsSinceSample = 0;
    this.heap!.sample(before - this.pausedMs - this.startedAt, this.calls, entry.id);
    this.pausedMs += this.clock() - before;
  }

  private frameAt(index: number): Frame {
    let frame = this.frames[index];
    if (frame === undefined) frame = this.frames[index] = new Frame();
    return frame;
  }

  private edgeBetween(caller: FunctionEntry, callee: FunctionEntry): EdgeEntry {
    let edge = caller.callees.get(callee.id);
    if (edge === undefined) {
      edge = new EdgeEntry(caller.id, callee.id);
      caller.callees.set(callee.id, edge);
    }
    return edge;
  }

  private childNode(parent: PathNode, entry: FunctionEntry): PathNode {
    let children = parent.children;
    if (children === null) children = parent.children = new Map();
    let node = children.get(entry.id);
    if (node === undefined) {
      node = this.newPathNode(parent, entry);
      children.set(entry.id, node);
    }
    parent.lastChild = node;
    return node;
  }

  private newPathNode(parent: PathNode | null, entry: FunctionEntry): PathNode {
    const edge = parent === null ? null : this.edgeBetween(parent.entry, entry);
    const node = new PathNode(this.pathNodes.length, parent, entry, edge, entry.source.key);
    this.pathNodes.push(node);
    return node;
  }

  private entryIn(source: SourceFunction, mode: ProfiledMode): FunctionEntry {
    const index = modeIndex(mode);
    let entry = source.byMode[index];
    if (entry === undefined) {
      entry = new FunctionEntry(this.entries.length, source, mode);
      this.entries.push(entry);
      source.byMode[index] = entry;
    }
    return entry;
  }

  private sourceOf(fn: JSFunction): SourceFunction {
    const info = fn.info;
    if (info !== null) return this.sourcesById[info.id] ?? this.sourceOfInfo(info, fn.name);
    // No FunctionInfo: a class's implicit constructor. Key it by its class node.
    const key: object = fn.classNode ?? fn;
    let source = this.sourcesByObject.get(key);
    if (source === undefined) {
      const loc = fn.classNode?.loc.start;
      source = new SourceFunction(key, fn.name || '<anonymous>', loc?.line ?? 0, loc?.column ?? 0);
      this.sourcesByObject.set(key, source);
    }
    return source;
  }

  private sourceOfInfo(info: FunctionInfo, fallbackName: string): SourceFunction {
    let source = this.sourcesById[info.id];
    if (source === undefined) {
      source = new SourceFunction(info, info.name || fallbackName || '<anonymous>', info.line, info.column);
      this.sourcesById[info.id] = source;
    }
    return source;
  }

  private jitOf(source: SourceFunction): JitStats {
    if (source.jit === null) {
      source.jit = { name: source.name, file: this.file, line: source.line, compiles: 0, compileMs: 0, deopts: 0, deoptReasons: {} };
    }
    return source.jit;
  }
}
