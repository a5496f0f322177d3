// console (log/info/debug/dir/table/count to stdout, error/warn/assert to stderr,
// formatted as Node formats, indented inside group()) and performance.now().

import { formatDir, formatLogLine, formatTable } from '../inspect.js';
import { toBoolean, toString } from '../operations.js';
import type { Realm } from '../realm.js';
import { type Value } from '../values.js';
import { arg, hostOptions, methods } from './define.js';

/** How far each console.group() indents what follows (node's default). */
const GROUP_INDENT = 2;

export function installConsole(realm: Realm, writeError: (text: string) => void): void {
  const console = realm.newObject();
  let indent = '';
  const counts = new Map<string, number>();
  /** Writes one formatted line, indented by the open groups (every line of it, as node does). */
  const line = (write: (text: string) => void, text: string) => {
    write((indent === '' ? text : indent + text.split('\n').join(`\n${indent}`)) + '\n');
    return undefined;
  };
  const stdout = (text: string) => realm.write(text);
  const out = (_t: unknown, args: Value[]) => line(stdout, formatLogLine(realm, args));
  const err = (_t: unknown, args: Value[]) => line(writeError, formatLogLine(realm, args));
  /** group() and groupCollapsed(): the label, if any, as console.log prints it, then one more level of indentation. */
  const group = (_t: unknown, args: Value[]) => {
    if (args.length > 0) out(undefined, args);
    indent += ' '.repeat(GROUP_INDENT);
    return undefined;
  };
  /** count() and countReset(): the label as a string, `default` when there is none. */
  const label = (args: Value[]) => (arg(args, 0) === undefined ? 'default' : toString(realm, args[0]));
  methods(realm, console, {
    log: [0, out],
    info: [0, out],
    debug: [0, out],
    error: [0, err],
    warn: [0, err],
    dir: [0, (_t, a) => line(stdout, formatDir(realm, arg(a, 0), hostOptions(realm, arg(a, 1))))],
    table: [1, (_t, a) => line(stdout, formatTable(realm, arg(a, 0), arg(a, 1)))],
    group: [0, group],
    groupCollapsed: [0, group],
    groupEnd: [0, () => {
      indent = indent.slice(0, Math.max(0, indent.length - GROUP_INDENT));
      return undefined;
    }],
    count: [0, (_t, a) => {
      const name = label(a);
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      return line(stdout, `${name}: ${n}`);
    }],
    countReset: [0, (_t, a) => {
      counts.delete(label(a));
      return undefined;
    }],
    assert: [0, (_t, a) => {
      if (toBoolean(arg(a, 0))) return undefined;
      // node prefixes the first message argument (as a string) and formats the rest as console.warn does
      const rest = a.slice(1);
      const first = rest.length === 0 ? 'Assertion failed' : `Assertion failed: ${toString(realm, rest[0])}`;
      return err(undefined, [first, ...rest.slice(1)]);
    }],
  });
  realm.builtinGlobals.set('console', console);

  const performance = realm.newObject();
  methods(realm, performance, { now: [0, () => globalThis.performance.now()] });
  realm.builtinGlobals.set('performance', performance);
}
