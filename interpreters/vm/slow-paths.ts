// The general implementation of every instruction, out of the dispatch loop.
// The loop in vm.ts handles each frequent instruction's common case inline
// (numbers, dense arrays, a cache hit, a call of a compiled function) and
// hands everything else here: the uncommon operand types of the frequent
// instructions, and the rare instructions (class definitions, destructuring,
// spread, iteration set-up, throw...) altogether. Keeping that code out of the
// loop keeps the loop small, which is what lets V8 compile it quickly and keep
// it compiled. Conventions as in the loop: `pc` is the instruction's start and
// is already stored in the frame; each case returns the next pc; type feedback
// is recorded here too, while the function is in its feedback window.

import type { FunctionInfo, Node, Program } from '../../src/front/ast.js';
import { destructureNullishAt } from '../../src/runtime/error-sites.js';
import { getIterator, iterateToArray } from '../../src/runtime/iteration.js';
import { Messages } from '../../src/runtime/messages.js';
import {
  add, compare, instanceOf, looseEquals, toBoolean, toNumber, toNumeric, toString, typeOf,
} from '../../src/runtime/operations.js';
import {
  deleteProperty, type ForIn, forInStart, getElement, objectRest, refusedStore, getProperty, hasProperty, ownKeys, setElement, toPropertyKey,
} from '../../src/runtime/properties.js';
import type { Realm } from '../../src/runtime/realm.js';
import { JSThrow } from '../../src/runtime/realm.js';
import { Attr } from '../../src/runtime/shape.js';
import { type Context, FunctionKind, HOLE, JSArray, JSFunction, JSIterator, JSMap, JSObject, JSSet, type Value } from '../../src/runtime/values.js';
import { RECORD_FEEDBACK, RESULT, RIGHT, typeBits } from './feedback.js';
import type { Frame } from './frame.js';
import type { FunctionCode } from './function-code.js';
import { Op } from './opcodes.js';
import type { Vm } from './vm.js';

/** The values of `count` registers listed in the code from `at` on (call arguments), as a new array. */
export function listValues(R: Value[], code: Int32Array, at: number, count: number): Value[] {
  switch (count) {
    case 0: return [];
    case 1: return [R[code[at]]];
    case 2: return [R[code[at]], R[code[at + 1]]];
    case 3: return [R[code[at]], R[code[at + 1]], R[code[at + 2]]];
    default: {
      const values: Value[] = [];
      for (let i = 0; i < count; i++) values.push(R[code[at + i]]);
      return values;
    }
  }
}

/** Values whose "is not iterable" message V8 words from the source expression. */
export function isIterableError(v: Value): boolean {
  return !(v instanceof JSArray) && typeof v !== 'string' && !(v instanceof JSMap) && !(v instanceof JSSet) && !(v instanceof JSIterator);
}

export class SlowPaths {
  constructor(
    private readonly vm: Vm,
    private readonly realm: Realm,
    private readonly program: Program,
  ) {}

