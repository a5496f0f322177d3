// Hidden classes. An object's shape maps property names to slot indices in the
// object's slot array, and records each property's attributes. Objects that get
// the same properties in the same order share a shape (through transitions), so
// a shape is a cheap cache key for inline caches and compiled code: "same shape"
// means "the same property is in the same slot".
// An object that grows past DICTIONARY_THRESHOLD properties, or loses one with
// `delete`, gets a shape of its own that is changed in place (dictionary mode).
// Every prototype has its own root shape (realm.rootShape), so a shape also
// determines the object's prototype (prototypes never change in this language):
// "same shape" means "same own properties in the same slots, same prototype".

/** Beyond this many properties an object is treated as a dictionary, not a record. */
export const DICTIONARY_THRESHOLD = 64;

/** Property attribute bits. */
export const enum Attr {
  None = 0,
  /** Skipped by for-in, Object.keys, JSON and console.log. */
  Hidden = 1,
  /**
   * Neither writable nor configurable (Math.PI, Number.EPSILON, a class's or builtin
   * constructor's prototype): a store is ignored and `delete` is false, or in strict code
   * each is a TypeError.
   */
  Fixed = 2,
}

let nextShapeId = 1;

export class Shape {
  readonly id = nextShapeId++;
  /** Property names by slot index. */
  readonly keys: string[];
  /** Attribute bits by slot index. */
  readonly attrs: number[];
  /** Name -> slot index. */
  readonly table: Map<string, number>;
  /** Some key is an array index, so key order needs integer keys first. */
  hasIndexKeys: boolean;
  /** Changed in place; never shared, never a transition target. */
  readonly dictionary: boolean;
  private transitions: Map<string, Shape> | null = null;

  constructor(keys: string[], attrs: number[], table: Map<string, number>, hasIndexKeys: boolean, dictionary: boolean) {
    this.keys = keys;
    this.attrs = attrs;
    this.table = table;
    this.hasIndexKeys = hasIndexKeys;
    this.dictionary = dictionary;
  }

  static empty(): Shape {
    return new Shape([], [], new Map(), false, false);
  }

  get size(): number {
    return this.keys.length;
  }

  /** The slot of `key`, or -1. (A linear scan of small shapes measured slower than the Map on richards.) */
  lookup(key: string): number {
    const slot = this.table.get(key);
    return slot === undefined ? -1 : slot;
  }

  /** The shape after adding `key` (in place for dictionaries). Its slot is the old size. */
  withProperty(key: string, attr: number): Shape {
    if (this.dictionary) {
      this.table.set(key, this.keys.length);
      this.keys.push(key);
      this.attrs.push(attr);
      if (isArrayIndex(key)) this.hasIndexKeys = true;
      return this;
    }
    const transitionKey = attr === Attr.None ? key : `${key}\u0000${attr}`;
    const cached = this.transitions?.get(transitionKey);
    if (cached) return cached;
    const keys = [...this.keys, key];
    const attrs = [...this.attrs, attr];
    const indexKey = this.hasIndexKeys || isArrayIndex(key);
    let next: Shape;
    if (keys.length > DICTIONARY_THRESHOLD) {
      next = new Shape(keys, attrs, new Map(this.table).set(key, keys.length - 1), indexKey, true);
      return next; // dictionaries are not shared
    }
    next = new Shape(keys, attrs, new Map(this.table).set(key, keys.length - 1), indexKey, false);
    (this.transitions ??= new Map()).set(transitionKey, next);
    return next;
  }

  /** A fresh dictionary shape without `key`; slots after it move down by one. */
  withoutProperty(key: string): Shape {
    const slot = this.lookup(key);
    const keys = this.keys.filter((_, i) => i !== slot);
    const attrs = this.attrs.filter((_, i) => i !== slot);
    const table = new Map<string, number>();
    keys.forEach((k, i) => table.set(k, i));
    return new Shape(keys, attrs, table, keys.some(isArrayIndex), true);
  }
}

/** A canonical array index: "0", "1", ... up to 2^32 - 2, without leading zeros. */
export function isArrayIndex(key: string): boolean {
  const n = key.length;
  if (n === 0 || n > 10) return false;
  const c0 = key.charCodeAt(0);
  if (c0 < 48 || c0 > 57 || (c0 === 48 && n > 1)) return false;
  for (let i = 1; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 4294967295;
}
