// The command modules beyond run/check/tiers/language, registered in one list.
// Each module exports `register(program)` and adds its own subcommand(s).

import type { Command } from 'commander';
import { register as registerBench } from './commands/bench.js';
import { register as registerDisasm } from './commands/disasm.js';
import { register as registerProfile } from './commands/profile.js';
import { register as registerWasm } from './commands/wasm.js';

type Registrar = (program: Command) => void;

export const COMMAND_MODULES: Registrar[] = [registerBench, registerProfile, registerDisasm, registerWasm];
