// The register check, derived from the opcode table: every compiled function is
// verified before it runs. It walks the instructions by their table sizes and
// checks each operand by its kind: registers inside the frame, written
// registers never in the constant area, argument windows and iteration pairs
// inside the frame, jump targets on instruction boundaries, constants, classes,
// caches, feedback sites, loops, functions and globals in range, handlers
// pointing at instructions, and code that cannot run off its end. A failure is
// a compiler bug, reported with the function and offset.

import type { FunctionCode } from './function-code.js';
import { instructionSize, Op, OPCODE_COUNT, ROWS } from './opcodes.js';

export class BytecodeError extends Error {
  constructor(fc: FunctionCode, pc: number, problem: string) {
    super(`vm: bad bytecode in ${fc.name} at ${String(pc).padStart(4, '0')}: ${problem}`);
  }
}

export function verifyFunction(fc: FunctionCode, functionCount: number, globalCount: number): void {
  const code = fc.code;
  const starts = new Set<number>();
  let last = -1;
  for (let pc = 0; pc < code.length; ) {
    const op = code[pc];
    if (op < 0 || op >= OPCODE_COUNT) throw new BytecodeError(fc, pc, `unknown opcode ${op}`);
    starts.add(pc);
    last = pc;
    pc += instructionSize(code, pc);
    if (pc > code.length) throw new BytecodeError(fc, last, 'instruction runs past the end');
  }
  const writable = fc.constantBase;
  const frame = fc.registerCount;
  const sites = fc.feedback.length;
  const register = (pc: number, r: number, limit: number, what: string) => {
    if (!(r >= 0 && r < limit)) throw new BytecodeError(fc, pc, `${what} register r${r} outside 0..${limit - 1}`);
  };
  for (const pc of starts) {
    const row = ROWS[code[pc]];
    const kinds = row.operands;
    for (let i = 0; i < kinds.length; i++) {
      const v = code[pc + 1 + i];
      const check = (ok: boolean, what: string) => {
        if (!ok) throw new BytecodeError(fc, pc, `${row.name} operand ${i + 1} (${kinds[i]}) = ${v}: ${what}`);
      };
      switch (kinds[i]) {
        case 'in':
          register(pc, v, frame, 'read');
          break;
        case 'out':
        case 'inout':
          register(pc, v, writable, 'written');
          break;
        case 'args': {
          const count = code[pc + 2 + i];
          check(kinds[i + 1] === 'count' && count >= 0, 'a window needs a count');
          if (count > 0) {
            register(pc, v, frame, 'window');
            register(pc, v + count - 1, frame, 'window');
          }
          break;
        }
        case 'count':
          check(v >= 0, 'negative count');
          break;
        case 'pair':
          register(pc, v, writable, 'state');
          register(pc, v + 1, writable, 'state');
          break;
        case 'const':
          check(v >= -1 && v < fc.constants.length, 'no such constant');
          break;
        case 'int':
          break;
        case 'jump':
          check(starts.has(v), 'not an instruction');
          break;
        case 'global':
          check(v >= 0 && v < globalCount, 'no such global');
          break;
        case 'func':
          check(v >= 0 && v < functionCount, 'no such function');
          break;
        case 'class':
          check(v >= 0 && v < fc.classes.length, 'no such class');
          break;
        case 'site':
          check(v >= 0 && v < sites, 'no such feedback site');
          break;
        case 'cache':
          check(v >= 0 && v < fc.caches.length, 'no such cache');
          break;
        case 'loop':
          check(v >= 0 && v < fc.loopCounts.length, 'no such loop');
          break;
        case 'list':
          check(i === kinds.length - 1 && v >= 0, 'a list is the last operand, with a count');
          for (let j = 0; j < v; j++) register(pc, code[pc + 2 + i + j], frame, 'listed');
          break;
      }
    }
  }
  const lastOp = last < 0 ? -1 : code[last];
  if (lastOp !== Op.Return && lastOp !== Op.Jump && lastOp !== Op.Throw) throw new BytecodeError(fc, Math.max(last, 0), 'code can run off the end');
  for (const h of fc.handlers) {
    if (!starts.has(h.start) || !(starts.has(h.end) || h.end === code.length) || !starts.has(h.target)) {
      throw new BytecodeError(fc, h.start, `handler [${h.start}, ${h.end}) -> ${h.target} is not on instruction boundaries`);
    }
    register(h.target, h.valueRegister, writable, 'handler value');
    register(h.target, h.contextRegister, writable, 'handler context');
  }
  for (const header of fc.loopHeaders) if (!starts.has(header)) throw new BytecodeError(fc, header, 'loop header is not an instruction');
}
