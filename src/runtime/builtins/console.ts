// console (log/info/debug to stdout, error/warn to stderr, formatted as Node
// formats) and performance.now().

import { formatLogLine } from '../inspect.js';
import type { Realm } from '../realm.js';
import { methods } from './define.js';

export function installConsole(realm: Realm, writeError: (text: string) => void): void {
  const console = realm.newObject();
  const out = (_t: unknown, args: unknown[]) => {
    realm.write(formatLogLine(realm, args) + '\n');
    return undefined;
  };
  const err = (_t: unknown, args: unknown[]) => {
    writeError(formatLogLine(realm, args) + '\n');
    return undefined;
  };
  methods(realm, console, { log: [0, out], info: [0, out], debug: [0, out], error: [0, err], warn: [0, err] });
  realm.builtinGlobals.set('console', console);

  const performance = realm.newObject();
  methods(realm, performance, { now: [0, () => globalThis.performance.now()] });
  realm.builtinGlobals.set('performance', performance);
}
