// Number arrays and numeric object slots for compiled code: while compiled
// code runs, an array it reads or writes as numbers (or booleans), or an
// object whose numeric properties it reads or writes, is copied once into the
// memory it shares with the host — a "mirror" — and compiled code loads and
// stores there with no host call. The runtime's arrays and objects stay
// JavaScript objects for every tier and builtin: a mirror is written back
// (when compiled code changed it) and dropped before any other host code can
// see the object, that is, whenever compiled code hands control to the host
// for anything but the JIT's own accessors (exec, generic calls, a deopt, a
// return or exception out of a compiled activation). Each write-back bumps the
// epoch cell, so the addresses compiled code cached (per register, see
// codegen.ts) are asked for again.
//
// Layout of an array mirror: element count (i32), dirty flag (i32), then one
// f64 per element (booleans as 0 / 1). Of an object mirror: shape id (i32),
// dirty flag (i32), slot count (i32), padding, then one f64 per slot, where a
// slot holding anything but a number has NOT_A_NUMBER as its high word (a
// signalling NaN no arithmetic produces) and its value stays in `slots` (one
// compiled code wrote is known by its index in the table below: refValues).
//
// References: a slot holding anything else (an object, an array, null, a
// string) is put in a table of references compiled code imports (`env.refs`,
// externref): the slot's low word is 1 + its index, so compiled code reads
// `this.colFree` with a shape check, a load and a table.get, no host call. An
// object gets one index per outermost activation (JSObject.mirrorRef), and the
// reference information at that index (REF_INFO_SIZE bytes per index) holds
// the addresses of its mirrors, so `this.colFree[c]` finds the array's mirror
// without asking either. Indices live until everything is written back
// (flushAll), as the mirrors that hold them do.
//
// Arrays of references (MIRROR_REFERENCES): the mirror holds, per element,
// 1 + the element's index in the table (its low word; 0: ask the host, which
// fills it in), so `bodies[j]` is a load and a table.get. The array's own
// elements stay the truth, except those compiled code wrote itself (a
// reference whose index it knew): their high word is 1, and the host reads
// them, and writes them back, through their index (refValues). The host's
// element writes for compiled code update the index beside the element.
// null and undefined have fixed indices (NULL_REF, UNDEFINED_REF).
//
// Thrashing guards: an array written back MAX_FLUSHES times in the middle of
// one outermost activation (a loop that mixes element accesses with exec'd
// instructions would copy the whole array every iteration) is not mirrored
// again until that activation ends. And an array of more than LARGE elements
// is mirrored at most MAX_LARGE_MIRRORS times in its life: a function called
// many times that touches a few elements of a big array per call (a binary
// heap's push and pop) would copy all of it at every call (measured: the graph
// benchmark copied 48M elements and ran at half the VM's speed).

import { JSArray, JSObject, type Value } from '../../src/runtime/values.js';
import { MIRROR_AT_ONCE, MIRROR_BOOLEANS, MIRROR_NUMBERS, MIRROR_REFERENCES } from './analysis.js';
import { EPOCH_CELL, FIXED_REFS, MAX_REFS, MIRROR_CAPACITY, MIRROR_DIRTY, MIRROR_OBJECT, MIRRORED_CELL, MIRROR_ELEMENTS, MIRROR_LENGTH, MIRROR_PLAIN, NOT_A_NUMBER, NOT_MIRRORED_YET, NULL_REF, OBJECT_SHAPE, OBJECT_SLOT_COUNT, OBJECT_SLOTS, REF_ELEMENT_KIND, REF_ELEMENT_MIRROR, REF_INFO_SIZE, REF_SLOT_MIRROR, UNDEFINED_REF } from './codegen.js';

/**
 * The WebAssembly memory compiled code shares with the host and the host's
 * views of it. The memory starts small and grows when the mirrors need room:
 * V8 counts it as external memory of the program's heap, and a 16 MB arena
 * from the start made its collector run often enough to slow object-heavy
 * programs by 10-25% with nothing compiled. Growing detaches the old buffer,
 * so every view is taken from here again after it.
 */
