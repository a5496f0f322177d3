// Object, Object.prototype, Function.prototype and Boolean: the roots of every
// prototype chain. `Function` itself is not available: its constructor slot
// throws, as in Node with code generation from strings disallowed.

import { entryParts, iterateToArray } from '../iteration.js';
import { Messages } from '../messages.js';
import { toString } from '../operations.js';
import { getProperty, hasOwnProperty, ownKeys, setPropertyOrThrow, toPropertyKey } from '../properties.js';
import type { Realm } from '../realm.js';
import { Attr } from '../shape.js';
import { builtinTag, FunctionKind, JSArray, JSFunction, JSObject, type Value } from '../values.js';
import { arg, constructor, methods, row } from './define.js';

export function installObject(realm: Realm): void {
  const O = realm.ObjectPrototype;
  const F = realm.FunctionPrototype;

  const ObjectCtor = constructor(realm, 'Object', 1, O, (_this, args, newTarget) => {
    // a subclass's super() makes an object of the subclass (the argument is ignored)
    if (newTarget && newTarget !== ObjectCtor) return realm.newObject(realm.prototypeFor(newTarget, O));
    const v = arg(args, 0);
    return v instanceof JSObject ? v : realm.newObject();
  });
  const objectArg = (v: Value): JSObject | null => {
    if (v === null || v === undefined) throw realm.error('TypeError', Messages.convertNullish());
    return v instanceof JSObject ? v : null;
  };
  /** Own enumerable keys of any value (strings have index keys). */
  const keysOf = (v: Value): string[] => {
    const o = objectArg(v);
    if (o) return ownKeys(o);
    return typeof v === 'string' ? Array.from({ length: v.length }, (_, i) => String(i)) : [];
  };
  methods(realm, ObjectCtor, {
    keys: [1, (_t, a) => realm.newArray(keysOf(arg(a, 0)))],
    values: [1, (_t, a) => realm.newArray(keysOf(arg(a, 0)).map((k) => getProperty(realm, a[0], k)))],
    entries: [1, (_t, a) => realm.newArray(keysOf(arg(a, 0)).map((k) => realm.newArray([k, getProperty(realm, a[0], k)])))],
    assign: [2, (_t, a) => {
      const target = objectArg(arg(a, 0));
      if (!target) return a[0];
      for (let i = 1; i < a.length; i++) {
        const source = a[i];
        if (source === null || source === undefined) continue;
        for (const k of keysOf(source)) setPropertyOrThrow(realm, target, k, getProperty(realm, source, k));
      }
      return target;
    }],
    fromEntries: [1, (_t, a) => {
      const source = arg(a, 0);
      if (source === null || source === undefined) throw realm.error('TypeError', Messages.notIterable('undefined'));
      const out = realm.newObject();
      for (const entry of iterateToArray(realm, source, true)) {
        const [key, value] = entryParts(realm, entry);
        out.setOwn(toPropertyKey(realm, key), value);
      }
      return out;
    }],
    is: [2, (_t, a) => Object.is(arg(a, 0), arg(a, 1))],
    // (the language has no property descriptors: a second argument is refused, not ignored)
    create: [2, (_t, a) => {
      const proto = arg(a, 0);
      if (proto !== null && !(proto instanceof JSObject)) throw realm.error('TypeError', Messages.prototypeNotObject(realm.describe(proto)));
      if (arg(a, 1) !== undefined) throw realm.error('TypeError', Messages.noPropertyDescriptors());
      return realm.newObject(proto);
    }],
    getPrototypeOf: [1, (_t, a) => {
      const v = arg(a, 0);
      const o = objectArg(v);
      if (o) return o.proto;
      if (typeof v === 'string') return realm.StringPrototype;
      if (typeof v === 'number') return realm.NumberPrototype;
      return realm.BooleanPrototype;
    }],
  });

  methods(realm, O, {
    hasOwnProperty: row(1, (t: Value, a: Value[]) => {
      const o = objectArg(t);
      const key = toPropertyKey(realm, arg(a, 0));
      if (o) return hasOwnProperty(o, key);
      return typeof t === 'string' && (key === 'length' || (/^\d+$/.test(key) && Number(key) < t.length));
    }),
    isPrototypeOf: row(1, (t: Value, a: Value[]) => {
      const v = arg(a, 0);
      if (!(v instanceof JSObject)) return false;
      for (let p = v.proto; p !== null; p = p.proto) if (p === t) return true;
      return false;
    }),
    propertyIsEnumerable: row(1, (t: Value, a: Value[]) => {
      const o = objectArg(t);
      return o ? ownKeys(o).includes(toPropertyKey(realm, arg(a, 0))) : false;
    }),
    toString: row(0, (t: Value) => `[object ${(t instanceof JSObject ? realm.toStringTag(t) : undefined) ?? builtinTag(t)}]`),
    toLocaleString: row(0, (t: Value) => toString(realm, t)),
    valueOf: row(0, (t: Value) => {
      if (t === null || t === undefined) throw realm.error('TypeError', Messages.convertNullish());
      return t;
    }),
  });

  // Function.prototype: call/apply/bind; the `Function` constructor itself is unreachable code generation.
  const FunctionCtor = realm.newNative('Function', 1, () => {
    throw realm.error('EvalError', Messages.codeGeneration());
  }, true);
  FunctionCtor.setOwn('prototype', F, 1);
  F.setOwn('constructor', FunctionCtor, 1);
  const thisFunction = (t: Value, name: string): JSFunction => {
    if (!(t instanceof JSFunction)) throw realm.error('TypeError', `Function.prototype.${name} called on a non-function`);
    return t;
  };
  // (a function whose own name or length was deleted shows these)
  F.setOwn('name', '', Attr.Hidden);
  F.setOwn('length', 0, Attr.Hidden);
  methods(realm, F, {
    call: [1, (t, a) => realm.call(thisFunction(t, 'call'), arg(a, 0), a.slice(1))],
    apply: [2, (t, a) => {
      const fn = thisFunction(t, 'apply');
      const list = arg(a, 1);
      if (list === null || list === undefined) return realm.call(fn, arg(a, 0), []);
      if (!(list instanceof JSArray)) throw realm.error('TypeError', 'CreateListFromArrayLike called on non-object');
      return realm.call(fn, arg(a, 0), Array.from(list.elems));
    }],
    bind: [1, (t, a) => {
      const target = thisFunction(t, 'bind');
      // (the name and length are read from the target's properties: Function.prototype's once the program deleted its own)
      const name: Value = getProperty(realm, target, 'name');
      const length: Value = getProperty(realm, target, 'length');
      const boundLength = typeof length === 'number' ? Math.max(0, length - Math.max(0, a.length - 1)) : 0;
      const bound = new JSFunction(realm.rootShape(target.proto), target.proto, FunctionKind.Bound, `bound ${typeof name === 'string' ? name : ''}`, boundLength, target.isConstructor);
      bound.target = target;
      bound.boundThis = arg(a, 0);
      bound.boundArgs = a.slice(1);
      realm.counters.allocations++;
      return bound;
    }],
    toString: row(0, (t: Value) => realm.functionSource(thisFunction(t, 'toString'))),
  });

  const B = realm.BooleanPrototype;
  constructor(realm, 'Boolean', 1, B, (_t, a) => {
    const v = arg(a, 0);
    return typeof v === 'object' ? v !== null : !!v;
  });
  const thisBoolean = (t: Value, method: string): boolean => {
    if (typeof t !== 'boolean') throw realm.error('TypeError', Messages.thisNotA(`Boolean.prototype.${method}`, 'Boolean'));
    return t;
  };
  methods(realm, B, {
    toString: row(0, (t: Value) => String(thisBoolean(t, 'toString'))),
    valueOf: row(0, (t: Value) => thisBoolean(t, 'valueOf')),
  });
}
