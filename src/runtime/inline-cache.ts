// Monomorphic property caches keyed by shape, for tiers that want them at a
// site (the tree-walker keeps one per member-expression node). A read cache
// remembers where a name was found for one receiver shape: in the receiver
// itself, or one or two prototypes up (whose shapes are checked too, so a
// property added to a prototype later is seen). A write cache remembers either
// the slot of an existing property or the transition that adds it. Because a
// shape determines the prototype (Realm.rootShape), a hit is exactly what the
// full lookup in properties.ts would find. Dictionary-mode shapes change in
// place and are never cached.

import { getProperty, setProperty } from './properties.js';
import type { Realm } from './realm.js';
import { Attr, type Shape } from './shape.js';
import { JSArray, JSFunction, JSObject, ObjectClass, type Value } from './values.js';

/** Names with special meaning on some objects (array length, function name/length/prototype, Map/Set size). */
const SPECIAL_NAMES = new Set(['length', 'name', 'prototype', 'size']);

export class ReadCache {
  shape: Shape | null = null;
  /** 0: own property; 1: on the prototype; 2: on the prototype's prototype. */
  depth = 0;
  /** Depth 2: the shape of the prototype in between. */
  middleShape: Shape | null = null;
  holderShape: Shape | null = null;
  slot = 0;
}

export class WriteCache {
  shape: Shape | null = null;
  /** The shape after adding the property, or null when the cached write overwrites `slot`. */
  nextShape: Shape | null = null;
  slot = 0;
}

export function cachedGet(realm: Realm, cache: ReadCache, obj: Value, key: string): Value {
  if (obj instanceof JSObject) {
    if (obj.shape === cache.shape) {
      const depth = cache.depth;
      if (depth === 0) return obj.slots[cache.slot];
      const p = obj.proto!;
      if (depth === 1) {
        if (p.shape === cache.holderShape) return p.slots[cache.slot];
      } else if (p.shape === cache.middleShape) {
        const h = p.proto!;
        if (h.shape === cache.holderShape) return h.slots[cache.slot];
      }
    }
    return fillReadCache(realm, cache, obj, key);
  }
  return getProperty(realm, obj, key);
}

function fillReadCache(realm: Realm, cache: ReadCache, obj: JSObject, key: string): Value {
  const value = getProperty(realm, obj, key);
  if (SPECIAL_NAMES.has(key) || obj.shape.dictionary || isErrorStack(obj, key)) return value;
  let slot = obj.shape.lookup(key);
  if (slot >= 0) {
    cache.shape = obj.shape;
    cache.depth = 0;
    cache.slot = slot;
    return value;
  }
  const p = obj.proto;
  if (p === null || p.shape.dictionary || p instanceof JSArray || p instanceof JSFunction) return value;
  slot = p.shape.lookup(key);
  if (slot >= 0) {
    cache.shape = obj.shape;
    cache.depth = 1;
    cache.holderShape = p.shape;
    cache.slot = slot;
    return value;
  }
  const h = p.proto;
  if (h === null || h.shape.dictionary || h instanceof JSArray || h instanceof JSFunction) return value;
  slot = h.shape.lookup(key);
  if (slot >= 0) {
    cache.shape = obj.shape;
    cache.depth = 2;
    cache.middleShape = p.shape;
    cache.holderShape = h.shape;
    cache.slot = slot;
  }
  return value;
}

/** An error's own `stack`, which every read formats (Realm.shownStack), so no cache may keep its slot. */
export function isErrorStack(obj: JSObject, key: string): boolean {
  return obj.cls === ObjectClass.Error && key === 'stack';
}

export function cachedSet(realm: Realm, cache: WriteCache, obj: Value, key: string, value: Value): void {
  if (obj instanceof JSObject) {
    if (obj.shape === cache.shape) {
      const next = cache.nextShape;
      if (next === null) obj.slots[cache.slot] = value;
      else {
        obj.shape = next;
        obj.slots.push(value);
      }
      return;
    }
    const before = obj.shape;
    setProperty(realm, obj, key, value);
    if (before.dictionary || SPECIAL_NAMES.has(key) || obj instanceof JSArray || obj instanceof JSFunction) return;
    const after = obj.shape;
    if (after === before) {
      const slot = before.lookup(key);
      if (slot >= 0 && !(before.attrs[slot] & Attr.Fixed)) {
        cache.shape = before;
        cache.nextShape = null;
        cache.slot = slot;
      }
    } else if (!after.dictionary && after.keys.length === before.keys.length + 1) {
      cache.shape = before;
      cache.nextShape = after;
    }
    return;
  }
  setProperty(realm, obj, key, value);
}