export class SharedMemory {
  words: Int32Array;
  heap: Float64Array;

  constructor(readonly memory: { buffer: ArrayBuffer; grow(pages: number): number }, private maxBytes: number) {
    this.words = new Int32Array(memory.buffer);
    this.heap = new Float64Array(memory.buffer);
  }

  get size(): number {
    return this.memory.buffer.byteLength;
  }

  /** Grows the memory to at least `bytes` (false: past the maximum). */
  growTo(bytes: number): boolean {
    if (bytes > this.maxBytes) return false;
    const pages = Math.ceil((bytes - this.size) / 65536);
    if (pages > 0) this.memory.grow(pages);
    this.words = new Int32Array(this.memory.buffer);
    this.heap = new Float64Array(this.memory.buffer);
    return true;
  }
}

/** The host's WebAssembly API (the project's TypeScript setup has no DOM/wasm lib types). */
const WebAssembly = (globalThis as any).WebAssembly;

/** A WebAssembly.Table of externref, as this file uses it. */
interface ReferenceTable {
  readonly length: number;
  grow(delta: number): number;
  set(index: number, value: unknown): void;
}


const MAX_FLUSHES = 3;
const LARGE = 256;
const MAX_LARGE_MIRRORS = 16;
const REVISITS = 4;
/**
 * An object's slot mirror is made at its OBJECT_REVISITS-th request in an
 * outermost activation: a walk over a tree or a list that reads each node's
 * properties once (bintrees' check, once its caller was compiled) made a
 * mirror of every node, with an index for each of its references, for reads
 * the host's inline cache answers without a copy: bintrees ran at 0.44x the
 * VM, half of it in the collector. An object asked for again (a body of
 * nbody, a disk of towers, `this` of a recursion) is mirrored then.
 */
const OBJECT_REVISITS = 3;

export class Mirrors {
  private top: number;
  private readonly mirrored: JSArray[] = [];
  private readonly objects: JSObject[] = [];
  /** Arrays past MAX_FLUSHES in the current outermost activation (reset when it ends). */
  private readonly throttled: JSArray[] = [];
  /** The outermost compiled activations ended so far (numbers the current one for `revisited`). */
  private activation = 1;
  /** Elements copied in and out, for --stats. */
  copied = 0;
  /** The table of references compiled code imports; entries below refTop are in use. */
  readonly refs: ReferenceTable = new WebAssembly.Table({ element: 'externref', initial: 256 });
  private refTop = FIXED_REFS;
  /**
   * What the table holds, for the host's reads: compiled code only ever
   * writes indices it read from the table (a reference slot or element
   * write), so this stays the table's copy, and no read crosses into
   * WebAssembly.
   */
  private readonly refValues: Value[] = [null, undefined];
  /** The objects holding an index (their mirrorRef is reset with the table). */
  private readonly referenced: JSObject[] = [];

  constructor(
    private readonly shared: SharedMemory,
    private readonly base: number,
    /** Where the reference information starts (codegen.ts, refInfoBase). */
    private readonly refInfo: number,
    /** An array whose push and pop are Array.prototype's as long as that holds them (MIRROR_PLAIN). */
    private readonly isPlain: (o: JSArray) => boolean,
  ) {
    this.top = base;
    this.words[EPOCH_CELL >> 2] = 1;
    this.refs.set(NULL_REF, null);
    this.refs.set(UNDEFINED_REF, undefined);
    for (let i = 0; i < FIXED_REFS; i++) this.noMirrorsAt(i);
  }