  /** Executes the instruction at `pc` of `fr` in full; returns the next pc. */
  instruction(fr: Frame, pc: number): number {
    const realm = this.realm;
    const G = realm.globals;
    const fc = fr.code;
    const code = fc.code;
    const R = fr.regs;
    const op = code[pc] as Op;
    const FB = RECORD_FEEDBACK && fc.feedbackBudget >= 0 ? fc.feedback : null;
    switch (op) {
      // ---- registers and constants --------------------------------------------------------
      case Op.Move:
        R[code[pc + 1]] = R[code[pc + 2]];
        return pc + 3;
      case Op.LoadInt:
        R[code[pc + 1]] = code[pc + 2];
        return pc + 3;
      case Op.LoadHole:
        R[code[pc + 1]] = HOLE;
        return pc + 2;
      case Op.CheckHole:
        if (R[code[pc + 1]] === HOLE) throw realm.error('ReferenceError', Messages.beforeInitialization(fc.constants[code[pc + 2]]));
        return pc + 3;
      case Op.LoadThis:
        if (fr.thisValue === HOLE) throw realm.error('ReferenceError', Messages.superNotCalled());
        R[code[pc + 1]] = fr.thisValue;
        return pc + 2;
      case Op.LoadCallee:
        R[code[pc + 1]] = fr.fn;
        return pc + 2;
      case Op.ThrowConstAssign:
        throw realm.error('TypeError', Messages.constAssignment());

      // ---- contexts -----------------------------------------------------------------------
      case Op.PushContext: {
        const c: Context = new Array(code[pc + 1]);
        c[0] = fr.ctx;
        fr.ctx = c;
        return pc + 2;
      }
      case Op.PopContext:
        fr.ctx = fr.ctx![0];
        return pc + 1;
      case Op.CopyContext:
        fr.ctx = fr.ctx!.slice();
        return pc + 1;
      case Op.SaveContext:
        R[code[pc + 1]] = fr.ctx;
        return pc + 2;
      case Op.RestoreContext:
        fr.ctx = R[code[pc + 1]];
        return pc + 2;
      case Op.LoadContext:
      case Op.LoadContextChecked: {
        const v = contextAt(fr.ctx!, code[pc + 2])[code[pc + 3]];
        if (v === HOLE && op === Op.LoadContextChecked) throw realm.error('ReferenceError', Messages.beforeInitialization(fc.constants[code[pc + 4]]));
        R[code[pc + 1]] = v;
        return pc + (op === Op.LoadContext ? 4 : 5);
      }
      case Op.StoreContext:
      case Op.StoreContextChecked: {
        const c = contextAt(fr.ctx!, code[pc + 1]);
        if (op === Op.StoreContextChecked && c[code[pc + 2]] === HOLE) {
          throw realm.error('ReferenceError', Messages.beforeInitialization(fc.constants[code[pc + 4]]));
        }
        c[code[pc + 2]] = R[code[pc + 3]];
        return pc + (op === Op.StoreContext ? 4 : 5);
      }
      case Op.ContextHole:
        fr.ctx![code[pc + 1]] = HOLE;
        return pc + 2;

      // ---- globals ------------------------------------------------------------------------
      case Op.LoadGlobal: {
        const v = G[code[pc + 2]];
        if (v === HOLE) realm.globalHole(code[pc + 2]);
        R[code[pc + 1]] = v;
        return pc + 3;
      }
      case Op.StoreGlobal: {
        const slot = code[pc + 1];
        if (G[slot] === HOLE && this.program.globals[slot].kind !== 'implicit') realm.globalHole(slot);
        G[slot] = R[code[pc + 2]];
        return pc + 3;
      }
      case Op.InitGlobal:
        G[code[pc + 1]] = R[code[pc + 2]];
        return pc + 3;
      case Op.TypeofGlobal: {
        const slot = code[pc + 2];
        const v = G[slot];
        if (v === HOLE) {
          if (this.program.globals[slot].kind !== 'implicit') realm.globalHole(slot);
          R[code[pc + 1]] = 'undefined';
        } else R[code[pc + 1]] = typeOf(v);
        return pc + 3;
      }

      // ---- binary operators ---------------------------------------------------------------
      case Op.Add:
      case Op.Sub:
      case Op.Mul:
      case Op.Div:
      case Op.Mod:
      case Op.Exp:
      case Op.BitAnd:
      case Op.BitOr:
      case Op.BitXor:
      case Op.Shl:
      case Op.Shr:
      case Op.UShr: {
        const a = R[code[pc + 2]];
        const b = R[code[pc + 3]];
        const r = this.arithmetic(op, a, b);
        if (FB !== null) FB[code[pc + 4]] |= typeBits(a) | (typeBits(b) << RIGHT) | (typeBits(r) << RESULT);
        R[code[pc + 1]] = r;
        return pc + 5;
      }
      case Op.Eq:
      case Op.Ne:
      case Op.StrictEq:
      case Op.StrictNe:
      case Op.Lt:
      case Op.Gt:
      case Op.Le:
      case Op.Ge: {
        const a = R[code[pc + 2]];
        const b = R[code[pc + 3]];
        R[code[pc + 1]] = this.compare(op, a, b);
        if (FB !== null) FB[code[pc + 4]] |= typeBits(a) | (typeBits(b) << RIGHT);
        return pc + 5;
      }
      case Op.In:
        R[code[pc + 1]] = hasProperty(realm, R[code[pc + 3]], R[code[pc + 2]]);
        return pc + 4;
      case Op.InstanceOf:
        R[code[pc + 1]] = instanceOf(realm, R[code[pc + 2]], R[code[pc + 3]]);
        return pc + 4;

      // ---- unary operators ----------------------------------------------------------------
      case Op.Neg:
      case Op.ToNumeric:
      case Op.Inc:
      case Op.Dec:
      case Op.BitNot: {
        const v = R[code[pc + 2]];
        const n = op === Op.Neg ? toNumber(realm, v) : toNumeric(realm, v);
        const r = op === Op.Inc ? n + 1 : op === Op.Dec ? n - 1 : op === Op.Neg ? -n : op === Op.BitNot ? ~n : n;
        if (FB !== null) FB[code[pc + 3]] |= typeBits(v) | (typeBits(r) << RESULT);
        R[code[pc + 1]] = r;
        return pc + 4;
      }
      case Op.ToNumber:
        R[code[pc + 1]] = toNumber(realm, R[code[pc + 2]]);
        return pc + 3;
      case Op.Not:
        R[code[pc + 1]] = !toBoolean(R[code[pc + 2]]);
        return pc + 3;
      case Op.TypeOf:
        R[code[pc + 1]] = typeOf(R[code[pc + 2]]);
        return pc + 3;

      // ---- control flow -------------------------------------------------------------------
      case Op.Jump:
        return code[pc + 1];
      case Op.Loop:
        this.backEdge(fc, code[pc + 2]);
        return code[pc + 1];
      case Op.JumpIfTrue:
        return toBoolean(R[code[pc + 1]]) ? code[pc + 2] : pc + 3;
      case Op.JumpIfFalse:
        return toBoolean(R[code[pc + 1]]) ? pc + 3 : code[pc + 2];
      case Op.JumpIfNullish: {
        const v = R[code[pc + 1]];
        return v === null || v === undefined ? code[pc + 2] : pc + 3;
      }
      case Op.JumpIfNotNullish: {
        const v = R[code[pc + 1]];
        return v !== null && v !== undefined ? code[pc + 2] : pc + 3;
      }
      case Op.JumpIfUndefined:
        return R[code[pc + 1]] === undefined ? code[pc + 2] : pc + 3;
      case Op.JumpIfNotUndefined:
        return R[code[pc + 1]] !== undefined ? code[pc + 2] : pc + 3;
      case Op.JumpIfInt:
        return R[code[pc + 1]] === code[pc + 2] ? code[pc + 3] : pc + 4;
      case Op.JumpIfLt:
      case Op.JumpIfLe:
      case Op.JumpIfGt:
      case Op.JumpIfGe:
      case Op.JumpIfEq:
      case Op.JumpIfNe:
      case Op.JumpIfStrictEq:
      case Op.JumpIfStrictNe:
      case Op.JumpIfNotLt:
      case Op.JumpIfNotLe:
      case Op.JumpIfNotGt:
      case Op.JumpIfNotGe: {
        const a = R[code[pc + 1]];
        const b = R[code[pc + 2]];
        if (FB !== null) FB[code[pc + 4]] |= typeBits(a) | (typeBits(b) << RIGHT);
        return this.jumpTaken(op, a, b) ? code[pc + 3] : pc + 5;
      }
      case Op.LoopIfTrue:
        if (!toBoolean(R[code[pc + 1]])) return pc + 4;
        this.backEdge(fc, code[pc + 3]);
        return code[pc + 2];
      case Op.LoopIfLt:
      case Op.LoopIfLe:
      case Op.LoopIfGt:
      case Op.LoopIfGe:
      case Op.LoopIfNe:
      case Op.LoopIfStrictNe: {
        const a = R[code[pc + 1]];
        const b = R[code[pc + 2]];
        if (FB !== null) FB[code[pc + 5]] |= typeBits(a) | (typeBits(b) << RIGHT);
        if (!this.jumpTaken(op, a, b)) return pc + 6;
        this.backEdge(fc, code[pc + 4]);
        return code[pc + 3];
      }

      // ---- objects, arrays and properties -------------------------------------------------
      case Op.NewObject:
        R[code[pc + 1]] = realm.newObject();
        return pc + 2;
      case Op.NewArray: {
        const start = code[pc + 2];
        R[code[pc + 1]] = realm.newArray(R.slice(start, start + code[pc + 3]));
        return pc + 4;
      }
      case Op.ArrayAppend:
        (R[code[pc + 1]] as JSArray).elems.push(R[code[pc + 2]]);
        return pc + 3;
      case Op.ArrayAppendHole:
        (R[code[pc + 1]] as JSArray).elems.length++;
        return pc + 2;
      case Op.ArrayAppendSpread: {
        const items = this.spreadItems(R[code[pc + 2]], fc.constants[code[pc + 3]]);
        const elems = (R[code[pc + 1]] as JSArray).elems;
        for (let i = 0; i < items.length; i++) elems.push(items[i]);
        return pc + 4;
      }
      case Op.GetNamed:
        R[code[pc + 1]] = fc.caches[code[pc + 4]].load(realm, R[code[pc + 2]], fc.constants[code[pc + 3]]);
        return pc + 5;
      case Op.GetLength: {
        const o = R[code[pc + 2]];
        R[code[pc + 1]] = o instanceof JSArray ? o.elems.length : typeof o === 'string' ? o.length : getProperty(realm, o, 'length');
        return pc + 3;
      }
      case Op.SetNamed: {
        const o = R[code[pc + 1]];
        const key = fc.constants[code[pc + 2]] as string;
        if (o === null || o === undefined) throw realm.error('TypeError', Messages.setNullish(String(o), key));
        if (fc.info.strict) {
          const refused = refusedStore(realm, o, key);
          if (refused !== null) throw refused;
        }
        fc.caches[code[pc + 4]].store(realm, o, key, R[code[pc + 3]]);
        return pc + 5;
      }
      case Op.GetElem: {
        const o = R[code[pc + 2]];
        const k = R[code[pc + 3]];
        const v = typeof o === 'string' && typeof k === 'number' && k >= 0 && k < o.length && (k | 0) === k ? o[k] : getElement(realm, o, k);
        if (FB !== null) FB[code[pc + 4]] |= typeBits(o) | (typeBits(k) << RIGHT) | (typeBits(v) << RESULT);
        R[code[pc + 1]] = v;
        return pc + 5;
      }
      case Op.SetElem: {
        const o = R[code[pc + 1]];
        const k = R[code[pc + 2]];
        const v = R[code[pc + 3]];
        if (fc.info.strict) {
          const refused = refusedStore(realm, o, k);
          if (refused !== null) throw refused;
        }
        setElement(realm, o, k, v);
        if (FB !== null) FB[code[pc + 4]] |= typeBits(o) | (typeBits(k) << RIGHT) | (typeBits(v) << RESULT);
        return pc + 5;
      }
      case Op.InitProp:
        fc.caches[code[pc + 4]].define(R[code[pc + 1]] as JSObject, fc.constants[code[pc + 2]], R[code[pc + 3]]);
        return pc + 5;
      case Op.InitPropKey:
        (R[code[pc + 1]] as JSObject).setOwn(toPropertyKey(realm, R[code[pc + 2]]), R[code[pc + 3]]);
        return pc + 4;
      case Op.InitMethod: {
        const o = R[code[pc + 1]] as JSObject;
        const fn = R[code[pc + 3]] as JSFunction;
        fn.homeObject = o;
        o.setOwn(toPropertyKey(realm, R[code[pc + 2]]), fn);
        return pc + 4;
      }
      case Op.ObjectSpread:
        this.objectSpread(R[code[pc + 1]], R[code[pc + 2]]);
        return pc + 3;
      case Op.ToPropertyKey: {
        const k = R[code[pc + 2]];
        R[code[pc + 1]] = typeof k === 'number' ? k : toPropertyKey(realm, k);
        return pc + 3;
      }
      case Op.Delete:
        R[code[pc + 1]] = deleteProperty(realm, R[code[pc + 2]], R[code[pc + 3]], fc.info.strict);
        return pc + 4;
      case Op.NameFunction: {
        const fn = R[code[pc + 1]];
        if (fn instanceof JSFunction && fn.name === '') fn.name = toPropertyKey(realm, R[code[pc + 2]]);
        return pc + 3;
      }
      case Op.SuperGet: {
        const home = fr.homeObject;
        const proto = home === null ? null : home.proto;
        const key = toPropertyKey(realm, R[code[pc + 2]]);
        if (proto === null) throw realm.error('TypeError', Messages.readNullish('undefined', key));
        R[code[pc + 1]] = getProperty(realm, proto, key);
        return pc + 3;
      }

      // ---- calls (the dispatch loop enters compiled functions itself) ----------------------
      case Op.Call: {
        const n = code[pc + 4];
        R[code[pc + 1]] = this.call(R[code[pc + 2]], undefined, listValues(R, code, pc + 5, n), fc.constants[code[pc + 3]]);
        return pc + 5 + n;
      }
      case Op.CallGlobal: {
        const f = G[code[pc + 2]];
        if (f === HOLE) realm.globalHole(code[pc + 2]);
        const n = code[pc + 4];
        R[code[pc + 1]] = this.call(f, undefined, listValues(R, code, pc + 5, n), fc.constants[code[pc + 3]]);
        return pc + 5 + n;
      }
      case Op.CallThis: {
        const n = code[pc + 5];
        R[code[pc + 1]] = this.call(R[code[pc + 2]], R[code[pc + 3]], listValues(R, code, pc + 6, n), fc.constants[code[pc + 4]]);
        return pc + 6 + n;
      }
      case Op.CallMethod: {
        const o = R[code[pc + 2]];
        const f = fc.caches[code[pc + 4]].load(realm, o, fc.constants[code[pc + 3]]);
        const n = code[pc + 6];
        R[code[pc + 1]] = this.call(f, o, listValues(R, code, pc + 7, n), fc.constants[code[pc + 5]]);
        return pc + 7 + n;
      }
      case Op.CallSpread:
        R[code[pc + 1]] = this.call(R[code[pc + 2]], R[code[pc + 3]], (R[code[pc + 4]] as JSArray).elems, fc.constants[code[pc + 5]]);
        return pc + 6;
      case Op.New: {
        const n = code[pc + 4];
        R[code[pc + 1]] = this.construct(R[code[pc + 2]], listValues(R, code, pc + 5, n), fc.constants[code[pc + 3]]);
        return pc + 5 + n;
      }
      case Op.NewSpread:
        R[code[pc + 1]] = this.construct(R[code[pc + 2]], (R[code[pc + 3]] as JSArray).elems, fc.constants[code[pc + 4]]);
        return pc + 5;
      case Op.SuperCall: {
        const n = code[pc + 2];
        this.superCall(fr, listValues(R, code, pc + 3, n));
        R[code[pc + 1]] = undefined;
        return pc + 3 + n;
      }
      case Op.SuperCallSpread:
        this.superCall(fr, Array.from((R[code[pc + 2]] as JSArray).elems));
        R[code[pc + 1]] = undefined;
        return pc + 3;

      // ---- functions and classes ----------------------------------------------------------
      case Op.Closure:
        R[code[pc + 1]] = this.vm.makeFunction(code[pc + 2], fr);
        return pc + 3;
      case Op.CreateClass:
        R[code[pc + 1]] = this.createClass(fc.classes[code[pc + 3]], R[code[pc + 2]], fr);
        return pc + 4;
      case Op.ClassPrototype:
        R[code[pc + 1]] = (R[code[pc + 2]] as JSFunction).homeObject;
        return pc + 3;
      case Op.CheckStaticKey:
        realm.checkStaticKey(R[code[pc + 1]]);
        return pc + 2;
      case Op.DefineMethod: {
        const target = R[code[pc + 1]] as JSObject;
        const fn = R[code[pc + 3]] as JSFunction;
        fn.homeObject = target;
        target.setOwn(toPropertyKey(realm, R[code[pc + 2]]), fn, Attr.Hidden);
        return pc + 4;
      }
      case Op.SetFieldKeys:
        (R[code[pc + 1]] as JSFunction).fieldKeys = this.keysFrom(R, code[pc + 2], code[pc + 3]);
        return pc + 4;
      case Op.RunStaticFields:
        this.vm.initializeStaticFields(R[code[pc + 1]] as JSFunction, this.keysFrom(R, code[pc + 2], code[pc + 3]), fr);
        return pc + 4;
      case Op.InitField:
        (fr.thisValue as JSObject).setOwn(fr.fieldKeys![code[pc + 1]], R[code[pc + 2]]);
        return pc + 3;

      // ---- iteration and destructuring ----------------------------------------------------
      case Op.ForInStart: {
        const s = code[pc + 1];
        R[s] = forInStart(realm, R[code[pc + 2]]);
        R[s + 1] = 0;
        return pc + 3;
      }
      case Op.ForInNext: {
        const s = code[pc + 2];
        const state = R[s] as ForIn;
        const i = state.next(R[s + 1] as number);
        if (i < 0) return code[pc + 3];
        R[code[pc + 1]] = state.keys[i];
        R[s + 1] = i + 1;
        return pc + 4;
      }
      case Op.ForOfStart: {
        const s = code[pc + 1];
        const v = R[code[pc + 2]];
        if (v instanceof JSArray) {
          R[s] = v;
          R[s + 1] = 0;
        } else {
          R[s] = getIterator(realm, v, isIterableError(v) ? fc.constants[code[pc + 3]] : undefined);
          R[s + 1] = -1;
        }
        return pc + 4;
      }
      case Op.ForOfNext: {
        const s = code[pc + 2];
        const i = R[s + 1] as number;
        if (i >= 0) {
          const elems = (R[s] as JSArray).elems;
          if (i >= elems.length) return code[pc + 3];
          R[code[pc + 1]] = elems[i];
          R[s + 1] = i + 1;
          return pc + 4;
        }
        const step = (R[s] as Iterator<Value>).next();
        if (step.done) return code[pc + 3];
        R[code[pc + 1]] = step.value;
        return pc + 4;
      }
      // array patterns: an array is stepped by index in place (what its iterator would do), anything else by its iterator
      case Op.IterStart: {
        const s = code[pc + 1];
        const v = R[code[pc + 2]];
        if (v instanceof JSArray) {
          R[s] = v;
          R[s + 1] = 0;
        } else {
          R[s] = getIterator(realm, v, fc.constants[code[pc + 3]] as string);
          R[s + 1] = -1;
        }
        return pc + 4;
      }
      case Op.IterNext: {
        const s = code[pc + 2];
        const i = R[s + 1] as number;
        if (i >= 0) {
          const elems = (R[s] as JSArray).elems;
          if (i < elems.length) {
            R[code[pc + 1]] = elems[i];
            R[s + 1] = i + 1;
          } else R[code[pc + 1]] = undefined;
          return pc + 3;
        }
        const step = (R[s] as Iterator<Value>).next();
        R[code[pc + 1]] = step.done ? undefined : step.value;
        return pc + 3;
      }
      case Op.IterRest: {
        const s = code[pc + 2];
        const i = R[s + 1] as number;
        let rest: Value[];
        if (i >= 0) {
          const elems = (R[s] as JSArray).elems;
          rest = i < elems.length ? elems.slice(i) : [];
          R[s + 1] = Math.max(i, elems.length);
        } else {
          const it = R[s] as Iterator<Value>;
          rest = [];
          for (let r = it.next(); !r.done; r = it.next()) rest.push(r.value);
        }
        R[code[pc + 1]] = realm.newArray(rest);
        return pc + 3;
      }
      case Op.RequireObject: {
        const v = R[code[pc + 1]];
        if (v === null || v === undefined) throw realm.error('TypeError', destructureNullishAt(fc.constants[code[pc + 2]] as string, v));
        return pc + 3;
      }
      case Op.ObjectRest:
        R[code[pc + 1]] = objectRest(realm, R[code[pc + 2]], this.keysFrom(R, code[pc + 3], code[pc + 4]));
        return pc + 5;

      // ---- exceptions and strings ---------------------------------------------------------
      case Op.Throw:
        throw new JSThrow(R[code[pc + 1]]);
      case Op.EndFinally:
        if (R[code[pc + 1]] === 1) throw new JSThrow(R[code[pc + 2]]);
        return pc + 3;
      case Op.TemplateAppend: {
        const v = R[code[pc + 2]];
        R[code[pc + 1]] = R[code[pc + 1]] + (typeof v === 'string' ? v : toString(realm, v)) + fc.constants[code[pc + 3]];
        return pc + 4;
      }
      case Op.Return:
        throw new Error('vm: Return is handled by the dispatch loop');
      default:
        throw new Error(`vm: unknown opcode ${op as number} at ${pc}`);
    }
  }

