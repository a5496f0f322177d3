// JSON.stringify and JSON.parse. Strings and numbers are encoded by the host's
// JSON (identical escaping and number text); structure, toJSON, replacers,
// indentation and cycle detection are walked here over language values.

import { Messages } from '../messages.js';
import { getProperty, ownKeys, setProperty } from '../properties.js';
import type { Realm } from '../realm.js';
import { toInteger, toString } from '../operations.js';
import { JSArray, JSFunction, JSObject, type Value } from '../values.js';
import { arg, methods } from './define.js';

export function installJSON(realm: Realm): void {
  const J = realm.newObject();
  methods(realm, J, {
    stringify: [3, (_t, a) => stringify(realm, arg(a, 0), arg(a, 1), arg(a, 2))],
    parse: [2, (_t, a) => {
      let host: unknown;
      try {
        host = JSON.parse(toString(realm, arg(a, 0)));
      } catch (e) {
        throw realm.error('SyntaxError', (e as Error).message);
      }
      const value = fromHost(realm, host);
      const reviver = arg(a, 1);
      if (!(reviver instanceof JSFunction)) return value;
      const holder = realm.newObject();
      holder.setOwn('', value);
      return revive(realm, holder, '', reviver);
    }],
  });
  realm.toStringTags.set(J, 'JSON');
  realm.builtinGlobals.set('JSON', J);
}

/** Converts parsed host JSON into language values. */
export function fromHost(realm: Realm, v: unknown): Value {
  if (Array.isArray(v)) return realm.newArray(v.map((x) => fromHost(realm, x)));
  if (v !== null && typeof v === 'object') {
    const o = realm.newObject();
    for (const k of Object.keys(v)) o.setOwn(k, fromHost(realm, (v as Record<string, unknown>)[k]));
    return o;
  }
  return v;
}

function revive(realm: Realm, holder: JSObject, key: string, reviver: JSFunction): Value {
  const value = getProperty(realm, holder, key);
  if (value instanceof JSArray) {
    for (let i = 0; i < value.elems.length; i++) {
      const r = revive(realm, value, String(i), reviver);
      if (r === undefined) delete value.elems[i];
      else value.elems[i] = r;
    }
  } else if (value instanceof JSObject) {
    for (const k of ownKeys(value)) {
      const r = revive(realm, value, k, reviver);
      if (r === undefined) value.deleteOwn(k);
      else setProperty(realm, value, k, r);
    }
  }
  return realm.call(reviver, holder, [key, value]);
}

/**
 * The lines V8 adds to "Converting circular structure to JSON": where the
 * circle starts, how it goes on (the first two steps, `...` and the last when
 * there are more than three), and the property that closes it.
 */
function circlePath(realm: Realm, circle: JSObject[], steps: string[], closing: string): string {
  const constructorName = (o: JSObject): string => {
    const c = getProperty(realm, o, 'constructor');
    return c instanceof JSFunction && c.name !== '' ? c.name : 'Object';
  };
  const lines = [`    --> starting at object with constructor '${constructorName(circle[0])}'`];
  const middle = steps.map((step, i) => `    |     ${step} -> object with constructor '${constructorName(circle[i + 1])}'`);
  lines.push(...(middle.length > 3 ? [middle[0], middle[1], '    |     ...', middle[middle.length - 1]] : middle));
  lines.push(`    --- ${closing} closes the circle`);
  return lines.join('\n');
}

/** JSON.stringify (also console.log's `%j`). */
export function stringify(realm: Realm, value: Value, replacer: Value, space: Value): Value {
  let gap = '';
  if (typeof space === 'number') gap = ' '.repeat(Math.max(0, Math.min(10, toInteger(realm, space))));
  else if (typeof space === 'string') gap = space.slice(0, 10);
  const replacerFn = replacer instanceof JSFunction ? replacer : null;
  // (each key once: ["a", "a"] writes a once)
  const allowList = replacer instanceof JSArray ? [...new Set(replacer.elems.filter((k) => typeof k === 'string' || typeof k === 'number').map(String))] : null;
  const stack: JSObject[] = [];
  /** How each object on the stack was reached from the one below it (`property 'k'`, `index 3`). */
  const reachedBy: string[] = [];

  const serialize = (holder: JSObject, key: string, v: Value, indent: string): string | undefined => {
    if (v instanceof JSObject) {
      const toJSON = getProperty(realm, v, 'toJSON');
      if (toJSON instanceof JSFunction) v = realm.call(toJSON, v, [key]);
    }
    if (replacerFn) v = realm.call(replacerFn, holder, [key, v]);
    if (v === null) return 'null';
    switch (typeof v) {
      case 'boolean':
        return String(v);
      case 'string':
        return JSON.stringify(v);
      case 'number':
        return Number.isFinite(v) ? String(v) : 'null';
      case 'undefined':
        return undefined;
    }
    if (v instanceof JSFunction) return undefined;
    if (!(v instanceof JSObject)) return undefined;
    const edge = holder instanceof JSArray ? `index ${key}` : `property '${key}'`;
    const start = stack.indexOf(v);
    if (start >= 0) throw realm.error('TypeError', Messages.jsonCircular(circlePath(realm, stack.slice(start), reachedBy.slice(start + 1), edge)));
    stack.push(v);
    reachedBy.push(edge);
    const inner = indent + gap;
    let out: string;
    realm.nest();
    try {
      if (v instanceof JSArray) {
        const parts: string[] = [];
        for (let i = 0; i < v.elems.length; i++) parts.push(serialize(v, String(i), v.elems[i], inner) ?? 'null');
        out = parts.length === 0 ? '[]' : gap ? `[\n${inner}${parts.join(`,\n${inner}`)}\n${indent}]` : `[${parts.join(',')}]`;
      } else {
        const parts: string[] = [];
        for (const k of allowList ?? ownKeys(v)) {
          const s = serialize(v, k, getProperty(realm, v, k), inner);
          if (s !== undefined) parts.push(`${JSON.stringify(k)}:${gap ? ' ' : ''}${s}`);
        }
        out = parts.length === 0 ? '{}' : gap ? `{\n${inner}${parts.join(`,\n${inner}`)}\n${indent}}` : `{${parts.join(',')}}`;
      }
    } finally {
      realm.unnest();
    }
    stack.pop();
    reachedBy.pop();
    return out;
  };
  const wrapper = realm.newObject();
  wrapper.setOwn('', value);
  return serialize(wrapper, '', value, '');
}