  /** v's index in the table of references, given one now if need be; -1 when the table is full. */
  private refIndex(v: Value): number {
    const isObject = v instanceof JSObject;
    if (isObject && v.mirrorRef >= 0) return v.mirrorRef;
    if (v === null) return NULL_REF;
    if (v === undefined) return UNDEFINED_REF;
    if (this.refTop >= MAX_REFS) return -1;
    const i = this.refTop++;
    if (i >= this.refs.length) this.refs.grow(this.refs.length);
    this.refs.set(i, v);
    this.refValues[i] = v;
    this.noMirrorsAt(i);
    if (isObject) {
      const info = (this.refInfo + i * REF_INFO_SIZE) >> 2;
      const words = this.words;
      v.mirrorRef = i;
      this.referenced.push(v);
      if (v.slotMirror >= 0) words[info + (REF_SLOT_MIRROR >> 2)] = v.slotMirror;
      if (v instanceof JSArray && v.elementMirror >= 0) {
        words[info + (REF_ELEMENT_MIRROR >> 2)] = v.elementMirror;
        words[info + (REF_ELEMENT_KIND >> 2)] = v.elementMirrorKind;
      }
    }
    return i;
  }

  /** The reference information at index i: no mirrors. */
  private noMirrorsAt(i: number): void {
    const info = (this.refInfo + i * REF_INFO_SIZE) >> 2;
    this.words[info + (REF_SLOT_MIRROR >> 2)] = -1;
    this.words[info + (REF_ELEMENT_MIRROR >> 2)] = -1;
  }

  /** What a reference mirror holds for element v: 1 + its index when it has one (objects), 0 (ask the host). */
  private knownIndex(v: Value): number {
    return v instanceof JSObject ? v.mirrorRef + 1 : v === null ? NULL_REF + 1 : v === undefined ? UNDEFINED_REF + 1 : 0;
  }

  /** Records o's mirror addresses (or -1) at its table index, if it has one. */
  private noteMirrors(o: JSObject): void {
    if (o.mirrorRef < 0) return;
    const info = (this.refInfo + o.mirrorRef * REF_INFO_SIZE) >> 2;
    this.words[info + (REF_SLOT_MIRROR >> 2)] = o.slotMirror;
    const array = o instanceof JSArray && o.elementMirror >= 0;
    this.words[info + (REF_ELEMENT_MIRROR >> 2)] = array ? o.elementMirror : -1;
    if (array) this.words[info + (REF_ELEMENT_KIND >> 2)] = o.elementMirrorKind;
  }

  /** The high and low words of a mirrored slot holding the non-number v. */
  private markReference(wordAt: number, v: Value): void {
    this.words[wordAt] = this.refIndex(v) + 1;
    this.words[wordAt + 1] = NOT_A_NUMBER;
  }

  private get words(): Int32Array {
    return this.shared.words;
  }

  private get heap(): Float64Array {
    return this.shared.heap;
  }

  /**
   * The `mirror` import: the address of o's mirror of the kind asked for, made
   * now if need be (a reference mirror only once o is asked for again and
   * again, see revisited, unless MIRROR_AT_ONCE is or-ed in); -1: none.
   */
  address(o: Value, asked: number): number {
    if (!(o instanceof JSArray)) return -1;
    const kind = asked & ~MIRROR_AT_ONCE;
    if (o.elementMirror >= 0) return o.elementMirrorKind === kind ? o.elementMirror : -1;
    if (o.elementMirrorFlushes >= MAX_FLUSHES) return -1;
    if (asked === MIRROR_REFERENCES && !this.revisited(o)) return -1;
    const e = o.elems;
    const n = e.length;
    if (n > LARGE && o.elementMirrors >= MAX_LARGE_MIRRORS) return -1;
    const capacity = n + growthRoom(n);
    const bytes = MIRROR_ELEMENTS + 8 * capacity;
    if (!this.room(bytes)) return -1;
    const addr = this.top;
    // copy and check in one pass; a hole or an element of another type abandons the copy
    const at = (addr + MIRROR_ELEMENTS) >> 3;
    const heap = this.heap;
    let ok = true;
    if (kind === MIRROR_REFERENCES) {
      // the indices objects already have; the others are given one when compiled code first reads them
      // (a hole or a number stays 0: the host reads it every time)
      const words = this.words;
      for (let i = 0; i < n; i++) {
        words[2 * (at + i)] = this.knownIndex(e[i]);
        words[2 * (at + i) + 1] = 0;
      }
    } else if (kind === MIRROR_NUMBERS) {
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
      o.elementMirrorFlushes = MAX_FLUSHES;
      this.throttled.push(o);
      return -1;
    }
    this.copied += n;
    return this.place(o, kind, n, capacity, false);
  }