  /** A back-edge taken (fuel, loop counter, feedback window), for the loop instructions run here. */
  private backEdge(fc: FunctionCode, loop: number): void {
    const realm = this.realm;
    if (--realm.fuel <= 0) realm.refuel();
    fc.loopCounts[loop]++;
    if (fc.feedbackBudget >= 0) fc.feedbackBudget--;
  }

  /** Arithmetic on any operands: `+` as the language defines it, the others with ToNumeric on each side (left first); the JIT's generic arithmetic too. */
  arithmetic(op: Op, a: Value, b: Value): Value {
    const realm = this.realm;
    if (op === Op.Add) return typeof a === 'number' && typeof b === 'number' ? a + b : add(realm, a, b);
    const x = toNumeric(realm, a);
    const y = toNumeric(realm, b);
    switch (op) {
      case Op.Sub: return x - y;
      case Op.Mul: return x * y;
      case Op.Div: return x / y;
      case Op.Mod: return x % y;
      case Op.Exp: return x ** y;
      case Op.BitAnd: return x & y;
      case Op.BitOr: return x | y;
      case Op.BitXor: return x ^ y;
      case Op.Shl: return x << y;
      case Op.Shr: return x >> y;
      default: return x >>> y;
    }
  }

  /** The comparison operators on any values (the JIT's general comparison too). */
  compare(op: Op, a: Value, b: Value): boolean {
    const realm = this.realm;
    switch (op) {
      case Op.Eq: return looseEquals(realm, a, b);
      case Op.Ne: return !looseEquals(realm, a, b);
      case Op.StrictEq: return a === b;
      case Op.StrictNe: return a !== b;
      case Op.Lt:
        if (typeof a === 'string' && typeof b === 'string') return a < b;
        return compare(realm, '<', a, b);
      case Op.Gt:
        if (typeof a === 'string' && typeof b === 'string') return a > b;
        return compare(realm, '>', a, b);
      case Op.Le: return compare(realm, '<=', a, b);
      default: return compare(realm, '>=', a, b);
    }
  }

