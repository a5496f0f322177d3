// `speedlab wasm prog.js [--fn NAME]`: runs the program on the jit tier (in
// this process, program output discarded), then prints the WebAssembly text of
// every function the JIT compiled (or only NAME), each preceded by a header
// with the function's source lines as comments.

import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { lastJit } from '../../../interpreters/jit/tier.js';
import { loadBinaryen } from '../../../interpreters/jit/module.js';
import { compileProgram } from '../../front/compile.js';
import { CheckError } from '../../front/diagnostics.js';
import { Session } from '../../session.js';
import { ExitCode } from '../exit-codes.js';
import { displayName, readSource } from '../run-program.js';

export function register(program: Command): void {
  program
    .command('wasm')
    .description('run a program on the jit tier, then print the WebAssembly text of what it compiled')
    .argument('<file>', 'program file, or - for standard input')
    .option('--fn <name>', 'only the function with this name')
    .option('--jit-threshold <n>', 'calls or loop iterations before compiling (default: the jit default)')
    .action(async (file: string, opts: { fn?: string; jitThreshold?: string }) => {
      await loadBinaryen();
      const source = readSource(file);
      let out = '';
      try {
        const parsed = compileProgram(source, displayName(file));
        const session = new Session(parsed, {
          tier: 'jit',
          jitKeepText: true,
          jitThreshold: opts.jitThreshold === undefined ? undefined : Number(opts.jitThreshold),
          write: () => {},
          writeError: () => {},
          writeDiagnostic: () => {},
        });
        try {
          session.runTopLevel();
        } catch {
          // the program's own errors do not matter here
        }
      } catch (e) {
        if (!(e instanceof CheckError)) throw e;
        process.stderr.write(e.format() + '\n');
        process.exitCode = ExitCode.CheckFailed;
        return;
      }
      const lines = (file === '-' ? source : readFileSync(file, 'utf8')).split('\n');
      const units = (lastJit?.units ?? []).filter((u) => opts.fn === undefined || u.fc.name === opts.fn);
      for (const u of units) {
        const first = u.fc.lines.reduce((a, b) => (b > 0 && b < a ? b : a), Infinity);
        const last = u.fc.lines.reduce((a, b) => Math.max(a, b), 0);
        out += `;; ==== ${u.fc.name} (${displayName(file)}:${first}) as f${u.id}: ${u.wasmBytes} bytes ====\n`;
        for (let l = first; l <= last && Number.isFinite(l); l++) out += `;; ${String(l).padStart(4)} | ${lines[l - 1] ?? ''}\n`;
        out += u.text + '\n';
      }
      if (units.length === 0) out += opts.fn === undefined ? ';; nothing was compiled\n' : `;; no compiled function named '${opts.fn}'\n`;
      process.stdout.write(out);
    });
}
