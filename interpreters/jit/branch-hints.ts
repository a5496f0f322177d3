// Branch hints for compiled modules: which arm of each `if` is the slow one.
// Compiled code is fast paths with slow paths beside them (a host accessor
// when a mirror is missing, a deopt when a guard fails), and V8 lays both out
// inline and allocates registers as if either could run: TurboFan spilled
// the fast path's values around calls that almost never happen. The
// WebAssembly branch-hinting proposal's custom section
// (`metadata.code.branch_hint`, read by V8 with
// --experimental-wasm-branch-hinting, see v8-flags.ts) tells it which
// way an `if` goes; it then moves the unlikely arm out of line ("deferred"
// blocks) and spills there.
//
// The rule, applied to the emitted binary (binaryen's API cannot attach the
// hints itself): an `if` one of whose arms calls into the host (a function
// import that is not compiled code) or branches to the function's deopt exit,
// and whose other arm does neither, is hinted towards the other arm. A call
// counts for the innermost `if` arm around it, not through a loop (a loop in
// an arm may be the fast path's own). The deopt exit is the block that opens
// the function's body (codegen.ts puts the whole body in it).
//
// Binary format (proposal): the section, placed before the code section,
// holds a vector of (function index, vector of (byte offset of the `if` from
// the start of the function's body, size 1, 0: unlikely / 1: likely)).

/** What `addBranchHints` made: the binary, and per defined function the hint of each of its `if`s in order (-1: none). */
export interface HintedBinary {
  binary: Uint8Array;
  hints: Int8Array[];
}

const SECTION_NAME = 'metadata.code.branch_hint';
const IMPORT_SECTION = 2;
const CODE_SECTION = 10;
const FUNCTION_IMPORT = 0;
const UNLIKELY = 0;
const LIKELY = 1;

/** Instructions whose immediates are one LEB128 (branches, calls, variables, tables, ref.func). */
const ONE_INDEX = new Set([0x0c, 0x0d, 0x10, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0xd2]);
/** Value types a block type can be written as (one byte). */
const VALUE_TYPES = new Set([0x40, 0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f]);
/** 0xFC instructions by sub-opcode: how many LEB128 immediates each has (the saturating truncations none). */
const PREFIXED_IMMEDIATES = [0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 2, 1, 2, 1, 2, 1, 1, 1];

const UTF8 = new TextDecoder();

class Reader {
  constructor(readonly bytes: Uint8Array, public at: number) {}
  byte(): number {
    if (this.at >= this.bytes.length) throw new Error('jit: branch hints: module ends inside an instruction');
    return this.bytes[this.at++];
  }
  /** An unsigned or signed LEB128 (its value for an unsigned one up to 32 bits; only skipped otherwise). */
  leb(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      if (shift < 32) result |= (b & 0x7f) << shift;
      shift += 7;
      if ((b & 0x80) === 0) return result >>> 0;
    }
  }
  name(): string {
    const length = this.leb();
    const text = UTF8.decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }
}

/** One open block, loop or `if` while decoding a body; an `if` notes which arms lead out. */
interface Frame {
  kind: 'block' | 'loop' | 'if';
  /** An `if`'s ordinal among its function's `if`s and its offset from the body's start (-1 / the offset for the others). */
  ordinal: number;
  offset: number;
  /** Past the `else`; whether the then-arm, or the else-arm, calls the host or deopts. */
  inElse: boolean;
  coldThen: boolean;
  coldElse: boolean;
}

/**
 * The binary with a branch-hint section before its code section (none when
 * no `if` qualifies). `isHostImport(module, field)` says which function
 * imports are the host (the others are compiled code called directly).
 */
