// Number arrays for compiled code: while compiled code runs, an array it reads
// or writes as numbers (or booleans) is copied once into the memory it shares
// with the host — a "mirror" — and compiled code loads and stores elements
// there with no host call. The runtime's arrays stay JavaScript arrays for
// every tier and builtin: a mirror is written back (when compiled code changed
// it) and dropped before any other host code can see the array, that is,
// whenever compiled code hands control to the host for anything but the JIT's
// own accessors (exec, generic calls, a deopt, a return or exception out of
// the outermost compiled activation). Each write-back bumps the epoch cell, so
// the addresses compiled code cached (per register, see codegen.ts) are asked
// for again. Layout of a mirror: element count (i32), dirty flag (i32), then
// one f64 per element (booleans as 0 / 1).
//
// Thrashing guard: an array written back MAX_FLUSHES times in the middle of
// one outermost activation (a loop that mixes element accesses with exec'd
// instructions would copy the whole array every iteration) is not mirrored
// again until that activation ends.

import { JSArray, type Value } from '../../src/runtime/values.js';
import { MIRROR_BOOLEANS, MIRROR_NUMBERS } from './analysis.js';
import { EPOCH_CELL, MIRROR_DIRTY, MIRROR_ELEMENTS, MIRROR_LENGTH } from './codegen.js';

const MAX_FLUSHES = 3;

export class ArrayMirrors {
  private readonly words: Int32Array;
  private readonly heap: Float64Array;
  private top: number;
  private readonly mirrored: JSArray[] = [];
  /** Arrays past MAX_FLUSHES in the current outermost activation (reset when it ends). */
  private readonly throttled: JSArray[] = [];
  /** Elements copied in and out, for --stats. */
  copied = 0;

  constructor(
    memory: { buffer: ArrayBuffer },
    private readonly base: number,
    private readonly end: number,
  ) {
    this.words = new Int32Array(memory.buffer);
    this.heap = new Float64Array(memory.buffer);
    this.top = base;
    this.words[EPOCH_CELL >> 2] = 1;
  }

  /** The `mirror` import: the address of o's mirror of `kind`, made now if needed; -1 when it cannot have one. */
  address(o: Value, kind: number): number {
    if (!(o instanceof JSArray)) return -1;
    if (o.mirror >= 0) return o.mirrorKind === kind ? o.mirror : -1;
    if (o.mirrorFlushes >= MAX_FLUSHES) return -1;
    const e = o.elems;
    const n = e.length;
    const bytes = MIRROR_ELEMENTS + 8 * n;
    if (this.top + bytes > this.end) {
      this.flushAll(false);
      if (this.top + bytes > this.end) return -1;
    }
    const addr = this.top;
    // copy and check in one pass; a hole or an element of another type abandons the copy
    const at = (addr + MIRROR_ELEMENTS) >> 3;
    const heap = this.heap;
    let ok = true;
    if (kind === MIRROR_NUMBERS) {
      for (let i = 0; i < n; i++) {
        const v = e[i];
        if (typeof v !== 'number') { ok = false; break; }
        heap[at + i] = v;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const v = e[i];
        if (v === true) heap[at + i] = 1;
        else if (v === false) heap[at + i] = 0;
        else { ok = false; break; }
      }
    }
    if (!ok) {
      // checking again at every epoch would cost a scan each time
      o.mirrorFlushes = MAX_FLUSHES;
      this.throttled.push(o);
      return -1;
    }
    this.top += bytes;
    this.words[(addr + MIRROR_LENGTH) >> 2] = n;
    this.words[(addr + MIRROR_DIRTY) >> 2] = 0;
    this.copied += n;
    o.mirror = addr;
    o.mirrorKind = kind;
    this.mirrored.push(o);
    return addr;
  }

  get active(): boolean {
    return this.mirrored.length !== 0;
  }

  /** Element k of a mirrored array, as the language value (k in bounds). */
  read(o: JSArray, k: number): Value {
    const v = this.heap[((o.mirror + MIRROR_ELEMENTS) >> 3) + k];
    return o.mirrorKind === MIRROR_BOOLEANS ? v !== 0 : v;
  }

  length(o: JSArray): number {
    return this.words[(o.mirror + MIRROR_LENGTH) >> 2];
  }

  /** Writes element k (in bounds) of a mirrored array when v has the mirror's type; false otherwise. */
  write(o: JSArray, k: number, v: Value): boolean {
    if (typeof v !== (o.mirrorKind === MIRROR_NUMBERS ? 'number' : 'boolean')) return false;
    this.heap[((o.mirror + MIRROR_ELEMENTS) >> 3) + k] = v === true ? 1 : v === false ? 0 : v;
    this.words[(o.mirror + MIRROR_DIRTY) >> 2] = 1;
    return true;
  }

  /**
   * Writes every mirror back and drops them (the host is about to run code
   * that may read the arrays). `midActivation`: compiled code goes on after
   * this (counts towards the thrashing guard).
   */
  flushAll(midActivation: boolean): void {
    const list = this.mirrored;
    if (list.length === 0) return;
    for (let i = 0; i < list.length; i++) this.writeBack(list[i], midActivation);
    list.length = 0;
    this.top = this.base;
    this.words[EPOCH_CELL >> 2]++;
  }

  /** Writes one array's mirror back and drops it (an append or another type written by compiled code). */
  flushOne(o: JSArray): void {
    const i = this.mirrored.indexOf(o);
    if (i < 0) return;
    this.mirrored.splice(i, 1);
    this.writeBack(o, true);
    this.words[EPOCH_CELL >> 2]++;
  }

  /** The outermost compiled activation ended: everything is written back, the guard forgets. */
  endOfActivation(): void {
    this.flushAll(false);
    for (const o of this.throttled) o.mirrorFlushes = 0;
    this.throttled.length = 0;
  }

  private writeBack(o: JSArray, midActivation: boolean): void {
    const addr = o.mirror;
    o.mirror = -1;
    if (midActivation && ++o.mirrorFlushes === MAX_FLUSHES) this.throttled.push(o);
    if (this.words[(addr + MIRROR_DIRTY) >> 2] === 0) return;
    const n = this.words[(addr + MIRROR_LENGTH) >> 2];
    const at = (addr + MIRROR_ELEMENTS) >> 3;
    const e = o.elems;
    const heap = this.heap;
    if (o.mirrorKind === MIRROR_NUMBERS) for (let i = 0; i < n; i++) e[i] = heap[at + i];
    else for (let i = 0; i < n; i++) e[i] = heap[at + i] !== 0;
    this.copied += n;
  }
}