  /**
   * `new Array(n).fill(v)` made straight into a mirror of `kind`
   * (fresh-arrays.ts): o has no elements yet, the mirror holds n copies of v
   * and is dirty from the start, so writing it back is what makes them.
   * -1: no room (the caller makes the elements itself).
   */
  fresh(o: JSArray, n: number, kind: number, v: number): number {
    const capacity = n + growthRoom(n);
    if (!this.room(MIRROR_ELEMENTS + 8 * capacity)) return -1;
    const at = (this.top + MIRROR_ELEMENTS) >> 3;
    this.heap.fill(v, at, at + n);
    return this.place(o, kind, n, capacity, true);
  }

  /** Takes the room at the arena's top for o's mirror of n elements (filled in already) and writes its header. */
  private place(o: JSArray, kind: number, n: number, capacity: number, dirty: boolean): number {
    const addr = this.top;
    this.top += MIRROR_ELEMENTS + 8 * capacity;
    this.words[(addr + MIRROR_LENGTH) >> 2] = n;
    this.words[(addr + MIRROR_DIRTY) >> 2] = dirty ? 1 : 0;
    this.words[(addr + MIRROR_CAPACITY) >> 2] = capacity;
    this.words[(addr + MIRROR_PLAIN) >> 2] = this.isPlain(o) ? 1 : 0;
    o.elementMirrors++;
    o.elementMirror = addr;
    o.elementMirrorKind = kind;
    this.mirrored.push(o);
    this.noteMirrors(o);
    return addr;
  }

  /**
   * Counts a request for o's reference mirror in the current outermost
   * activation: true from the REVISITS-th on. An array of references read
   * once per activation (a function entered from the VM that reads a few
   * elements, a walk over a list) is better read through the host: the
   * mirror is a copy of every element's index, and a read through the host
   * gives the element an index, both more than the read (measured when every
   * such read made a mirror: poly-call 0.56x and storage 0.5x). One asked for
   * again and again (towers' `this.piles`, asked by every call of pushDisk and
   * popDiskFrom) is made on the REVISITS-th request and stays until a write-back.
   */
  private revisited(o: JSArray): boolean {
    // (one field for the activation and the count: a counter per array in a Map made storage's
    // compiled walk 2x slower, and two fields on every array cost the VM's allocation-heavy runs)
    const base = this.activation * 8;
    const asked = (o.mirrorAsks >= base && o.mirrorAsks < base + 8 ? o.mirrorAsks - base : 0) + 1;
    o.mirrorAsks = base + Math.min(asked, 7);
    return asked >= REVISITS;
  }

  /**
   * Counts a request for o's slot mirror in the current outermost activation:
   * true from the OBJECT_REVISITS-th on. The count lives in `slotMirror`
   * while o has no mirror (-2 - (activation * 8 + requests)): no field more on
   * every object. An object written back in the middle of the activation keeps
   * a count that makes its next request mirror it again (writeBackSlots).
   */
  private revisitedObject(o: JSObject): boolean {
    const base = this.activation * 8;
    const counted = -2 - o.slotMirror;
    const asked = (counted >= base && counted < base + 8 ? counted - base : 0) + 1;
    if (asked >= OBJECT_REVISITS) return true;
    o.slotMirror = -2 - (base + asked);
    return false;
  }

