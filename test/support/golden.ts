// Golden files for the view tests (test/vm, test/jit): compare a command's
// output with the file checked in under `dir`, or rewrite it when
// SPEEDLAB_UPDATE_GOLDEN=1 (or UPDATE_GOLDEN=1) is set; review the diff by eye
// before keeping a regenerated file.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const UPDATE = process.env.SPEEDLAB_UPDATE_GOLDEN === '1' || process.env.UPDATE_GOLDEN === '1';

/** A checker for the golden files in `dir` (an absolute path), named `shown` in messages (e.g. test/vm/golden). */
export function goldenFiles(dir: string, shown: string): (name: string, actual: string) => void {
  return (name, actual) => {
    const file = join(dir, name);
    if (UPDATE) {
      writeFileSync(file, actual);
      return;
    }
    assert.ok(existsSync(file), `missing golden file ${shown}/${name} (run with SPEEDLAB_UPDATE_GOLDEN=1 to create it)`);
    assert.equal(actual, readFileSync(file, 'utf8'), `${shown}/${name} differs (SPEEDLAB_UPDATE_GOLDEN=1 regenerates it)`);
  };
}
