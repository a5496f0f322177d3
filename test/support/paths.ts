// Paths the tests need, from the repository root (tests run from dist/test/).

import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const CLI = join(REPO_ROOT, 'dist/src/cli/main.js');
export const PROGRAMS_DIR = join(REPO_ROOT, 'test/programs');

export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}
