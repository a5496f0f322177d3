// `--trace`: every executed instruction in the disassembler's line format,
// preceded by the frame's registers (locals and temporaries) as they are just
// before it runs, like clox's stack line. A header line marks each switch to a
// different frame (call, return, exception). Stops after `limit` instructions.

import type { Program } from '../../src/front/ast.js';
import { formatInstruction, formatRegisters } from './disassembler.js';
import type { Frame } from './frame.js';

export class Tracer {
  private count = 0;
  private lastFrame: Frame | null = null;
  private lastLine = -1;
  private done = false;

  constructor(
    private readonly program: Program,
    private readonly limit: number,
    private readonly write: (text: string) => void,
  ) {}

  instruction(frame: Frame, pc: number): void {
    if (this.done) return;
    if (this.count >= this.limit) {
      this.done = true;
      this.write(`-- trace limit reached (${this.limit} instructions; raise it with --trace-limit) --\n`);
      return;
    }
    this.count++;
    const fc = frame.code;
    let text = '';
    if (frame !== this.lastFrame) {
      let depth = 0;
      for (let f = frame.parent; f !== null; f = f.parent) depth++;
      text += `-- ${fc.name} (frame depth ${depth}) --\n`;
      this.lastFrame = frame;
      this.lastLine = -1;
    }
    text += `          ${formatRegisters(fc, frame.regs)}\n`;
    text += formatInstruction(fc, pc, this.program, this.lastLine) + '\n';
    this.lastLine = fc.lines[pc];
    this.write(text);
  }
}
