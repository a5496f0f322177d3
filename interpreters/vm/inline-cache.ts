// Inline caches for named property reads, writes and method calls, keyed by the
// shared runtime's shapes. Each GetNamed / SetNamed / InitProp / CallMethod
// instruction owns one PropertyCache. A cache holds up to POLYMORPHIC_LIMIT
// entries; its first entry is mirrored into plain fields, which the dispatch
// loop checks inline (own property: one shape compare; prototype method: a
// shape, prototype and holder-shape compare). Everything else goes through the
// functions here: the other polymorphic entries, filling on a miss, and the
// megamorphic fallback (the runtime's generic lookup, no more filling) once a
// site has seen more shapes than the limit.
//
// Why a hit is exactly what properties.ts would find: a non-dictionary shape
// never changes, so the same shape means the same own keys in the same slots;
// prototypes never change after creation, so checking the receiver's prototype
// and the shapes of the objects from it to the holder proves that none of them
// gained the key and the holder still has it in the same slot. Dictionary shapes
// (changed in place) are never cached, nor, beyond own properties, names that
// some receivers answer themselves (array `length` and indices, function
// `name`/`length`/`prototype`, Map/Set `size`) when the receiver is one of those.

import { isErrorStack } from '../../src/runtime/inline-cache.js';
import { getProperty, setProperty } from '../../src/runtime/properties.js';
import type { Realm } from '../../src/runtime/realm.js';
import { Attr, isArrayIndex, Shape } from '../../src/runtime/shape.js';
import { JSArray, JSFunction, JSMap, JSObject, JSSet, type Value } from '../../src/runtime/values.js';

/** More shapes than this at one site and it goes megamorphic. */
export const POLYMORPHIC_LIMIT = 4;

/** Stands in for a shape when the receiver is a string (methods found on String.prototype). */
export const STRING_RECEIVER: Shape = Shape.empty();

export const enum CacheState {
  Uninitialized = 0,
  Monomorphic = 1,
  Polymorphic = 2,
  Megamorphic = 3,
}

export const enum CacheKind {
  Get = 0,
  Set = 1,
  Call = 2,
  Init = 3,
}

const SPECIAL_NAMES = new Set(['length', 'name', 'prototype', 'size']);

/** One receiver shape and where the property is for it. */
export class CacheEntry {
  constructor(
    readonly shape: Shape,
    /** Slot in the holder (the receiver itself when `chain` is null); -1: the property is absent. */
    readonly slot: number,
    /** Reads found on a prototype: the objects from the receiver's prototype up to the holder (or the whole chain). */
    readonly chain: JSObject[] | null,
    /** Their shapes when the entry was made. */
    readonly chainShapes: Shape[] | null,
    /** Writes that add the property: the shape after adding it (null: overwrite `slot`). */
    readonly nextShape: Shape | null,
  ) {}
}

export class PropertyCache {
  state: CacheState = CacheState.Uninitialized;
  entries: CacheEntry[] = [];
  // The first entry, flattened for the dispatch loop's inline checks:
  /** An own property (or a write): the receiver shape, its slot, and for writes that add the property the next shape. */
  ownShape: Shape | null = null;
  slot = 0;
  nextShape: Shape | null = null;
  /** A property one prototype up: the receiver shape, the prototype, its shape when cached, the slot. */
  protoShape: Shape | null = null;
  proto: JSObject | null = null;
  holderShape: Shape | null = null;
  protoSlot = 0;
  // counters (the dispatch loop counts nothing on a hit)
  misses = 0;
  megamorphicUses = 0;

  constructor(readonly kind: CacheKind) {}

  /** Mirrors the first entry into the flat fields. */
  private flatten(): void {
    this.ownShape = null;
    this.protoShape = null;
    const first = this.entries[0];
    if (first === undefined) return;
    if (first.chain === null) {
      this.ownShape = first.shape;
      this.slot = first.slot;
      this.nextShape = first.nextShape;
    } else if (first.chain.length === 1 && first.slot >= 0) {
      this.protoShape = first.shape;
      this.proto = first.chain[0];
      this.holderShape = first.chainShapes![0];
      this.protoSlot = first.slot;
    }
  }

