// The VM's instruction set, declared once. `Op` lists the opcode names (a
// `const enum`, so every `case Op.Add:` in the dispatch loop is a literal and
// the switch compiles to a jump table); OPCODES gives each name its row:
// operand kinds and a one-line meaning in Lua's `R[A] := ...` notation. The
// mapped type `OpcodeTable` makes the compiler check that every opcode has
// exactly one row and that each row's name is its own, so the two lists cannot
// drift. Everything else is derived from the rows: instruction sizes, the typed
// emit helper (arity and operand types), the disassembler and trace (operands
// printed by kind), and the register checker (reads, writes, windows).
//
// Encoding: an instruction is its opcode followed by one 32-bit slot per
// operand, in an Int32Array; a `list` operand (call arguments, always last) is
// a count followed by that many register slots. Operand letters in the
// meanings: A, B, C, D, E, F.

/** Opcode numbers. Add a name here and a row in OPCODES below (the compiler insists). */
export const enum Op {
  // registers and constants
  Move, LoadInt, LoadHole, CheckHole, LoadThis, LoadCallee, ThrowConstAssign,
  // heap contexts (captured bindings)
  PushContext, PopContext, CopyContext, SaveContext, RestoreContext,
  LoadContext, LoadContextChecked, StoreContext, StoreContextChecked, ContextHole,
  // globals
  LoadGlobal, StoreGlobal, InitGlobal, TypeofGlobal,
  // binary operators
  Add, Sub, Mul, Div, Mod, Exp, BitAnd, BitOr, BitXor, Shl, Shr, UShr,
  Eq, Ne, StrictEq, StrictNe, Lt, Gt, Le, Ge, In, InstanceOf,
  // unary operators
  Neg, ToNumber, ToNumeric, Inc, Dec, BitNot, Not, TypeOf,
  // control flow
  Jump, Loop, JumpIfTrue, JumpIfFalse, JumpIfNullish, JumpIfNotNullish, JumpIfUndefined, JumpIfNotUndefined, JumpIfInt,
  JumpIfLt, JumpIfLe, JumpIfGt, JumpIfGe, JumpIfEq, JumpIfNe, JumpIfStrictEq, JumpIfStrictNe,
  JumpIfNotLt, JumpIfNotLe, JumpIfNotGt, JumpIfNotGe,
  LoopIfTrue, LoopIfLt, LoopIfLe, LoopIfGt, LoopIfGe, LoopIfNe, LoopIfStrictNe,
  // objects, arrays and properties
  NewObject, NewArray, ArrayAppend, ArrayAppendHole, ArrayAppendSpread,
  GetNamed, GetLength, SetNamed, GetElem, SetElem, InitProp, InitPropKey, InitMethod, ObjectSpread,
  ToPropertyKey, Delete, SuperGet, NameFunction,
  // calls
  Call, CallGlobal, CallThis, CallMethod, CallSpread, New, NewSpread, SuperCall, SuperCallSpread, Return,
  // functions and classes
  Closure, CreateClass, ClassPrototype, CheckStaticKey, DefineMethod, SetFieldKeys, RunStaticFields, InitField,
  // iteration and destructuring
  ForInStart, ForInNext, ForOfStart, ForOfNext, IterStart, IterNext, IterRest, RequireObject, ObjectRest,
  // exceptions and strings
  Throw, EndFinally, TemplateAppend,
}

/**
 * What an operand slot holds, which decides how the disassembler prints it and
 * what the register checker verifies.
 */
export type OperandKind =
  /** A register the instruction writes. */
  | 'out'
  /** A register the instruction reads. */
  | 'in'
  /** A register the instruction reads and writes. */
  | 'inout'
  /** The first register of a window of consecutive registers read (its length is the next `count` operand). */
  | 'args'
  /** The length of the preceding `args` window. */
  | 'count'
  /** Two consecutive registers holding iteration state (read and written). */
  | 'pair'
  /** An entry of the constant pool (a property name, a message text); -1 for none. */
  | 'const'
  /** An immediate integer. */
  | 'int'
  /** An absolute code offset. */
  | 'jump'
  /** A global slot of the program. */
  | 'global'
  /** A function of the program (FunctionInfo id). */
  | 'func'
  /** An entry of the function's class table. */
  | 'class'
  /** A type-feedback site (see feedback.ts). */
  | 'site'
  /** An inline cache (see inline-cache.ts). */
  | 'cache'
  /** A loop (back-edge counter). */
  | 'loop'
  /**
   * A list of registers read (call arguments): a count, then that many register
   * slots. Always the last operand, so the instruction is longer by the count.
   */
  | 'list';

