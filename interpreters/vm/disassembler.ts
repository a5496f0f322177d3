// Listings of bytecode, in the one format `speedlab disasm` and `--trace` share
// (after clox's debug.c): a header per function (name, arity, register file,
// constants, handlers), then one line per instruction:
//
//   0007   12 GetNamed            r2, r0, "next" ic0
//   offset line (| when unchanged) opcode, operands printed by their kind:
//     r3            a register           k1(2)      a constant register and its value
//     r3..r5        a register window    -> 0012    a jump target
//     (r1, k0(2))   call arguments
//     "name"        a constant-pool entry (a name or text)
//     g4(fib)       a global slot        fn2(inner) a function
//     class Point   a class              @3 ic1 loop0   a feedback site, an inline cache, a loop
//
// Every operand is printed from its kind in the opcode table, so a new opcode
// needs no change here.

import type { Program } from '../../src/front/ast.js';
import { HOLE, JSArray, JSFunction, JSObject, type Value } from '../../src/runtime/values.js';
import type { FunctionCode } from './function-code.js';
import { instructionSize, NAME_WIDTH, ROWS } from './opcodes.js';

/** A value in a listing or trace: short, one line, never calls program code. */
export function formatValue(v: Value): string {
  switch (typeof v) {
    case 'number':
      return Object.is(v, -0) ? '-0' : String(v);
    case 'string': {
      const s = JSON.stringify(v.length > 24 ? v.slice(0, 24) + '…' : v);
      return s;
    }
    case 'boolean':
    case 'undefined':
      return String(v);
    case 'symbol':
      return v === HOLE ? '<hole>' : '<symbol>';
    default:
      if (v === null) return 'null';
      if (v instanceof JSFunction) return v.isClass ? `<class ${v.name}>` : `<fn ${v.name || 'anonymous'}>`;
      if (v instanceof JSArray) return `<array ${v.elems.length}>`;
      if (v instanceof JSObject) {
        const keys = v.shape.keys.slice(0, 3).join(', ');
        return v.shape.keys.length > 3 ? `{${keys}, …}` : `{${keys}}`;
      }
      return '<internal>';
  }
}

/** A register operand: `r3`, or `k1(value)` for a constant register. */
function register(fc: FunctionCode, r: number): string {
  if (r >= fc.constantBase) return `k${r - fc.constantBase}(${formatValue(fc.registerTemplate[r])})`;
  return `r${r}`;
}

function window(fc: FunctionCode, start: number, count: number): string {
  if (count === 0) return '()';
  if (count === 1) return register(fc, start);
  return `${register(fc, start)}..${register(fc, start + count - 1)}`;
}

export function offset(pc: number): string {
  return String(pc).padStart(4, '0');
}

/** The operands of the instruction at `pc`, by kind. */
export function formatOperands(fc: FunctionCode, pc: number, program: Program): string {
  const code = fc.code;
  const kinds = ROWS[code[pc]].operands;
  const parts: string[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const v = code[pc + 1 + i];
    switch (kinds[i]) {
      case 'in':
      case 'out':
      case 'inout':
        parts.push(register(fc, v));
        break;
      case 'args':
        parts.push(window(fc, v, code[pc + 2 + i]));
        i++; // the count is part of the window
        break;
      case 'count':
        parts.push(String(v));
        break;
      case 'pair':
        parts.push(`${register(fc, v)}..${register(fc, v + 1)}`);
        break;
      case 'const':
        parts.push(v < 0 ? '-' : typeof fc.constants[v] === 'string' ? JSON.stringify(fc.constants[v]) : formatValue(fc.constants[v]));
        break;
      case 'int':
        parts.push(String(v));
        break;
      case 'jump':
        parts.push(`-> ${offset(v)}`);
        break;
      case 'global':
        parts.push(`g${v}(${program.globals[v]?.name ?? '?'})`);
        break;
      case 'func':
        parts.push(`fn${v}(${program.functions[v]?.name || 'anonymous'})`);
        break;
      case 'class': {
        const node = fc.classes[v];
        parts.push(`class ${node.id ? node.id.name : (node.inferredName || 'anonymous')}`);
        break;
      }
      case 'site':
        parts.push(`@${v}`);
        break;
      case 'cache':
        parts.push(`ic${v}`);
        break;
      case 'loop':
        parts.push(`loop${v}`);
        break;
      case 'list': {
        const regs: string[] = [];
        for (let j = 0; j < v; j++) regs.push(register(fc, code[pc + 2 + i + j]));
        parts.push(`(${regs.join(', ')})`);
        break;
      }
    }
  }
  // jump targets, sites, caches and loops read better without a comma before them
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (i === 0) text = p;
    else if (p.startsWith('-> ') || p.startsWith('@') || p.startsWith('ic') || p.startsWith('loop')) text += ' ' + p;
    else text += ', ' + p;
  }
  return text;
}