export function addBranchHints(binary: Uint8Array, isHostImport: (module: string, field: string) => boolean): HintedBinary {
  const r = new Reader(binary, 8);
  const host: boolean[] = [];
  let code = -1;
  let codeEnd = -1;
  while (r.at < binary.length) {
    const start = r.at;
    const id = r.byte();
    const size = r.leb();
    const contents = r.at;
    if (id === IMPORT_SECTION) {
      for (let count = r.leb(); count > 0; count--) {
        const module = r.name();
        const field = r.name();
        const kind = r.byte();
        if (kind === FUNCTION_IMPORT) host.push(isHostImport(module, field));
        skipImportDescription(r, kind);
      }
    } else if (id === CODE_SECTION) {
      code = start;
      codeEnd = contents + size;
    }
    r.at = contents + size;
  }
  if (code < 0) return { binary, hints: [] };
  r.at = code + 1;
  r.leb();
  const hints: Int8Array[] = [];
  const entries: number[][] = [];
  for (let count = r.leb(), f = 0; f < count; f++) {
    const size = r.leb();
    const body = r.at;
    const found = hintsOfBody(new Reader(binary, body), body + size, host);
    hints.push(found.byOrdinal);
    if (found.offsets.length > 0) entries.push([host.length + f, found.offsets.length, ...found.offsets.flatMap(([offset, value]) => [offset, 1, value])]);
    r.at = body + size;
  }
  if (r.at !== codeEnd) throw new Error('jit: branch hints: code section size mismatch');
  if (entries.length === 0) return { binary, hints };
  const section = customSection(SECTION_NAME, [entries.length, ...entries.flat()]);
  const out = new Uint8Array(binary.length + section.length);
  out.set(binary.subarray(0, code), 0);
  out.set(section, code);
  out.set(binary.subarray(code), code + section.length);
  return { binary: out, hints };
}

/** The `if`s of one function body worth a hint: (offset from the body's start, hint), and each `if`'s hint by ordinal. */
function hintsOfBody(r: Reader, end: number, host: boolean[]): { offsets: [number, number][]; byOrdinal: Int8Array } {
  const body = r.at;
  for (let groups = r.leb(); groups > 0; groups--) {
    r.leb();
    r.byte();
  }
  const firstInstruction = r.at - body;
  const offsets: [number, number][] = [];
  const byOrdinal: number[] = [];
  const frames: Frame[] = [];
  // the block that opens the body: the deopt exit (the body's own frame is not on the stack)
  let exit: Frame | null = null;
  const leadsOut = (): void => {
    for (let i = frames.length - 1; i >= 0; i--) {
      const frame = frames[i];
      if (frame.kind === 'loop') return;
      if (frame.kind === 'if') {
        if (frame.inElse) frame.coldElse = true;
        else frame.coldThen = true;
        return;
      }
    }
  };
  const open = (kind: Frame['kind'], offset: number): Frame => {
    const frame: Frame = { kind, ordinal: -1, offset, inElse: false, coldThen: false, coldElse: false };
    if (kind === 'if') {
      frame.ordinal = byOrdinal.length;
      byOrdinal.push(-1);
    }
    frames.push(frame);
    return frame;
  };
  while (r.at < end) {
    const offset = r.at - body;
    const op = r.byte();
    switch (op) {
      case 0x02: case 0x03: case 0x04: {
        skipBlockType(r);
        const frame = open(op === 0x02 ? 'block' : op === 0x03 ? 'loop' : 'if', offset);
        if (op === 0x02 && offset === firstInstruction) exit = frame;
        break;
      }
      case 0x05:
        frames[frames.length - 1].inElse = true;
        break;
      case 0x0b: {
        const frame = frames.pop();
        if (frame === undefined) break;
        if (frame.kind === 'if' && frame.coldThen !== frame.coldElse) {
          const hint = frame.coldThen ? UNLIKELY : LIKELY;
          offsets.push([frame.offset, hint]);
          byOrdinal[frame.ordinal] = hint;
        }
        break;
      }
      case 0x0c: {
        const depth = r.leb();
        if (exit !== null && frames[frames.length - 1 - depth] === exit) leadsOut();
        break;
      }
      case 0x10:
        if (host[r.leb()] === true) leadsOut();
        break;
      case 0x0e:
        for (let n = r.leb() + 1; n > 0; n--) r.leb();
        break;
      case 0x11:
        r.leb();
        r.leb();
        break;
      case 0x1c:
        for (let n = r.leb(); n > 0; n--) r.byte();
        break;
      case 0x3f: case 0x40: case 0xd0:
        r.byte();
        break;
      case 0x41: case 0x42:
        r.leb();
        break;
      case 0x43:
        r.at += 4;
        break;
      case 0x44:
        r.at += 8;
        break;
      case 0xfc: {
        const sub = r.leb();
        if (sub >= PREFIXED_IMMEDIATES.length) throw new Error(`jit: branch hints: unknown instruction 0xfc ${sub}`);
        for (let n = PREFIXED_IMMEDIATES[sub]; n > 0; n--) r.leb();
        break;
      }
      default:
        if (ONE_INDEX.has(op)) r.leb();
        else if (op >= 0x28 && op <= 0x3e) {
          r.leb();
          r.leb();
        } else if (!(op <= 0x01 || op === 0x0f || op === 0x1a || op === 0x1b || (op >= 0x45 && op <= 0xc4) || op === 0xd1)) {
          throw new Error(`jit: branch hints: unknown instruction 0x${op.toString(16)}`);
        }
    }
  }
  offsets.sort((a, b) => a[0] - b[0]);
  return { offsets, byOrdinal: Int8Array.from(byOrdinal) };
}