export interface OpcodeRow<N extends string = string> {
  readonly name: N;
  readonly operands: readonly OperandKind[];
  /** One line, in terms of the operands A, B, C, ... */
  readonly meaning: string;
}

type OpName = Exclude<keyof typeof Op, number | symbol>;
/** One row per opcode, keyed by its number, named by its own name. */
type OpcodeTable = { readonly [N in OpName as (typeof Op)[N]]: OpcodeRow<N> };

const ARITH = ['out', 'in', 'in', 'site'] as const;
const COMPARE_JUMP = ['in', 'in', 'jump', 'site'] as const;
const COMPARE_LOOP = ['in', 'in', 'jump', 'loop', 'site'] as const;

export const OPCODES = {
  // ---- registers and constants ------------------------------------------------------
  [Op.Move]: { name: 'Move', operands: ['out', 'in'], meaning: 'R[A] := R[B]' },
  [Op.LoadInt]: { name: 'LoadInt', operands: ['out', 'int'], meaning: 'R[A] := B' },
  [Op.LoadHole]: { name: 'LoadHole', operands: ['out'], meaning: 'R[A] := <hole> (binding not yet initialised)' },
  [Op.CheckHole]: { name: 'CheckHole', operands: ['in', 'const'], meaning: 'ReferenceError "Cannot access B before initialization" if R[A] is <hole>' },
  [Op.LoadThis]: { name: 'LoadThis', operands: ['out'], meaning: 'R[A] := this (ReferenceError before super() in a derived constructor)' },
  [Op.LoadCallee]: { name: 'LoadCallee', operands: ['out'], meaning: 'R[A] := the running function' },
  [Op.ThrowConstAssign]: { name: 'ThrowConstAssign', operands: [], meaning: 'TypeError "Assignment to constant variable."' },

  // ---- heap contexts ----------------------------------------------------------------
  [Op.PushContext]: { name: 'PushContext', operands: ['int'], meaning: 'ctx := new context of A slots whose parent (slot 0) is ctx' },
  [Op.PopContext]: { name: 'PopContext', operands: [], meaning: 'ctx := ctx[0]' },
  [Op.CopyContext]: { name: 'CopyContext', operands: [], meaning: 'ctx := copy of ctx (a fresh set of per-iteration `let` bindings)' },
  [Op.SaveContext]: { name: 'SaveContext', operands: ['out'], meaning: 'R[A] := ctx' },
  [Op.RestoreContext]: { name: 'RestoreContext', operands: ['in'], meaning: 'ctx := R[A]' },
  [Op.LoadContext]: { name: 'LoadContext', operands: ['out', 'int', 'int'], meaning: 'R[A] := ctx^B[C] (ctx^B: B parents up)' },
  [Op.LoadContextChecked]: { name: 'LoadContextChecked', operands: ['out', 'int', 'int', 'const'], meaning: 'R[A] := ctx^B[C], ReferenceError naming D if it is <hole>' },
  [Op.StoreContext]: { name: 'StoreContext', operands: ['int', 'int', 'in'], meaning: 'ctx^A[B] := R[C]' },
  [Op.StoreContextChecked]: { name: 'StoreContextChecked', operands: ['int', 'int', 'in', 'const'], meaning: 'ctx^A[B] := R[C], ReferenceError naming D if it is <hole>' },
  [Op.ContextHole]: { name: 'ContextHole', operands: ['int'], meaning: 'ctx[A] := <hole>' },

  // ---- globals ----------------------------------------------------------------------
  [Op.LoadGlobal]: { name: 'LoadGlobal', operands: ['out', 'global'], meaning: 'R[A] := G[B] (ReferenceError if undeclared or uninitialised)' },
  [Op.StoreGlobal]: { name: 'StoreGlobal', operands: ['global', 'in'], meaning: 'G[A] := R[B] (ReferenceError if a declared global is uninitialised)' },
  [Op.InitGlobal]: { name: 'InitGlobal', operands: ['global', 'in'], meaning: 'G[A] := R[B] (declaration)' },
  [Op.TypeofGlobal]: { name: 'TypeofGlobal', operands: ['out', 'global'], meaning: 'R[A] := typeof G[B] ("undefined" if undeclared)' },

  // ---- binary operators (C is the feedback site) ------------------------------------
  [Op.Add]: { name: 'Add', operands: ARITH, meaning: 'R[A] := R[B] + R[C]' },
  [Op.Sub]: { name: 'Sub', operands: ARITH, meaning: 'R[A] := R[B] - R[C]' },
  [Op.Mul]: { name: 'Mul', operands: ARITH, meaning: 'R[A] := R[B] * R[C]' },
  [Op.Div]: { name: 'Div', operands: ARITH, meaning: 'R[A] := R[B] / R[C]' },
  [Op.Mod]: { name: 'Mod', operands: ARITH, meaning: 'R[A] := R[B] % R[C]' },
  [Op.Exp]: { name: 'Exp', operands: ARITH, meaning: 'R[A] := R[B] ** R[C]' },
  [Op.BitAnd]: { name: 'BitAnd', operands: ARITH, meaning: 'R[A] := R[B] & R[C]' },
  [Op.BitOr]: { name: 'BitOr', operands: ARITH, meaning: 'R[A] := R[B] | R[C]' },
  [Op.BitXor]: { name: 'BitXor', operands: ARITH, meaning: 'R[A] := R[B] ^ R[C]' },
  [Op.Shl]: { name: 'Shl', operands: ARITH, meaning: 'R[A] := R[B] << R[C]' },
  [Op.Shr]: { name: 'Shr', operands: ARITH, meaning: 'R[A] := R[B] >> R[C]' },
  [Op.UShr]: { name: 'UShr', operands: ARITH, meaning: 'R[A] := R[B] >>> R[C]' },
  [Op.Eq]: { name: 'Eq', operands: ARITH, meaning: 'R[A] := R[B] == R[C]' },
  [Op.Ne]: { name: 'Ne', operands: ARITH, meaning: 'R[A] := R[B] != R[C]' },
  [Op.StrictEq]: { name: 'StrictEq', operands: ARITH, meaning: 'R[A] := R[B] === R[C]' },
  [Op.StrictNe]: { name: 'StrictNe', operands: ARITH, meaning: 'R[A] := R[B] !== R[C]' },
  [Op.Lt]: { name: 'Lt', operands: ARITH, meaning: 'R[A] := R[B] < R[C]' },
  [Op.Gt]: { name: 'Gt', operands: ARITH, meaning: 'R[A] := R[B] > R[C]' },
  [Op.Le]: { name: 'Le', operands: ARITH, meaning: 'R[A] := R[B] <= R[C]' },
  [Op.Ge]: { name: 'Ge', operands: ARITH, meaning: 'R[A] := R[B] >= R[C]' },
  [Op.In]: { name: 'In', operands: ['out', 'in', 'in'], meaning: 'R[A] := R[B] in R[C]' },
  [Op.InstanceOf]: { name: 'InstanceOf', operands: ['out', 'in', 'in'], meaning: 'R[A] := R[B] instanceof R[C]' },

  // ---- unary operators --------------------------------------------------------------
  [Op.Neg]: { name: 'Neg', operands: ['out', 'in', 'site'], meaning: 'R[A] := -R[B]' },
  [Op.ToNumber]: { name: 'ToNumber', operands: ['out', 'in'], meaning: 'R[A] := +R[B]' },
  [Op.ToNumeric]: { name: 'ToNumeric', operands: ['out', 'in', 'site'], meaning: 'R[A] := ToNumeric(R[B]) (the old value of a postfix ++/--)' },
  [Op.Inc]: { name: 'Inc', operands: ['out', 'in', 'site'], meaning: 'R[A] := ToNumeric(R[B]) + 1' },
  [Op.Dec]: { name: 'Dec', operands: ['out', 'in', 'site'], meaning: 'R[A] := ToNumeric(R[B]) - 1' },
  [Op.BitNot]: { name: 'BitNot', operands: ['out', 'in', 'site'], meaning: 'R[A] := ~R[B]' },
  [Op.Not]: { name: 'Not', operands: ['out', 'in'], meaning: 'R[A] := !R[B]' },
  [Op.TypeOf]: { name: 'TypeOf', operands: ['out', 'in'], meaning: 'R[A] := typeof R[B]' },

  // ---- control flow -----------------------------------------------------------------
  [Op.Jump]: { name: 'Jump', operands: ['jump'], meaning: 'pc := A' },
  [Op.Loop]: { name: 'Loop', operands: ['jump', 'loop'], meaning: 'back-edge of loop B: charge one step, count it, pc := A' },
  [Op.JumpIfTrue]: { name: 'JumpIfTrue', operands: ['in', 'jump'], meaning: 'if R[A] is truthy: pc := B' },
  [Op.JumpIfFalse]: { name: 'JumpIfFalse', operands: ['in', 'jump'], meaning: 'if R[A] is falsy: pc := B' },
  [Op.JumpIfNullish]: { name: 'JumpIfNullish', operands: ['in', 'jump'], meaning: 'if R[A] is null or undefined: pc := B' },
  [Op.JumpIfNotNullish]: { name: 'JumpIfNotNullish', operands: ['in', 'jump'], meaning: 'if R[A] is neither null nor undefined: pc := B' },
  [Op.JumpIfUndefined]: { name: 'JumpIfUndefined', operands: ['in', 'jump'], meaning: 'if R[A] is undefined: pc := B' },
  [Op.JumpIfNotUndefined]: { name: 'JumpIfNotUndefined', operands: ['in', 'jump'], meaning: 'if R[A] is not undefined: pc := B' },
  [Op.JumpIfInt]: { name: 'JumpIfInt', operands: ['in', 'int', 'jump'], meaning: 'if R[A] === B: pc := C' },
  [Op.JumpIfLt]: { name: 'JumpIfLt', operands: COMPARE_JUMP, meaning: 'if R[A] < R[B]: pc := C' },
  [Op.JumpIfLe]: { name: 'JumpIfLe', operands: COMPARE_JUMP, meaning: 'if R[A] <= R[B]: pc := C' },
  [Op.JumpIfGt]: { name: 'JumpIfGt', operands: COMPARE_JUMP, meaning: 'if R[A] > R[B]: pc := C' },
  [Op.JumpIfGe]: { name: 'JumpIfGe', operands: COMPARE_JUMP, meaning: 'if R[A] >= R[B]: pc := C' },
  [Op.JumpIfEq]: { name: 'JumpIfEq', operands: COMPARE_JUMP, meaning: 'if R[A] == R[B]: pc := C' },
  [Op.JumpIfNe]: { name: 'JumpIfNe', operands: COMPARE_JUMP, meaning: 'if R[A] != R[B]: pc := C' },
  [Op.JumpIfStrictEq]: { name: 'JumpIfStrictEq', operands: COMPARE_JUMP, meaning: 'if R[A] === R[B]: pc := C' },
  [Op.JumpIfStrictNe]: { name: 'JumpIfStrictNe', operands: COMPARE_JUMP, meaning: 'if R[A] !== R[B]: pc := C' },
  [Op.JumpIfNotLt]: { name: 'JumpIfNotLt', operands: COMPARE_JUMP, meaning: 'if !(R[A] < R[B]): pc := C (NaN jumps)' },
  [Op.JumpIfNotLe]: { name: 'JumpIfNotLe', operands: COMPARE_JUMP, meaning: 'if !(R[A] <= R[B]): pc := C (NaN jumps)' },
  [Op.JumpIfNotGt]: { name: 'JumpIfNotGt', operands: COMPARE_JUMP, meaning: 'if !(R[A] > R[B]): pc := C (NaN jumps)' },
  [Op.JumpIfNotGe]: { name: 'JumpIfNotGe', operands: COMPARE_JUMP, meaning: 'if !(R[A] >= R[B]): pc := C (NaN jumps)' },
  // back-edges that test the loop condition (the test at the loop's top runs only before the first iteration)
  [Op.LoopIfTrue]: { name: 'LoopIfTrue', operands: ['in', 'jump', 'loop'], meaning: 'if R[A] is truthy: back-edge of loop C (charge a step, count it), pc := B' },
  [Op.LoopIfLt]: { name: 'LoopIfLt', operands: COMPARE_LOOP, meaning: 'if R[A] < R[B]: back-edge of loop D, pc := C' },
  [Op.LoopIfLe]: { name: 'LoopIfLe', operands: COMPARE_LOOP, meaning: 'if R[A] <= R[B]: back-edge of loop D, pc := C' },
  [Op.LoopIfGt]: { name: 'LoopIfGt', operands: COMPARE_LOOP, meaning: 'if R[A] > R[B]: back-edge of loop D, pc := C' },
  [Op.LoopIfGe]: { name: 'LoopIfGe', operands: COMPARE_LOOP, meaning: 'if R[A] >= R[B]: back-edge of loop D, pc := C' },
  [Op.LoopIfNe]: { name: 'LoopIfNe', operands: COMPARE_LOOP, meaning: 'if R[A] != R[B]: back-edge of loop D, pc := C' },
  [Op.LoopIfStrictNe]: { name: 'LoopIfStrictNe', operands: COMPARE_LOOP, meaning: 'if R[A] !== R[B]: back-edge of loop D, pc := C' },

  // ---- objects, arrays and properties -----------------------------------------------
  [Op.NewObject]: { name: 'NewObject', operands: ['out'], meaning: 'R[A] := {}' },
  [Op.NewArray]: { name: 'NewArray', operands: ['out', 'args', 'count'], meaning: 'R[A] := [R[B], ..., R[B+C-1]]' },
  [Op.ArrayAppend]: { name: 'ArrayAppend', operands: ['in', 'in'], meaning: 'append R[B] to the array R[A]' },
  [Op.ArrayAppendHole]: { name: 'ArrayAppendHole', operands: ['in'], meaning: 'append a hole to the array R[A]' },
  [Op.ArrayAppendSpread]: { name: 'ArrayAppendSpread', operands: ['in', 'in', 'const'], meaning: 'append every value of the iterable R[B] (C: its error site) to the array R[A]' },
  [Op.GetNamed]: { name: 'GetNamed', operands: ['out', 'in', 'const', 'cache'], meaning: 'R[A] := R[B].C (inline cache D)' },
  [Op.GetLength]: { name: 'GetLength', operands: ['out', 'in'], meaning: 'R[A] := R[B].length' },
  [Op.SetNamed]: { name: 'SetNamed', operands: ['in', 'const', 'in', 'cache'], meaning: 'R[A].B := R[C] (inline cache D)' },
  [Op.GetElem]: { name: 'GetElem', operands: ['out', 'in', 'in', 'site'], meaning: 'R[A] := R[B][R[C]]' },
  [Op.SetElem]: { name: 'SetElem', operands: ['in', 'in', 'in', 'site'], meaning: 'R[A][R[B]] := R[C]' },
  [Op.InitProp]: { name: 'InitProp', operands: ['in', 'const', 'in', 'cache'], meaning: 'define own R[A].B := R[C] (object literal; inline cache D)' },
  [Op.InitPropKey]: { name: 'InitPropKey', operands: ['in', 'in', 'in'], meaning: 'define own R[A][R[B]] := R[C] (R[B] is a property key)' },
  [Op.InitMethod]: { name: 'InitMethod', operands: ['in', 'in', 'in'], meaning: 'R[C].home := R[A]; define own R[A][R[B]] := R[C]' },
  [Op.ObjectSpread]: { name: 'ObjectSpread', operands: ['in', 'in'], meaning: 'copy the own enumerable properties of R[B] into R[A]' },
  [Op.ToPropertyKey]: { name: 'ToPropertyKey', operands: ['out', 'in'], meaning: 'R[A] := ToPropertyKey(R[B]) (numbers stay numbers)' },
  [Op.Delete]: { name: 'Delete', operands: ['out', 'in', 'in'], meaning: 'R[A] := delete R[B][R[C]]' },
  [Op.NameFunction]: { name: 'NameFunction', operands: ['in', 'in'], meaning: 'if R[A] is a function with an empty name: its name := R[B] (computed keys)' },
  [Op.SuperGet]: { name: 'SuperGet', operands: ['out', 'in'], meaning: 'R[A] := super[R[B]] (from the home object\'s prototype)' },

  // ---- calls (the result goes to A; a `const` names the callee in error messages) ----
  [Op.Call]: { name: 'Call', operands: ['out', 'in', 'const', 'list'], meaning: 'R[A] := R[B](D...)' },
  [Op.CallGlobal]: { name: 'CallGlobal', operands: ['out', 'global', 'const', 'list'], meaning: 'R[A] := G[B](D...) (a function declaration never assigned)' },
  [Op.CallThis]: { name: 'CallThis', operands: ['out', 'in', 'in', 'const', 'list'], meaning: 'R[A] := R[B] called with this = R[C] and the arguments E...' },
  [Op.CallMethod]: { name: 'CallMethod', operands: ['out', 'in', 'const', 'cache', 'const', 'list'], meaning: 'R[A] := R[B].C(F...), the method looked up through inline cache D' },
  [Op.CallSpread]: { name: 'CallSpread', operands: ['out', 'in', 'in', 'in', 'const'], meaning: 'R[A] := R[B] called with this = R[C] and the elements of the array R[D]' },
  [Op.New]: { name: 'New', operands: ['out', 'in', 'const', 'list'], meaning: 'R[A] := new R[B](D...)' },
  [Op.NewSpread]: { name: 'NewSpread', operands: ['out', 'in', 'in', 'const'], meaning: 'R[A] := new R[B](...the elements of the array R[C])' },
  [Op.SuperCall]: { name: 'SuperCall', operands: ['out', 'list'], meaning: 'this := new super(B...); R[A] := undefined' },
  [Op.SuperCallSpread]: { name: 'SuperCallSpread', operands: ['out', 'in'], meaning: 'this := new super(...the elements of the array R[B]); R[A] := undefined' },
  [Op.Return]: { name: 'Return', operands: ['in'], meaning: 'return R[A] to the caller' },

  // ---- functions and classes --------------------------------------------------------
  [Op.Closure]: { name: 'Closure', operands: ['out', 'func'], meaning: 'R[A] := a new closure of function B over ctx' },
  [Op.CreateClass]: { name: 'CreateClass', operands: ['out', 'in', 'class'], meaning: 'R[A] := constructor of class C, extending R[B] (unless C has no extends)' },
  [Op.ClassPrototype]: { name: 'ClassPrototype', operands: ['out', 'in'], meaning: 'R[A] := the prototype object of the class R[B]' },
  [Op.CheckStaticKey]: { name: 'CheckStaticKey', operands: ['in'], meaning: 'TypeError if the property key R[A] is \'prototype\' (a static member\'s computed key)' },
  [Op.DefineMethod]: { name: 'DefineMethod', operands: ['in', 'in', 'in'], meaning: 'R[C].home := R[A]; define hidden R[A][R[B]] := R[C] (class member)' },
  [Op.SetFieldKeys]: { name: 'SetFieldKeys', operands: ['in', 'args', 'count'], meaning: 'instance field keys of the class R[A] := R[B..B+C-1]' },
  [Op.RunStaticFields]: { name: 'RunStaticFields', operands: ['in', 'args', 'count'], meaning: 'run the static field initialisers of class R[A] with keys R[B..B+C-1]' },
  [Op.InitField]: { name: 'InitField', operands: ['int', 'in'], meaning: 'define own this[field key A] := R[B] (field initialiser)' },

  // ---- iteration and destructuring --------------------------------------------------
  [Op.ForInStart]: { name: 'ForInStart', operands: ['pair', 'in'], meaning: 'A := iteration over the for-in keys of R[B]' },
  [Op.ForInNext]: { name: 'ForInNext', operands: ['out', 'pair', 'jump'], meaning: 'R[A] := next key of B, or pc := C when done' },
  [Op.ForOfStart]: { name: 'ForOfStart', operands: ['pair', 'in', 'const'], meaning: 'A := iteration over R[B] (C: its error site)' },
  [Op.ForOfNext]: { name: 'ForOfNext', operands: ['out', 'pair', 'jump'], meaning: 'R[A] := next value of B, or pc := C when done' },
  [Op.IterStart]: { name: 'IterStart', operands: ['pair', 'in', 'const'], meaning: 'A := iteration over R[B] (array destructuring; an array is stepped by index; C: its error site)' },
  [Op.IterNext]: { name: 'IterNext', operands: ['out', 'pair'], meaning: 'R[A] := next value of B, or undefined when done' },
  [Op.IterRest]: { name: 'IterRest', operands: ['out', 'pair'], meaning: 'R[A] := array of the values left in B' },
  [Op.RequireObject]: { name: 'RequireObject', operands: ['in', 'const'], meaning: 'TypeError if R[A] is null or undefined (object destructuring; B: its error site)' },
  [Op.ObjectRest]: { name: 'ObjectRest', operands: ['out', 'in', 'args', 'count'], meaning: 'R[A] := own enumerable properties of R[B] except keys R[C..C+D-1]' },

  // ---- exceptions and strings -------------------------------------------------------
  [Op.Throw]: { name: 'Throw', operands: ['in'], meaning: 'throw R[A]' },
  [Op.EndFinally]: { name: 'EndFinally', operands: ['in', 'in'], meaning: 'end of finally: completion R[A] is 0 (go on), 1 (throw R[B]) or an exit (go on to the exit jumps)' },
  [Op.TemplateAppend]: { name: 'TemplateAppend', operands: ['inout', 'in', 'const'], meaning: 'R[A] := R[A] + String(R[B]) + C' },
} as const satisfies OpcodeTable;