  private add(entry: CacheEntry): void {
    if (this.state === CacheState.Megamorphic) return;
    if (this.entries.length >= POLYMORPHIC_LIMIT) {
      this.state = CacheState.Megamorphic;
      this.entries = [];
      this.flatten();
      return;
    }
    this.entries.push(entry);
    this.state = this.entries.length === 1 ? CacheState.Monomorphic : CacheState.Polymorphic;
    if (this.entries.length === 1) this.flatten();
  }

  /**
   * The value the cached property has for `obj` through an entry that found
   * it on a prototype whose chain is unchanged, read without running
   * anything; undefined: no such entry (the JIT's polymorphic method calls).
   */
  prototypeValueFor(obj: JSObject): Value {
    for (const e of this.entries) {
      const chain = e.chain;
      if (e.shape !== obj.shape || chain === null || chain.length === 0 || e.slot < 0 || chain[0] !== obj.proto) continue;
      if (!chainIntact(chain, e.chainShapes!)) continue;
      return chain[chain.length - 1].slots[e.slot];
    }
    return undefined;
  }

  /** The values the entries found on prototypes, as `prototypeValueFor` reads them now. */
  prototypeValues(): Value[] {
    const out: Value[] = [];
    for (const e of this.entries) {
      const chain = e.chain;
      if (chain === null || chain.length === 0 || e.slot < 0 || !chainIntact(chain, e.chainShapes!)) continue;
      out.push(chain[chain.length - 1].slots[e.slot]);
    }
    return out;
  }

  /** Drops an entry whose prototype chain changed (a prototype gained or lost properties). */
  private remove(entry: CacheEntry): void {
    this.entries = this.entries.filter((e) => e !== entry);
    this.state = this.entries.length === 0 ? CacheState.Uninitialized : this.entries.length === 1 ? CacheState.Monomorphic : CacheState.Polymorphic;
    this.flatten();
  }

  // ---- reads ---------------------------------------------------------------------------

