// Where things are on disk, resolved from this file's location so the harness
// works the same from the source tree and from dist/ (tests run from dist/test/).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest directory above this file that has a package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('speedlab: cannot find the repository root (no package.json above bench/)');
    dir = parent;
  }
}

/** The benchmark programs (JavaScript, read as source; never compiled by tsc). */
export function suiteDirectory(): string {
  return join(repoRoot(), 'bench', 'suite');
}

/** The compiled entry point of a per-cell child process (next to this file, in dist/bench/). */
export function cellChildScript(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'cell-child.js');
}
