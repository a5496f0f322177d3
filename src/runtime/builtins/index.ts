// The builtin library, installed into a fresh realm in dependency order: first
// the intrinsic prototypes every object needs, then each family of builtins from
// its own file. The globals a program sees are exactly realm.builtinGlobals.

import { Limits, type LimitSettings } from '../limits.js';
import { Realm } from '../realm.js';
import { JSObject } from '../values.js';
import { installArray } from './array.js';
import { installCollections } from './collections.js';
import { installConsole } from './console.js';
import { installErrors } from './errors.js';
import { installJSON } from './json.js';
import { installMath } from './math.js';
import { installNumber } from './number.js';
import { installObject } from './object.js';
import { installString } from './string.js';

export interface RealmOptions {
  limits?: Partial<LimitSettings>;
  /** console.log output. */
  write: (text: string) => void;
  /** console.error output. */
  writeError?: (text: string) => void;
}

export function createRealm(options: RealmOptions): Realm {
  const realm = new Realm(new Limits(options.limits), options.write);
  realm.ObjectPrototype = new JSObject(realm.emptyShape, null);
  const proto = () => new JSObject(realm.rootShape(realm.ObjectPrototype), realm.ObjectPrototype);
  realm.FunctionPrototype = proto();
  realm.ArrayPrototype = proto();
  realm.StringPrototype = proto();
  realm.NumberPrototype = proto();
  realm.BooleanPrototype = proto();
  realm.MapPrototype = proto();
  realm.SetPrototype = proto();
  realm.IteratorPrototype = proto();
  realm.arrayShape = realm.rootShape(realm.ArrayPrototype);
  realm.functionShape = realm.rootShape(realm.FunctionPrototype);

  installObject(realm);
  installErrors(realm);
  installNumber(realm);
  installMath(realm);
  installString(realm);
  installArray(realm);
  installCollections(realm);
  installJSON(realm);
  installConsole(realm, options.writeError ?? ((text) => process.stderr.write(text)));
  return realm;
}