  /** Whether a compare-and-branch or loop instruction takes its jump. */
  private jumpTaken(op: Op, a: Value, b: Value): boolean {
    switch (op) {
      case Op.JumpIfLt: case Op.LoopIfLt: return this.compare(Op.Lt, a, b);
      case Op.JumpIfLe: case Op.LoopIfLe: return this.compare(Op.Le, a, b);
      case Op.JumpIfGt: case Op.LoopIfGt: return this.compare(Op.Gt, a, b);
      case Op.JumpIfGe: case Op.LoopIfGe: return this.compare(Op.Ge, a, b);
      case Op.JumpIfEq: return this.compare(Op.Eq, a, b);
      case Op.JumpIfNe: case Op.LoopIfNe: return this.compare(Op.Ne, a, b);
      case Op.JumpIfStrictEq: return a === b;
      case Op.JumpIfStrictNe: case Op.LoopIfStrictNe: return a !== b;
      case Op.JumpIfNotLt: return !this.compare(Op.Lt, a, b);
      case Op.JumpIfNotLe: return !this.compare(Op.Le, a, b);
      case Op.JumpIfNotGt: return !this.compare(Op.Gt, a, b);
      default: return !this.compare(Op.Ge, a, b);
    }
  }

  /** A call the dispatch loop does not enter itself: natives, bound functions, classes (an error), non-functions. */
  call(f: Value, thisArg: Value, args: Value[], text: string): Value {
    if (!(f instanceof JSFunction)) throw this.realm.error('TypeError', Messages.notAFunction(text));
    if (f.kind === FunctionKind.Native) return f.native!(thisArg, args, undefined);
    if (f.kind === FunctionKind.User) return this.vm.callUser(f, thisArg, args, undefined);
    return this.realm.call(f, thisArg, args);
  }

