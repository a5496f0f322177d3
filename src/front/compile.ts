// The front end's one entry point: source text -> parsed (acorn, script goal,
// latest ecmaVersion) -> checked (subset) -> resolved (slots). Every tier receives
// the Program this returns; nothing downstream parses or resolves again.

import * as acorn from 'acorn';
import type { Node, Program } from './ast.js';
import { checkSubset } from './check.js';
import { checkError } from './diagnostics.js';
import { annotateErrorSites } from './error-sites.js';
import { resolveProgram } from './resolve.js';

export function compileProgram(source: string, file: string): Program {
  let root: Node;
  try {
    root = acorn.parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      locations: true,
      allowHashBang: true,
    }) as unknown as Node;
  } catch (error) {
    const e = error as { message: string; loc?: { line: number; column: number } };
    if (!e.loc) throw error;
    const reason = 'SyntaxError: ' + e.message.replace(/ \(\d+:\d+\)$/, '');
    throw checkError(source, file, e.loc.line, e.loc.column, reason);
  }
  const { root: checked, rejection } = checkSubset(root);
  if (rejection) {
    const { line, column } = rejection.node.loc.start;
    throw checkError(source, file, line, column, rejection.reason);
  }
  annotateErrorSites(checked);
  return resolveProgram(checked, file, source);
}