  /**
   * The `omirror` import: the address of o's slot mirror, made now if needed;
   * NOT_MIRRORED_YET: it may be when asked for again (see revisitedObject);
   * -1: none.
   */
  objectAddress(o: Value): number {
    // not a prototype or Math: compiled code would write its slots without the method epoch knowing (codegen.ts)
    if (!(o instanceof JSObject) || o.childRoot !== null || o.holdsCachedMethods) return -1;
    if (o.slotMirror >= 0) return o.slotMirror;
    if (!this.revisitedObject(o)) return NOT_MIRRORED_YET;
    const slots = o.slots;
    const n = slots.length;
    const bytes = OBJECT_SLOTS + 8 * n;
    if (!this.room(bytes)) return -1;
    const addr = this.top;
    this.top += bytes;
    const words = this.words;
    words[(addr + OBJECT_SHAPE) >> 2] = o.shape.id;
    words[(addr + MIRROR_DIRTY) >> 2] = 0;
    words[(addr + OBJECT_SLOT_COUNT) >> 2] = n;
    const at = (addr + OBJECT_SLOTS) >> 3;
    for (let i = 0; i < n; i++) {
      const v = slots[i];
      if (typeof v === 'number') this.heap[at + i] = v;
      else this.markReference((at + i) * 2, v);
    }
    this.copied += n;
    o.slotMirror = addr;
    this.objects.push(o);
    this.noteMirrors(o);
    return addr;
  }

  /**
   * For the `_m` accessors: writes the address of v's mirror of `kind` (an
   * object's slot mirror for MIRROR_OBJECT, made if need be; -1: none) into
   * MIRRORED_CELL, and returns v.
   */
  noteAddress(v: Value, kind: number): Value {
    const addr = kind === MIRROR_OBJECT ? this.objectAddress(v) : this.address(v, kind);
    this.words[MIRRORED_CELL >> 2] = addr;
    return v;
  }

  /** Slot i of an object whose slots are mirrored, as the language value. */
  slot(o: JSObject, i: number): Value {
    const at = ((o.slotMirror + OBJECT_SLOTS) >> 3) + i;
    return this.words[at * 2 + 1] === NOT_A_NUMBER ? this.referenceIn(o, i, at) : asValue(this.heap[at]);
  }

  /** The reference slot i of o's mirror holds (at: its f64 index): the one at its index, or `slots`' (no index). */
  private referenceIn(o: JSObject, i: number, at: number): Value {
    const index = this.words[at * 2] - 1;
    return index >= 0 ? this.refValues[index] : o.slots[i];
  }

  /** Writes slot i of an object whose slots are mirrored (a non-number goes to `slots`, the mirror marks it). */
  setSlot(o: JSObject, i: number, v: Value): void {
    const at = ((o.slotMirror + OBJECT_SLOTS) >> 3) + i;
    if (typeof v === 'number') {
      this.heap[at] = v;
      this.words[(o.slotMirror + MIRROR_DIRTY) >> 2] = 1;
    } else {
      this.markReference(at * 2, v);
      o.slots[i] = v;
    }
  }

  /** Writes one object's slot mirror back and drops it (its shape is about to change). */
  flushObject(o: JSObject): void {
    const i = this.objects.indexOf(o);
    if (i < 0) return;
    this.objects.splice(i, 1);
    this.writeBackSlots(o);
    this.words[EPOCH_CELL >> 2]++;
  }

  /**
   * The `agrow` import: o's mirror (full: a push found no room) moved to a
   * place with twice the capacity, without writing anything back. The epoch
   * moves on, so compiled code asks again for the address of every array
   * (another register may hold o); -1 when the memory cannot grow (the push
   * then runs in the host).
   */
  grow(o: Value): number {
    if (!(o instanceof JSArray) || o.elementMirror < 0) return -1;
    const old = o.elementMirror;
    const n = this.words[(old + MIRROR_LENGTH) >> 2];
    const capacity = 2 * n + growthRoom(n);
    const bytes = MIRROR_ELEMENTS + 8 * capacity;
    // (not room(): writing everything back would empty the table of references under compiled code)
    if (this.top + bytes > this.shared.size && !this.shared.growTo(this.top + bytes)) return -1;
    const addr = this.top;
    this.top += bytes;
    const words = this.words;
    // the header and the elements: as 8-byte units (a reference mirror's index words come along)
    this.heap.copyWithin(addr >> 3, old >> 3, (old + MIRROR_ELEMENTS) / 8 + n);
    words[(addr + MIRROR_CAPACITY) >> 2] = capacity;
    o.elementMirror = addr;
    this.noteMirrors(o);
    words[EPOCH_CELL >> 2]++;
    return addr;
  }

