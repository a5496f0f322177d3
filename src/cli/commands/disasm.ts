// `speedlab disasm`: the VM's bytecode listing of a program (commander wiring
// only; the format is interpreters/vm/disassembler.ts's).

import type { Command } from 'commander';
import { ProgramCompiler } from '../../../interpreters/vm/compiler.js';
import { disassembleProgram } from '../../../interpreters/vm/disassembler.js';
import { compileProgram } from '../../front/compile.js';
import { CheckError } from '../../front/diagnostics.js';
import { ExitCode } from '../exit-codes.js';
import { displayName, readSource } from '../run-program.js';

export function register(program: Command): void {
  program
    .command('disasm')
    .description('print the bytecode the vm tier runs: per function a header, then one line per instruction')
    .argument('<file>', 'program file, or - for standard input')
    .option('--fn <name>', 'only the function(s) with this name (<script> for the top level)')
    .action((file: string, opts: { fn?: string }) => {
      try {
        const parsed = compileProgram(readSource(file), displayName(file));
        const compiler = new ProgramCompiler(parsed);
        const listing = disassembleProgram(parsed, (info) => compiler.code(info), opts.fn);
        if (listing === null) {
          process.stderr.write(`speedlab: no function named '${opts.fn}' in ${displayName(file)}\n`);
          process.exitCode = ExitCode.CheckFailed;
          return;
        }
        process.stdout.write(listing);
      } catch (e) {
        if (!(e instanceof CheckError)) throw e;
        process.stderr.write(e.format() + '\n');
        process.exitCode = ExitCode.CheckFailed;
      }
    });
}