  /** `obj.key` through the cache: any hit, else the runtime's lookup (refilling the cache). */
  load(realm: Realm, obj: Value, key: string): Value {
    let shape: Shape;
    let proto: JSObject | null;
    if (typeof obj === 'object' && obj !== null) {
      shape = (obj as JSObject).shape;
      proto = (obj as JSObject).proto;
    } else if (typeof obj === 'string') {
      shape = STRING_RECEIVER;
      proto = realm.StringPrototype;
    } else return getProperty(realm, obj, key);
    if (this.state === CacheState.Megamorphic) {
      this.megamorphicUses++;
      return getProperty(realm, obj, key);
    }
    const entries = this.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.shape !== shape) continue;
      const chain = e.chain;
      if (chain === null) return (obj as JSObject).slots[e.slot];
      if ((chain.length === 0 || chain[0] === proto) && chainIntact(chain, e.chainShapes!)) {
        return e.slot < 0 ? undefined : chain[chain.length - 1].slots[e.slot];
      }
      this.remove(e);
      break;
    }
    this.misses++;
    return this.fillRead(realm, obj, key, shape, proto);
  }

  private fillRead(realm: Realm, obj: Value, key: string, shape: Shape, proto: JSObject | null): Value {
    const value = getProperty(realm, obj, key);
    if (this.state === CacheState.Megamorphic || shape.dictionary) return value;
    if (shape !== STRING_RECEIVER) {
      // an own property is found by its shape before anything special is looked at
      const own = shape.lookup(key);
      if (own >= 0 && isErrorStack(obj as JSObject, key)) return value;
      if (own >= 0) {
        this.add(new CacheEntry(shape, own, null, null, null));
        return value;
      }
    }
    // on the prototype chain, unless the receiver answers the name itself (array length, function name...)
    if (SPECIAL_NAMES.has(key) || isArrayIndex(key)) {
      if (shape === STRING_RECEIVER || obj instanceof JSArray || obj instanceof JSFunction || obj instanceof JSMap || obj instanceof JSSet) return value;
    }
    const chain: JSObject[] = [];
    const shapes: Shape[] = [];
    for (let p = proto; p !== null; p = p.proto) {
      if (p.shape.dictionary || p instanceof JSArray || p instanceof JSFunction) return value;
      chain.push(p);
      shapes.push(p.shape);
      const slot = p.shape.lookup(key);
      if (slot >= 0) {
        this.add(new CacheEntry(shape, slot, chain, shapes, null));
        return value;
      }
    }
    // absent everywhere: remember that too (slot -1), while no object on the chain gains the name
    if (value === undefined) this.add(new CacheEntry(shape, -1, chain, shapes, null));
    return value;
  }

  // ---- writes --------------------------------------------------------------------------

  /** `obj.key = value` (the receiver is not null or undefined: the caller checked). */
  store(realm: Realm, obj: Value, key: string, value: Value): void {
    if (!(obj instanceof JSObject)) {
      setProperty(realm, obj, key, value);
      return;
    }
    if (this.state === CacheState.Megamorphic) {
      this.megamorphicUses++;
      setProperty(realm, obj, key, value);
      return;
    }
    const shape = obj.shape;
    const entries = this.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.shape !== shape) continue;
      if (e.nextShape === null) obj.slots[e.slot] = value;
      else {
        obj.shape = e.nextShape;
        obj.slots.push(value);
      }
      return;
    }
    this.misses++;
    setProperty(realm, obj, key, value);
    this.fillWrite(obj, key, shape);
  }

  /** Defines an own property of a fresh object-literal object (CreateDataProperty). */
  define(obj: JSObject, key: string, value: Value): void {
    if (this.state === CacheState.Megamorphic) {
      this.megamorphicUses++;
      obj.setOwn(key, value);
      return;
    }
    const shape = obj.shape;
    const entries = this.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.shape !== shape) continue;
      if (e.nextShape === null) obj.slots[e.slot] = value;
      else {
        obj.shape = e.nextShape;
        obj.slots.push(value);
      }
      return;
    }
    this.misses++;
    obj.setOwn(key, value);
    this.fillWrite(obj, key, shape);
  }

  private fillWrite(obj: JSObject, key: string, before: Shape): void {
    // arrays and functions handle some names themselves (length, indices, prototype...)
    if (this.state === CacheState.Megamorphic || before.dictionary || obj instanceof JSArray || obj instanceof JSFunction) return;
    const after = obj.shape;
    if (after === before) {
      const slot = before.lookup(key);
      // (a read-only property is left to setProperty, which keeps its value)
      if (slot >= 0 && !(before.attrs[slot] & Attr.Fixed)) this.add(new CacheEntry(before, slot, null, null, null));
    } else if (!after.dictionary && after.keys.length === before.keys.length + 1 && after.keys[after.keys.length - 1] === key) {
      this.add(new CacheEntry(before, after.keys.length - 1, null, null, after));
    }
  }
}

function chainIntact(chain: JSObject[], shapes: Shape[]): boolean {
  for (let i = 0; i < chain.length; i++) if (chain[i].shape !== shapes[i]) return false;
  return true;
}

/** Totals over many caches, for --stats. */
export interface CacheTotals {
  sites: number;
  misses: number;
  megamorphicUses: number;
  byState: [number, number, number, number];
}

export function totalCaches(caches: Iterable<PropertyCache>, kind: CacheKind): CacheTotals {
  const t: CacheTotals = { sites: 0, misses: 0, megamorphicUses: 0, byState: [0, 0, 0, 0] };
  for (const c of caches) {
    if (c.kind !== kind) continue;
    t.sites++;
    t.misses += c.misses;
    t.megamorphicUses += c.megamorphicUses;
    t.byState[c.state]++;
  }
  return t;
}