  /** `new f(...args)` as the VM runs it when it does not enter f itself (the JIT's too); `text` names f in the error. */
  construct(f: Value, args: Value[], text: string): Value {
    if (!(f instanceof JSFunction) || !f.isConstructor) throw this.realm.error('TypeError', Messages.notAConstructor(text));
    return this.realm.construct(f, args);
  }

  private superCall(fr: Frame, args: Value[]): void {
    const realm = this.realm;
    const ctor = fr.fn!;
    const parent = realm.superConstructor(ctor);
    if (fr.thisValue !== HOLE) throw realm.error('ReferenceError', Messages.superCalledTwice());
    const obj = realm.construct(parent, args, fr.newTarget);
    fr.thisValue = obj;
    if (ctor.classNode) this.vm.initializeFields(ctor, obj);
  }

  private spreadItems(v: Value, text: string): Value[] {
    if (isIterableError(v)) getIterator(this.realm, v, text);
    return iterateToArray(this.realm, v);
  }

  private objectSpread(obj: JSObject, source: Value): void {
    if (source instanceof JSObject) {
      for (const key of ownKeys(source)) obj.setOwn(key, getProperty(this.realm, source, key));
    } else if (typeof source === 'string') {
      for (let j = 0; j < source.length; j++) obj.setOwn(String(j), source[j]);
    }
  }