export type OpcodeRows = typeof OPCODES;

/** Number of opcodes. */
export const OPCODE_COUNT = Object.keys(OPCODES).length;

/** Every row, indexed by opcode. */
export const ROWS: readonly OpcodeRow[] = Array.from({ length: OPCODE_COUNT }, (_, op) => (OPCODES as Record<number, OpcodeRow>)[op]);

/** Instruction size in code slots (the opcode plus one slot per operand; a list adds its registers), by opcode. */
export const OP_SIZE: Uint8Array = Uint8Array.from(ROWS, (row) => 1 + row.operands.length);

/** Opcodes whose last operand is a register list. */
const HAS_LIST: Uint8Array = Uint8Array.from(ROWS, (row) => (row.operands[row.operands.length - 1] === 'list' ? 1 : 0));

/** The size of the instruction at `pc`, list included. */
export function instructionSize(code: ArrayLike<number>, pc: number): number {
  const op = code[pc];
  const size = OP_SIZE[op];
  return HAS_LIST[op] === 1 ? size + code[pc + size - 1] : size;
}

/** The widest opcode name, for aligned listings. */
export const NAME_WIDTH = Math.max(...ROWS.map((row) => row.name.length));

/** A forward-referencable code position (see builder.ts). */
export interface LabelRef {
  readonly isLabel: true;
}

/** The operand values an opcode takes, in order: jump operands are labels, lists arrays of registers, everything else a number. */
export type OperandValues<O extends Op> = OperandTuple<OpcodeRows[O]['operands']>;
type OperandTuple<T extends readonly OperandKind[]> = { -readonly [I in keyof T]: T[I] extends 'jump' ? LabelRef : T[I] extends 'list' ? readonly number[] : number };