  /** A mirrored array's shape changed (a named property added by compiled code): its push and pop are looked up again. */
  notPlain(o: JSArray): void {
    if (o.elementMirror >= 0) this.words[(o.elementMirror + MIRROR_PLAIN) >> 2] = 0;
  }

  /**
   * Room for `bytes` more in the arena: growing the memory (up to its maximum),
   * else writing everything back and starting the arena over. (Writing back
   * first made two arrays used together evict each other at every access.)
   */
  private room(bytes: number): boolean {
    if (this.top + bytes <= this.shared.size || this.shared.growTo(this.top + bytes)) return true;
    // (called from compiled code's mirror requests, which keep table indices in locals: the table stays)
    this.writeBackMirrors(false);
    return this.top + bytes <= this.shared.size || this.shared.growTo(this.top + bytes);
  }

  /** Element k of a mirrored array, as the language value (k in bounds; a hole reads as undefined). */
  read(o: JSArray, k: number): Value {
    if (o.elementMirrorKind === MIRROR_REFERENCES) {
      // one compiled code wrote is the value at its index; the others are the array's own
      const at = indexWord(o, k);
      return this.words[at + 1] !== 0 ? this.refValues[this.words[at] - 1] : o.elems[k];
    }
    const v = this.heap[((o.elementMirror + MIRROR_ELEMENTS) >> 3) + k];
    return o.elementMirrorKind === MIRROR_BOOLEANS ? v !== 0 : asValue(v);
  }

  /** Element k (in bounds, not a hole) of an array with a reference mirror was read through the host: its index goes beside it. */
  noteElement(o: JSArray, k: number, v: Value): void {
    if (typeof v === 'number') return;
    this.words[indexWord(o, k)] = this.refIndex(v) + 1;
  }

  length(o: JSArray): number {
    return this.words[(o.elementMirror + MIRROR_LENGTH) >> 2];
  }

  /** Writes element k (in bounds) of a mirrored array when v has the mirror's type; false otherwise. */
  write(o: JSArray, k: number, v: Value): boolean {
    if (o.elementMirrorKind === MIRROR_REFERENCES) {
      // the element itself, and its index beside it (a number: 0, the host reads it)
      o.elems[k] = v;
      this.words[indexWord(o, k)] = typeof v === 'number' ? 0 : this.refIndex(v) + 1;
      this.words[indexWord(o, k) + 1] = 0;
      return true;
    }
    if (typeof v !== (o.elementMirrorKind === MIRROR_NUMBERS ? 'number' : 'boolean')) return false;
    this.heap[((o.elementMirror + MIRROR_ELEMENTS) >> 3) + k] = v === true ? 1 : v === false ? 0 : v;
    this.words[(o.elementMirror + MIRROR_DIRTY) >> 2] = 1;
    return true;
  }

  /**
   * Writes every mirror back and drops them (the host is about to run code
   * that may read the arrays). `midActivation`: compiled code goes on after
   * this (counts towards the thrashing guard).
   */
  flushAll(midActivation: boolean): void {
    if (this.mirrored.length === 0 && this.objects.length === 0 && this.refTop === FIXED_REFS) return;
    this.writeBackMirrors(midActivation);
    // no mirror holds an index any more: the table starts over (and lets go of what it held)
    const referenced = this.referenced;
    for (let i = 0; i < referenced.length; i++) referenced[i].mirrorRef = -1;
    referenced.length = 0;
    for (let i = FIXED_REFS; i < this.refTop; i++) this.refs.set(i, undefined);
    this.refValues.length = FIXED_REFS;
    this.refTop = FIXED_REFS;
  }