function skipBlockType(r: Reader): void {
  const b = r.bytes[r.at];
  if (VALUE_TYPES.has(b)) r.at++;
  else r.leb();
}

function skipImportDescription(r: Reader, kind: number): void {
  switch (kind) {
    case 0: r.leb(); return; // function: type index
    case 1: r.byte(); skipLimits(r); return; // table: element type, limits
    case 2: skipLimits(r); return; // memory
    case 3: r.byte(); r.byte(); return; // global: type, mutability
    default: throw new Error(`jit: branch hints: unknown import kind ${kind}`);
  }
}

function skipLimits(r: Reader): void {
  const flags = r.byte();
  r.leb();
  if (flags & 1) r.leb();
}

function customSection(name: string, values: number[]): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const contents = [...uleb(nameBytes.length), ...nameBytes, ...values.flatMap(uleb)];
  return Uint8Array.from([0, ...uleb(contents.length), ...contents]);
}

function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let b = v & 0x7f;
    v >>>= 7;
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
}

/** A parenthesised form of the text format: where it starts, its head word, its forms. */
interface Form {
  start: number;
  head: string;
  forms: Form[];
}

/** The forms of a module's text (comments and strings skipped). */
function parseForms(text: string): Form[] {
  const stack: Form[] = [{ start: -1, head: '', forms: [] }];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ';' && text[i + 1] === ';') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '(') {
      const head = /^[^\s()]*/.exec(text.slice(i + 1, i + 40))![0];
      const form: Form = { start: i, head, forms: [] };
      stack[stack.length - 1].forms.push(form);
      stack.push(form);
    } else if (c === ')' && stack.length > 1) {
      stack.pop();
    }
  }
  return stack[0].forms;
}

/**
 * binaryen's text of the module with each hinted `if` preceded by its hint
 * in the proposal's text syntax (`(@metadata.code.branch_hint "\00")`), for
 * `speedlab wasm`. The binary has an `if` after its condition (an `if` in
 * the condition comes first), the folded text before it: the text's forms
 * are walked in the binary's order to match them.
 */
export function annotateText(text: string, hints: Int8Array[]): string {
  const inserts: number[][] = [];
  const functions = (parseForms(text)[0]?.forms ?? []).filter((f) => f.head === 'func');
  functions.forEach((func, f) => {
    if (f >= hints.length) return;
    let ordinal = 0;
    const visit = (form: Form): void => {
      if (form.head !== 'if') {
        form.forms.forEach(visit);
        return;
      }
      const arms = form.forms.filter((x) => x.head === 'then' || x.head === 'else');
      form.forms.filter((x) => x.head !== 'then' && x.head !== 'else' && x.head !== 'result').forEach(visit);
      const hint = hints[f][ordinal++];
      if (hint !== undefined && hint >= 0) inserts.push([form.start, hint]);
      arms.forEach(visit);
    };
    func.forms.forEach(visit);
  });
  inserts.sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [at, hint] of inserts) {
    const lineStart = out.lastIndexOf('\n', at - 1) + 1;
    const indent = out.slice(lineStart, at);
    const prefix = /^\s*$/.test(indent) ? `(@metadata.code.branch_hint "\\0${hint}")\n${indent}` : `(@metadata.code.branch_hint "\\0${hint}") `;
    out = out.slice(0, at) + prefix + out.slice(at);
  }
  return out;
}