/** One listing line; `previousLine` is the line of the instruction printed before (for `|`). */
export function formatInstruction(fc: FunctionCode, pc: number, program: Program, previousLine: number): string {
  const line = fc.lines[pc];
  const lineText = line === previousLine ? '   |' : String(line).padStart(4);
  const operands = formatOperands(fc, pc, program);
  const name = ROWS[fc.code[pc]].name;
  return `${offset(pc)} ${lineText} ${operands ? name.padEnd(NAME_WIDTH) + ' ' + operands : name}`;
}

/** The header of a function's listing. */
export function formatHeader(fc: FunctionCode, program: Program): string {
  const info = fc.info;
  const temporaries = fc.constantBase - fc.localCount;
  const constants = fc.registerCount - fc.constantBase;
  const lines = [
    `== ${fc.name} (${program.file}:${info.line}) ==`,
    `arity ${fc.arity}${fc.restIndex >= 0 ? ' + rest' : ''}, ${fc.registerCount} registers (${fc.localCount} locals, ${temporaries} temporaries, ${constants} constants), ` +
      `${fc.caches.length} inline caches, ${fc.feedback.length} feedback sites, ${fc.loopCounts.length} loops`,
  ];
  if (constants > 0) {
    const ks: string[] = [];
    for (let i = 0; i < constants; i++) ks.push(`k${i}=${formatValue(fc.registerTemplate[fc.constantBase + i])}`);
    lines.push(`constants: ${ks.join(' ')}`);
  }
  for (const h of fc.handlers) {
    lines.push(`handler: ${offset(h.start)}..${offset(h.end)} -> ${offset(h.target)} (exception r${h.valueRegister}, context r${h.contextRegister})`);
  }
  return lines.join('\n');
}

/** A function's whole listing. */
export function disassemble(fc: FunctionCode, program: Program): string {
  const out = [formatHeader(fc, program)];
  let previousLine = -1;
  for (let pc = 0; pc < fc.code.length; pc += instructionSize(fc.code, pc)) {
    out.push(formatInstruction(fc, pc, program, previousLine));
    previousLine = fc.lines[pc];
  }
  return out.join('\n') + '\n';
}

/** The registers of a frame (locals and temporaries; constants never change), for the trace. */
export function formatRegisters(fc: FunctionCode, regs: Value[]): string {
  const parts: string[] = [];
  for (let r = 0; r < fc.constantBase; r++) parts.push(`r${r}=${formatValue(regs[r])}`);
  return parts.length === 0 ? '(no registers)' : parts.join(' ');
}

/**
 * The listing of a whole program (`speedlab disasm`): every function in
 * definition order, or only those named `only`. Returns null when no function has that name.
 */
export function disassembleProgram(program: Program, compile: (info: Program['functions'][number]) => FunctionCode, only?: string): string | null {
  const infos = only === undefined ? program.functions : program.functions.filter((f) => f.name === only || (only === '<script>' && f.kind === 'script'));
  if (infos.length === 0) return null;
  return infos.map((info) => disassemble(compile(info), program)).join('\n');
}