  /**
   * Writes every array and object mirror back and starts the arena over (the
   * epoch moves on: compiled code asks for addresses again). The table of
   * references is left as it is: compiled code may hold indices into it in
   * locals while it asks for a mirror (test/programs/jit/full_arena.js read
   * undefined through such an index when a mirror request emptied the table).
   */
  private writeBackMirrors(midActivation: boolean): void {
    const list = this.mirrored;
    const objects = this.objects;
    for (let i = 0; i < list.length; i++) this.writeBack(list[i], midActivation);
    list.length = 0;
    for (let i = 0; i < objects.length; i++) this.writeBackSlots(objects[i]);
    objects.length = 0;
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
    this.activation++;
    for (const o of this.throttled) o.elementMirrorFlushes = 0;
    this.throttled.length = 0;
  }

  private writeBackSlots(o: JSObject): void {
    const addr = o.slotMirror;
    // (asked for again in this activation, it is mirrored at once)
    o.slotMirror = -2 - (this.activation * 8 + OBJECT_REVISITS - 1);
    this.noteMirrors(o);
    const words = this.words;
    if (words[(addr + MIRROR_DIRTY) >> 2] === 0) return;
    const n = words[(addr + OBJECT_SLOT_COUNT) >> 2];
    const at = (addr + OBJECT_SLOTS) >> 3;
    const slots = o.slots;
    // (a reference slot compiled code wrote holds the index of what it wrote)
    for (let i = 0; i < n; i++) slots[i] = words[(at + i) * 2 + 1] !== NOT_A_NUMBER ? asValue(this.heap[at + i]) : this.referenceIn(o, i, at + i);
    this.copied += n;
  }

  private writeBack(o: JSArray, midActivation: boolean): void {
    const addr = o.elementMirror;
    o.elementMirror = -1;
    this.noteMirrors(o);
    if (midActivation && ++o.elementMirrorFlushes === MAX_FLUSHES) this.throttled.push(o);
    if (this.words[(addr + MIRROR_DIRTY) >> 2] === 0) return;
    const n = this.words[(addr + MIRROR_LENGTH) >> 2];
    const at = (addr + MIRROR_ELEMENTS) >> 3;
    const e = o.elems;
    const heap = this.heap;
    // (compiled code's push and pop change the length)
    if (e.length > n) e.length = n;
    if (o.elementMirrorKind === MIRROR_NUMBERS) for (let i = 0; i < n; i++) e[i] = asValue(heap[at + i]);
    else if (o.elementMirrorKind === MIRROR_BOOLEANS) for (let i = 0; i < n; i++) e[i] = heap[at + i] !== 0;
    else {
      // the elements compiled code wrote (their high word set), through their indices
      const words = this.words;
      for (let i = 0; i < n; i++) if (words[2 * (at + i) + 1] !== 0) e[i] = this.refValues[words[2 * (at + i)] - 1];
    }
    this.copied += n;
  }
}

/** Room for elements pushed in compiled code, beyond the n an array has when it is mirrored. */
function growthRoom(n: number): number {
  return 4 + (n >> 3);
}

/** The word of a reference mirror holding 1 + element k's index in the table (the low word of its 8 bytes). */
function indexWord(o: JSArray, k: number): number {
  return 2 * (((o.elementMirror + MIRROR_ELEMENTS) >> 3) + k);
}

/**
 * A number read from the mirror as the host would have made it: an int32 as
 * a small integer. Stored as the raw double, V8 turns an array of small
 * integers into an array of doubles (every later read by the VM then boxes a
 * heap number, and the VM's dispatch loop deoptimises on the new array
 * shape: graph ran its VM part 1.7x slower that way).
 */
function asValue(v: number): number {
  const i = v | 0;
  return i === v && (i !== 0 || 1 / v > 0) ? i : v;
}
