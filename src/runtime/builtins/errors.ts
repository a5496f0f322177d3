// The error constructors (Error, TypeError, RangeError, ReferenceError,
// SyntaxError, EvalError): language objects with `name` and `message` on their
// prototypes, a `stack` of the program's own frames, and subclassable with `extends`.

import type { ErrorName, Realm } from '../realm.js';
import { toString } from '../operations.js';
import { getProperty } from '../properties.js';
import { Attr } from '../shape.js';
import { JSObject, type Value } from '../values.js';
import { arg, constructor, methods, row } from './define.js';

export const ERROR_NAMES: readonly ErrorName[] = ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError'];

export function installErrors(realm: Realm): void {
  const base = realm.newObject();
  for (const name of ERROR_NAMES) {
    const proto = name === 'Error' ? base : realm.newObject(base);
    proto.setOwn('name', name, Attr.Hidden);
    proto.setOwn('message', '', Attr.Hidden);
    realm.errorPrototypes.set(name, proto);
    const ctor = constructor(realm, name, 1, proto, (_this, args, newTarget) => {
      const message = arg(args, 0);
      const error = realm.makeError(name, message === undefined ? '' : toString(realm, message), newTarget ? realm.prototypeFor(newTarget, proto) : proto);
      if (message === undefined) error.deleteOwn('message');
      const options = arg(args, 1);
      if (options instanceof JSObject && options.shape.lookup('cause') >= 0) error.setOwn('cause', options.getOwn('cause'), Attr.Hidden);
      // the stack's first line names the subclass, as V8's does
      const shownName = toString(realm, getProperty(realm, error, 'name'));
      realm.attachStack(error, shownName, message === undefined ? '' : toString(realm, message));
      return error;
    });
    if (name !== 'Error') ctor.proto = realm.errorConstructors.get('Error')!;
    realm.errorConstructors.set(name, ctor);
  }
  methods(realm, base, {
    toString: row(0, (t: Value) => {
      if (!(t instanceof JSObject)) throw realm.error('TypeError', 'Error.prototype.toString requires that \'this\' be an Object');
      const n = getProperty(realm, t, 'name');
      const m = getProperty(realm, t, 'message');
      const name = n === undefined ? 'Error' : toString(realm, n);
      const msg = m === undefined ? '' : toString(realm, m);
      if (!name) return msg;
      if (!msg) return name;
      return `${name}: ${msg}`;
    }),
  });
}
