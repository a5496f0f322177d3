// Reads a corpus program's expectation comments (the Wren/clox convention):
//   // expect: <stdout line>
//   // expect runtime error: <Name>: <message>   (uncaught; exit code 1)
//   // expect error: <text>                      (rejected before running; exit code 2)

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Expectations {
  stdout: string;
  runtimeError: string | null;
  checkError: string | null;
}

const EXPECT = /\/\/ expect: ?(.*)$/;
const RUNTIME = /\/\/ expect runtime error: (.*)$/;
const CHECK = /\/\/ expect error: (.*)$/;

export function readExpectations(source: string): Expectations {
  const lines: string[] = [];
  let runtimeError: string | null = null;
  let checkError: string | null = null;
  for (const line of source.split('\n')) {
    const runtime = RUNTIME.exec(line);
    if (runtime) {
      runtimeError = runtime[1].trimEnd();
      continue;
    }
    const check = CHECK.exec(line);
    if (check) {
      checkError = check[1].trimEnd();
      continue;
    }
    const out = EXPECT.exec(line);
    if (out) lines.push(out[1]);
  }
  return { stdout: lines.map((l) => l + '\n').join(''), runtimeError, checkError };
}

/** Every .js file under `dir`, as paths relative to `dir`, sorted. */
export function listPrograms(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

export function readProgram(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** The `Name: message` line Node prints for an uncaught error, from its stderr. */
export function nodeErrorLine(stderr: string): string | null {
  for (const line of stderr.split('\n')) {
    if (/^(Uncaught )?[A-Z]\w*(Error)?(: .*)?$/.test(line) && !line.startsWith('Node.js')) return line.replace(/^Uncaught /, '');
  }
  return null;
}
