// docs/language.md is generated from the checker's and the runtime's own tables;
// this test fails when it is out of date (regenerate: npx speedlab language > docs/language.md).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderLanguageReference } from '../src/language-reference.js';
import { repoPath } from './support/paths.js';

test('docs/language.md matches the supported-syntax and builtin tables', () => {
  const onDisk = readFileSync(repoPath('docs/language.md'), 'utf8');
  assert.equal(onDisk, renderLanguageReference(), 'regenerate with: npx speedlab language > docs/language.md');
});