  /** Property keys from a register window (numbers become their canonical strings). */
  private keysFrom(R: Value[], start: number, count: number): string[] {
    const keys: string[] = [];
    for (let i = 0; i < count; i++) keys.push(toPropertyKey(this.realm, R[start + i]));
    return keys;
  }

  private createClass(node: Node, parent: Value, fr: Frame): JSFunction {
    const realm = this.realm;
    let protoParent: JSObject | null = realm.ObjectPrototype;
    let ctorParent: JSObject = realm.FunctionPrototype;
    if (node.superClass !== null) {
      if (parent === null) protoParent = null;
      else if (!(parent instanceof JSFunction) || !parent.isConstructor) {
        throw realm.error('TypeError', Messages.extendsNotConstructor(realm.describe(parent)));
      } else {
        const pp = realm.functionPrototypeProperty(parent);
        if (pp !== null && !(pp instanceof JSObject)) throw realm.error('TypeError', `Class extends value does not have valid prototype property ${String(pp)}`);
        protoParent = pp;
        ctorParent = parent;
      }
    }
    const proto = realm.newObject(protoParent);
    const ctorNode = node.constructorNode as Node | null;
    const info = ctorNode ? (ctorNode.value.info as FunctionInfo) : null;
    const name = node.id ? node.id.name : (node.inferredName ?? '');
    const ctor = new JSFunction(realm.rootShape(ctorParent), ctorParent, FunctionKind.User, name, info ? info.length : 0, true);
    ctor.info = info;
    ctor.isClass = true;
    ctor.isDerived = node.superClass !== null;
    ctor.context = fr.ctx;
    ctor.homeObject = proto;
    ctor.classNode = node;
    ctor.setOwn('prototype', proto, Attr.Hidden | Attr.Fixed);
    proto.setOwn('constructor', ctor, Attr.Hidden);
    realm.counters.allocations += 2;
    return ctor;
  }
}

/** The context `hops` parents up from `ctx`. */
function contextAt(ctx: Context, hops: number): Context {
  let c = ctx;
  for (let h = hops; h > 0; h--) c = c[0];
  return c;
}
