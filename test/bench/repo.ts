// Paths for the bench tests, resolved from the repository root (the tests run
// from dist/test/bench/, the programs stay in bench/suite/).

import { repoRoot } from '../../bench/repo-paths.js';
import { join } from 'node:path';

export const ROOT = repoRoot();
export const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
