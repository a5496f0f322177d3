// The tree-walking tier: evaluates the resolved tree directly. It is the
// baseline every speedup is measured against, so it is written to be a good
// tree-walker, not a straw man:
//   - named property reads and writes keep a monomorphic shape cache on their
//     node (src/runtime/inline-cache.ts), as self-optimising AST interpreters do;
//   - one `switch` on the numeric node kind per evaluator (exhaustive: a missing
//     kind fails to compile), operators pre-decoded to numbers by the checker;
//   - variables are slot-indexed (frame registers, heap contexts, global slots),
//     never looked up by name;
//   - statements return a completion code (normal/break/continue/return) instead
//     of throwing for control flow; only language exceptions use host exceptions.

import type { FunctionInfo, Node, Program, ResolvedIdentifier, ScopeInfo } from '../../src/front/ast.js';
import { isImplicitGlobal, RefMode } from '../../src/front/ast.js';
import { expressionText } from '../../src/front/expression-text.js';
import { AssignKind, BinaryOp, LogicalOp, UnaryOp } from '../../src/front/operators.js';
import { K } from '../../src/front/syntax.js';
import { destructureNullishAt } from '../../src/runtime/error-sites.js';
import { getIterator, iterateToArray } from '../../src/runtime/iteration.js';
import { Messages } from '../../src/runtime/messages.js';
import {
  add, compare, instanceOf, looseEquals, toBoolean, toNumber, toNumeric, toString, typeOf,
} from '../../src/runtime/operations.js';
import { deleteProperty, type ForIn, forInStart, getElement, objectRest, refusedStore, getProperty, hasProperty, nullishAccess, ownKeys, setElement, setProperty, toPropertyKey } from '../../src/runtime/properties.js';
import { JSThrow, type Realm, type StackFrame, type TierHooks } from '../../src/runtime/realm.js';
import { ReadCache, WriteCache, cachedGet, cachedSet } from '../../src/runtime/inline-cache.js';
import { Attr } from '../../src/runtime/shape.js';
import { type Context, FunctionKind, HOLE, JSArray, JSFunction, JSIterator, JSMap, JSObject, JSSet, type Value } from '../../src/runtime/values.js';

/** Statement completions. */
const enum C {
  Normal = 0,
  Break = 1,
  Continue = 2,
  Return = 3,
}

/** Returned by a short-circuited optional link; ChainExpression turns it into undefined. */
const SHORT_CIRCUIT: unique symbol = Symbol('short-circuit') as never;

/** One activation of a function (or of the script). */
class Frame {
  regs: Value[];
  ctx: Context | null;
  thisValue: Value;
  fn: JSFunction | null;
  newTarget: JSFunction | undefined;
  homeObject: JSObject | null;
  /** The statement or call being executed, for error stacks. */
  site: Node;
  readonly parent: Frame | null;
  /** The value of a `return` completion. */
  ret: Value = undefined;
  /** The label of a `break`/`continue` completion, or null for an unlabelled one. */
  label: string | null = null;

  constructor(regCount: number, ctx: Context | null, thisValue: Value, fn: JSFunction | null, newTarget: JSFunction | undefined, homeObject: JSObject | null, site: Node, parent: Frame | null) {
    this.regs = new Array(regCount);
    this.ctx = ctx;
    this.thisValue = thisValue;
    this.fn = fn;
    this.newTarget = newTarget;
    this.homeObject = homeObject;
    this.site = site;
    this.parent = parent;
  }
}

export interface AstCounters {
  nodes: number;
}

export class AstInterpreter implements TierHooks {
  private frame: Frame | null = null;
  readonly counters: AstCounters = { nodes: 0 };

  constructor(
    private readonly realm: Realm,
    private readonly program: Program,
  ) {}

  // ---- entry points --------------------------------------------------------------------

  /** Runs the script's top level. */
  runScript(): void {
    const root = this.program.root;
    // top-level `this` is an empty object, as `module.exports` is for a script run by node
    const f = new Frame(this.program.script.registerCount, null, this.realm.newObject(), null, undefined, null, root, null);
    this.frame = f;
    this.instantiateFunctions(root.info.scope, f);
    const c = this.statements(root.body, f);
    if (c === C.Return) throw new Error('return outside a function');
    this.frame = null;
  }

  stackTrace(): StackFrame[] {
    const frames: StackFrame[] = [];
    for (let f = this.frame; f !== null; f = f.parent) {
      const loc = f.site.loc.start;
      frames.push({ name: f.fn ? f.fn.name || '<anonymous>' : '<script>', file: this.program.file, line: loc.line, column: loc.column });
    }
    return frames;
  }

  callUser(fn: JSFunction, thisArg: Value, args: Value[], newTarget: JSFunction | undefined): Value {
    const realm = this.realm;
    if (fn.isClass && newTarget === undefined) throw realm.error('TypeError', Messages.classWithoutNew(fn.name));
    if (++realm.depth > realm.limits.settings.maxDepth) {
      realm.depth--;
      throw realm.stackOverflow();
    }
    if (--realm.fuel <= 0) realm.refuel();
    realm.counters.calls++;
    const probe = realm.probe;
    if (probe !== null) probe.enter(fn, 'ast');
    const caller = this.frame;
    const info = fn.info;
    let result: Value;
    if (info === null) result = this.defaultConstructor(fn, args, newTarget!, caller);
    else if (newTarget !== undefined) result = this.construct(fn, info, args, newTarget, caller);
    else {
      const f = new Frame(info.registerCount, fn.context, info.kind === 'arrow' ? fn.boundThis : thisArg, fn, undefined, fn.homeObject, info.node, caller);
      this.frame = f;
      result = this.runFunction(fn, info, args, f);
    }
    this.frame = caller;
    realm.depth--;
    if (probe !== null) probe.exit();
    return result;
  }

  private runFunction(fn: JSFunction, info: FunctionInfo, args: Value[], f: Frame): Value {
    const node = info.node;
    if (node.selfScope) this.bindSelf(node, fn, f);
    const scope = info.scope;
    if (scope.contextSize > 0) {
      const ctx = new Array(scope.contextSize);
      ctx[0] = f.ctx;
      f.ctx = ctx;
    }
    if (scope.holeRegisters.length > 0 || scope.holeContextSlots.length > 0) this.holes(scope, f);
    const params = node.params as Node[];
    if (info.simpleParams) {
      for (let i = 0; i < params.length; i++) this.initBinding(params[i] as ResolvedIdentifier, i < args.length ? args[i] : undefined, f);
    } else {
      for (let i = 0; i < params.length; i++) {
        const p = params[i];
        if (p.type === 'RestElement') this.bindPattern(p.argument, this.realm.newArray(args.slice(i)), f, true);
        else this.bindPattern(p, i < args.length ? args[i] : undefined, f, true);
      }
    }
    if (scope.functions.length > 0) this.instantiateFunctions(scope, f);
    const body = node.body;
    if (body.k !== K.BlockStatement) return this.evaluate(body, f);
    if (body.scope) this.enterScope(body.scope, f); // separate body scope after parameter expressions
    const c = this.statements(body.body, f);
    return c === C.Return ? f.ret : undefined;
  }

  /** A named function expression's own name, in its own scope. */
  private bindSelf(node: Node, fn: JSFunction, f: Frame): void {
    const selfScope = node.selfScope as ScopeInfo;
    if (selfScope.contextSize > 0) {
      const ctx = new Array(selfScope.contextSize);
      ctx[0] = f.ctx;
      f.ctx = ctx;
    }
    this.initBinding(node.id, fn, f);
  }

  private construct(fn: JSFunction, info: FunctionInfo, args: Value[], newTarget: JSFunction, caller: Frame | null): Value {
    const realm = this.realm;
    let thisValue: Value = HOLE;
    if (!fn.isDerived) {
      thisValue = realm.newObject(realm.prototypeFor(newTarget, realm.ObjectPrototype));
    }
    const f = new Frame(info.registerCount, fn.context, thisValue, fn, newTarget, fn.homeObject, info.node, caller);
    this.frame = f;
    if (!fn.isDerived && fn.classNode) this.initializeFields(fn, thisValue);
    const result = this.runFunction(fn, info, args, f);
    if (result instanceof JSObject) return result;
    if (result !== undefined && fn.isDerived) throw realm.error('TypeError', Messages.derivedReturn());
    if (f.thisValue === HOLE) throw realm.error('ReferenceError', Messages.superNotCalled());
    return f.thisValue;
  }

  /** `constructor(...args) { super(...args); }` or `constructor() {}` for classes without one. */
  private defaultConstructor(fn: JSFunction, args: Value[], newTarget: JSFunction, caller: Frame | null): Value {
    const realm = this.realm;
    let obj: Value;
    if (fn.isDerived) {
      obj = realm.construct(realm.superConstructor(fn), args, newTarget);
    } else {
      obj = realm.newObject(realm.prototypeFor(newTarget, realm.ObjectPrototype));
    }
    this.frame = caller;
    this.initializeFields(fn, obj);
    return obj;
  }

  /** Runs a class's instance field initialisers on a new instance. */
  private initializeFields(ctor: JSFunction, obj: JSObject): void {
    const classNode = ctor.classNode!;
    const info = classNode.instanceFieldsInfo as FunctionInfo | null;
    if (!info) return;
    const keys = ctor.fieldKeys!;
    const f = new Frame(info.registerCount, ctor.context, obj, ctor, undefined, ctor.homeObject, classNode, this.frame);
    const saved = this.frame;
    this.frame = f;
    const fields = classNode.instanceFields as Node[];
    for (let i = 0; i < fields.length; i++) {
      const value = fields[i].value ? this.evaluate(fields[i].value, f) : undefined;
      obj.setOwn(keys[i], value);
    }
    this.frame = saved;
  }

  // ---- scopes ------------------------------------------------------------------------

  private holes(scope: ScopeInfo, f: Frame): void {
    for (const r of scope.holeRegisters) f.regs[r] = HOLE;
    for (const s of scope.holeContextSlots) f.ctx![s] = HOLE;
  }

  private instantiateFunctions(scope: ScopeInfo, f: Frame): void {
    for (const decl of scope.functions) this.initBinding(decl.id, this.makeFunction(decl, f), f);
  }

  /** Enters a block-like scope; returns the context to restore on exit. */
  private enterScope(scope: ScopeInfo, f: Frame): Context | null {
    const saved = f.ctx;
    if (scope.contextSize > 0) {
      const ctx = new Array(scope.contextSize);
      ctx[0] = saved;
      f.ctx = ctx;
    }
    if (scope.holeRegisters.length > 0 || scope.holeContextSlots.length > 0) this.holes(scope, f);
    if (scope.functions.length > 0) this.instantiateFunctions(scope, f);
    return saved;
  }

  // ---- variables ---------------------------------------------------------------------

  private readId(id: ResolvedIdentifier, f: Frame): Value {
    let v: Value;
    switch (id.mode) {
      case RefMode.Register:
        v = f.regs[id.slot];
        break;
      case RefMode.Context: {
        let c = f.ctx!;
        for (let h = id.hops; h > 0; h--) c = c[0];
        v = c[id.slot];
        break;
      }
      default:
        v = this.realm.globals[id.slot];
        if (v === HOLE) this.realm.globalHole(id.slot);
        return v;
    }
    if (id.tdz && v === HOLE) throw this.realm.error('ReferenceError', Messages.beforeInitialization(id.name));
    return v;
  }

  /** Initialises a binding (declarations, parameters): no TDZ or const checks. */
  private initBinding(id: ResolvedIdentifier, value: Value, f: Frame): void {
    switch (id.mode) {
      case RefMode.Register:
        f.regs[id.slot] = value;
        return;
      case RefMode.Context: {
        let c = f.ctx!;
        for (let h = id.hops; h > 0; h--) c = c[0];
        c[id.slot] = value;
        return;
      }
      default:
        this.realm.globals[id.slot] = value;
    }
  }

  /** Assigns to an existing binding: TDZ and const checks apply. */
  private assignId(id: ResolvedIdentifier, value: Value, f: Frame): void {
    if (id.ignoredWrite) return;
    if (id.tdz || id.isConst) {
      if (id.tdz || id.mode === RefMode.Global) this.readId(id, f); // throws in the dead zone
      if (id.isConst) throw this.realm.error('TypeError', Messages.constAssignment());
    }
    switch (id.mode) {
      case RefMode.Register:
        f.regs[id.slot] = value;
        return;
      case RefMode.Context: {
        let c = f.ctx!;
        for (let h = id.hops; h > 0; h--) c = c[0];
        c[id.slot] = value;
        return;
      }
      default: {
        const globals = this.realm.globals;
        if (globals[id.slot] === HOLE && this.program.globals[id.slot].kind !== 'implicit') this.realm.globalHole(id.slot);
        globals[id.slot] = value;
      }
    }
  }

  // ---- statements --------------------------------------------------------------------

  private statements(list: Node[], f: Frame): C {
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      f.site = s;
      const c = this.execute(s, f);
      if (c !== C.Normal) return c;
    }
    return C.Normal;
  }

  private block(node: Node, f: Frame): C {
    const scope = node.scope as ScopeInfo | null;
    if (scope === null) return this.statements(node.body, f);
    const saved = this.enterScope(scope, f);
    const c = this.statements(node.body, f);
    f.ctx = saved;
    return c;
  }

  /** After a loop body's break/continue: does it target this loop? */
  private targetsLoop(node: Node, f: Frame): boolean {
    const label = f.label;
    if (label === null) return true;
    const labels = node.labels as string[] | null;
    if (labels !== null && labels.includes(label)) {
      f.label = null;
      return true;
    }
    return false;
  }

  private execute(node: Node, f: Frame): C {
    this.counters.nodes++;
    const kind: K = node.k;
    const probe = this.realm.probe;
    if (probe !== null && probe.line !== undefined && kind !== K.BlockStatement && kind !== K.FunctionDeclaration && kind !== K.EmptyStatement) {
      probe.line(node.loc.start.line);
    }
    switch (kind) {
      case K.ExpressionStatement:
        this.evaluate(node.expression, f);
        return C.Normal;
      case K.VariableDeclaration: {
        const decls = node.declarations as Node[];
        for (let i = 0; i < decls.length; i++) {
          const d = decls[i];
          if (d.init === null) {
            if (node.kind !== 'var') this.bindPattern(d.id, undefined, f, true);
            continue;
          }
          this.bindPattern(d.id, this.evaluate(d.init, f), f, true);
        }
        return C.Normal;
      }
      case K.FunctionDeclaration:
      case K.EmptyStatement:
        return C.Normal;
      case K.ClassDeclaration:
        this.initBinding(node.id, this.evaluateClass(node, f), f);
        return C.Normal;
      case K.ReturnStatement:
        f.ret = node.argument === null ? undefined : this.evaluate(node.argument, f);
        return C.Return;
      case K.IfStatement:
        if (toBoolean(this.evaluate(node.test, f))) return this.execute(node.consequent, f);
        return node.alternate === null ? C.Normal : this.execute(node.alternate, f);
      case K.BlockStatement:
        return this.block(node, f);
      case K.ForStatement:
        return this.forStatement(node, f);
      case K.WhileStatement: {
        const realm = this.realm;
        while (toBoolean(this.evaluate(node.test, f))) {
          if (--realm.fuel <= 0) realm.refuel();
          const c = this.execute(node.body, f);
          if (c !== C.Normal) {
            if (c === C.Break) { if (this.targetsLoop(node, f)) break; return c; }
            if (c === C.Continue) { if (this.targetsLoop(node, f)) continue; return c; }
            return c;
          }
        }
        return C.Normal;
      }
      case K.DoWhileStatement: {
        const realm = this.realm;
        do {
          if (--realm.fuel <= 0) realm.refuel();
          const c = this.execute(node.body, f);
          if (c !== C.Normal) {
            if (c === C.Break) { if (this.targetsLoop(node, f)) break; return c; }
            if (c === C.Continue) { if (this.targetsLoop(node, f)) continue; return c; }
            return c;
          }
        } while (toBoolean(this.evaluate(node.test, f)));
        return C.Normal;
      }
      case K.ForInStatement:
      case K.ForOfStatement:
        return this.forInOf(node, f);
      case K.BreakStatement:
        f.label = node.label === null ? null : node.label.name;
        return C.Break;
      case K.ContinueStatement:
        f.label = node.label === null ? null : node.label.name;
        return C.Continue;
      case K.LabeledStatement: {
        const c = this.execute(node.body, f);
        if (c === C.Break && f.label === node.label.name) {
          f.label = null;
          return C.Normal;
        }
        return c;
      }
      case K.SwitchStatement:
        return this.switchStatement(node, f);
      case K.ThrowStatement:
        throw new JSThrow(this.evaluate(node.argument, f));
      case K.TryStatement:
        return this.tryStatement(node, f);
      case K.Program:
      case K.VariableDeclarator:
      case K.SwitchCase:
      case K.CatchClause:
      case K.Identifier:
      case K.Literal:
      case K.TemplateLiteral:
      case K.TemplateElement:
      case K.ThisExpression:
      case K.ArrayExpression:
      case K.ObjectExpression:
      case K.Property:
      case K.SpreadElement:
      case K.FunctionExpression:
      case K.ArrowFunctionExpression:
      case K.UnaryExpression:
      case K.UpdateExpression:
      case K.BinaryExpression:
      case K.LogicalExpression:
      case K.AssignmentExpression:
      case K.ConditionalExpression:
      case K.SequenceExpression:
      case K.MemberExpression:
      case K.ChainExpression:
      case K.CallExpression:
      case K.NewExpression:
      case K.ArrayPattern:
      case K.ObjectPattern:
      case K.AssignmentPattern:
      case K.RestElement:
      case K.ClassExpression:
      case K.ClassBody:
      case K.MethodDefinition:
      case K.PropertyDefinition:
      case K.Super:
        throw new Error(`ast tier: ${node.type} is not a statement`);
      default:
        return unreachable(kind);
    }
  }

  private forStatement(node: Node, f: Frame): C {
    const realm = this.realm;
    const scope = node.scope as ScopeInfo | null;
    const saved = f.ctx;
    if (scope !== null) this.enterScope(scope, f);
    if (node.init !== null) {
      if (node.init.k === K.VariableDeclaration) this.execute(node.init, f);
      else this.evaluate(node.init, f);
    }
    const perIteration = scope !== null && scope.contextSize > 0;
    const test = node.test;
    const update = node.update;
    const body = node.body;
    let result = C.Normal;
    for (;;) {
      if (test !== null && !toBoolean(this.evaluate(test, f))) break;
      if (--realm.fuel <= 0) realm.refuel();
      const c = this.execute(body, f);
      if (c !== C.Normal) {
        if (c === C.Break) {
          if (this.targetsLoop(node, f)) break;
          result = c;
          break;
        }
        if (c === C.Continue) {
          if (!this.targetsLoop(node, f)) {
            result = c;
            break;
          }
        } else {
          result = c;
          break;
        }
      }
      // a fresh copy of the loop's captured `let` bindings for each iteration
      if (perIteration) f.ctx = f.ctx!.slice();
      if (update !== null) this.evaluate(update, f);
    }
    f.ctx = saved;
    return result;
  }

  private forInOf(node: Node, f: Frame): C {
    const realm = this.realm;
    const right = this.evaluate(node.right, f);
    const isOf = node.k === K.ForOfStatement;
    let keys: ForIn | null = null;
    let iterator: Iterator<Value> | null = null;
    let array: JSArray | null = null;
    if (!isOf) keys = forInStart(realm, right);
    else if (right instanceof JSArray) array = right;
    else iterator = getIterator(realm, right, node.site);
    const scope = node.scope as ScopeInfo | null;
    const left = node.left;
    const declaration = left.k === K.VariableDeclaration;
    const target = declaration ? left.declarations[0].id : left;
    const saved = f.ctx;
    let result = C.Normal;
    let index = 0;
    for (;;) {
      let value: Value;
      if (keys !== null) {
        index = keys.next(index);
        if (index < 0) break;
        value = keys.keys[index++];
      } else if (array !== null) {
        if (index >= array.elems.length) break;
        value = array.elems[index++];
      } else {
        const step = iterator!.next();
        if (step.done) break;
        value = step.value;
      }
      if (--realm.fuel <= 0) realm.refuel();
      if (scope !== null) this.enterScope(scope, f);
      this.bindPattern(target, value, f, declaration);
      const c = this.execute(node.body, f);
      f.ctx = saved;
      if (c !== C.Normal) {
        if (c === C.Break) {
          if (this.targetsLoop(node, f)) break;
          result = c;
          break;
        }
        if (c === C.Continue) {
          if (this.targetsLoop(node, f)) continue;
        }
        result = c;
        break;
      }
    }
    return result;
  }

  private switchStatement(node: Node, f: Frame): C {
    const value = this.evaluate(node.discriminant, f);
    const scope = node.scope as ScopeInfo;
    const saved = this.enterScope(scope, f);
    const cases = node.cases as Node[];
    let start = -1;
    for (let i = 0; i < cases.length; i++) {
      const test = cases[i].test;
      if (test !== null && this.evaluate(test, f) === value) {
        start = i;
        break;
      }
    }
    if (start < 0) start = cases.findIndex((c) => c.test === null);
    let result = C.Normal;
    if (start >= 0) {
      for (let i = start; i < cases.length; i++) {
        const c = this.statements(cases[i].consequent, f);
        if (c === C.Normal) continue;
        if (c === C.Break && f.label === null) break;
        result = c;
        break;
      }
    }
    f.ctx = saved;
    return result;
  }

  private tryStatement(node: Node, f: Frame): C {
    const realm = this.realm;
    const savedCtx = f.ctx;
    const savedDepth = realm.depth;
    let completion = C.Normal;
    let pending: unknown = null;
    try {
      completion = this.block(node.block, f);
    } catch (e) {
      const thrown = realm.catchable(e); // limits and internal errors are not the program's to catch
      this.frame = f;
      if (realm.probe !== null) realm.probe.unwind(savedDepth);
      realm.depth = savedDepth;
      f.ctx = savedCtx;
      if (node.handler === null) pending = thrown;
      else if (node.finalizer === null) completion = this.catchClause(node.handler, thrown.value, f);
      else {
        try {
          completion = this.catchClause(node.handler, thrown.value, f);
        } catch (e2) {
          pending = realm.catchable(e2);
          this.frame = f;
          if (realm.probe !== null) realm.probe.unwind(savedDepth);
          realm.depth = savedDepth;
          f.ctx = savedCtx;
        }
      }
    }
    if (node.finalizer !== null) {
      const ret = f.ret;
      const label = f.label;
      const c = this.block(node.finalizer, f);
      if (c !== C.Normal) return c; // a break/continue/return in finally overrides
      f.ret = ret;
      f.label = label;
      if (pending !== null) throw pending;
    }
    return completion;
  }

  private catchClause(handler: Node, value: Value, f: Frame): C {
    const saved = this.enterScope(handler.scope, f);
    if (handler.param !== null) this.bindPattern(handler.param, value, f, true);
    const c = this.statements(handler.body.body, f);
    f.ctx = saved;
    return c;
  }

  // ---- expressions -------------------------------------------------------------------

  evaluate(node: Node, f: Frame): Value {
    this.counters.nodes++;
    const kind: K = node.k;
    switch (kind) {
      case K.Identifier:
        return this.readId(node as ResolvedIdentifier, f);
      case K.Literal:
        return node.value;
      case K.BinaryExpression:
        return this.binary(node.op, this.evaluate(node.left, f), this.evaluate(node.right, f));
      case K.MemberExpression: {
        if (node.object.k === K.Super) return this.superProperty(node, f);
        const obj = this.evaluate(node.object, f);
        if (obj === SHORT_CIRCUIT) return obj;
        if (node.optional && (obj === null || obj === undefined)) return SHORT_CIRCUIT;
        if (node.computed) return getElement(this.realm, obj, this.evaluate(node.property, f));
        return cachedGet(this.realm, node.readCache ?? (node.readCache = new ReadCache()), obj, node.property.name);
      }
      case K.CallExpression:
        return this.call(node, f);
      case K.AssignmentExpression:
        return this.assignment(node, f);
      case K.UpdateExpression:
        return this.update(node, f);
      case K.LogicalExpression: {
        const left = this.evaluate(node.left, f);
        switch (node.op as LogicalOp) {
          case LogicalOp.And:
            return toBoolean(left) ? this.evaluate(node.right, f) : left;
          case LogicalOp.Or:
            return toBoolean(left) ? left : this.evaluate(node.right, f);
          default:
            return left === null || left === undefined ? this.evaluate(node.right, f) : left;
        }
      }
      case K.ConditionalExpression:
        return toBoolean(this.evaluate(node.test, f)) ? this.evaluate(node.consequent, f) : this.evaluate(node.alternate, f);
      case K.UnaryExpression:
        return this.unary(node, f);
      case K.ThisExpression:
        if (f.thisValue === HOLE) throw this.realm.error('ReferenceError', Messages.superNotCalled());
        return f.thisValue;
      case K.ArrayExpression:
        return this.arrayLiteral(node, f);
      case K.ObjectExpression:
        return this.objectLiteral(node, f);
      case K.TemplateLiteral: {
        const quasis = node.quasis as Node[];
        let s = quasis[0].value.cooked as string;
        for (let i = 0; i < node.expressions.length; i++) {
          const v = this.evaluate(node.expressions[i], f);
          s += (typeof v === 'string' ? v : this.templateString(v)) + quasis[i + 1].value.cooked;
        }
        return s;
      }
      case K.FunctionExpression:
      case K.ArrowFunctionExpression:
        return this.makeFunction(node, f);
      case K.ClassExpression:
        return this.evaluateClass(node, f);
      case K.NewExpression: {
        const callee = this.evaluate(node.callee, f);
        const args = this.arguments(node.arguments, f);
        f.site = node;
        if (!(callee instanceof JSFunction) || !callee.isConstructor) {
          throw this.realm.error('TypeError', Messages.notAConstructor(expressionText(node.callee)));
        }
        return this.realm.construct(callee, args);
      }
      case K.SequenceExpression: {
        const list = node.expressions as Node[];
        for (let i = 0; i < list.length - 1; i++) this.evaluate(list[i], f);
        return this.evaluate(list[list.length - 1], f);
      }
      case K.ChainExpression: {
        const v = this.evaluate(node.expression, f);
        return v === SHORT_CIRCUIT ? undefined : v;
      }
      case K.Program:
      case K.ExpressionStatement:
      case K.BlockStatement:
      case K.EmptyStatement:
      case K.VariableDeclaration:
      case K.VariableDeclarator:
      case K.FunctionDeclaration:
      case K.ClassDeclaration:
      case K.IfStatement:
      case K.ForStatement:
      case K.ForInStatement:
      case K.ForOfStatement:
      case K.WhileStatement:
      case K.DoWhileStatement:
      case K.LabeledStatement:
      case K.BreakStatement:
      case K.ContinueStatement:
      case K.SwitchStatement:
      case K.SwitchCase:
      case K.ReturnStatement:
      case K.ThrowStatement:
      case K.TryStatement:
      case K.CatchClause:
      case K.TemplateElement:
      case K.Property:
      case K.SpreadElement:
      case K.ArrayPattern:
      case K.ObjectPattern:
      case K.AssignmentPattern:
      case K.RestElement:
      case K.ClassBody:
      case K.MethodDefinition:
      case K.PropertyDefinition:
      case K.Super:
        throw new Error(`ast tier: ${node.type} is not an expression`);
      default:
        return unreachable(kind);
    }
  }

  private templateString(v: Value): string {
    return toString(this.realm, v);
  }

  binary(op: BinaryOp, a: Value, b: Value): Value {
    const realm = this.realm;
    if (typeof a === 'number' && typeof b === 'number') {
      switch (op) {
        case BinaryOp.Add: return a + b;
        case BinaryOp.Sub: return a - b;
        case BinaryOp.Mul: return a * b;
        case BinaryOp.Div: return a / b;
        case BinaryOp.Mod: return a % b;
        case BinaryOp.Lt: return a < b;
        case BinaryOp.Gt: return a > b;
        case BinaryOp.Le: return a <= b;
        case BinaryOp.Ge: return a >= b;
        case BinaryOp.StrictEq:
        case BinaryOp.Eq: return a === b;
        case BinaryOp.StrictNe:
        case BinaryOp.Ne: return a !== b;
        case BinaryOp.BitAnd: return a & b;
        case BinaryOp.BitOr: return a | b;
        case BinaryOp.BitXor: return a ^ b;
        case BinaryOp.Shl: return a << b;
        case BinaryOp.Shr: return a >> b;
        case BinaryOp.UShr: return a >>> b;
        case BinaryOp.Exp: return a ** b;
        default: break;
      }
    }
    switch (op) {
      case BinaryOp.Add: return add(realm, a, b);
      case BinaryOp.Sub: return toNumeric(realm, a) - toNumeric(realm, b);
      case BinaryOp.Mul: return toNumeric(realm, a) * toNumeric(realm, b);
      case BinaryOp.Div: return toNumeric(realm, a) / toNumeric(realm, b);
      case BinaryOp.Mod: return toNumeric(realm, a) % toNumeric(realm, b);
      case BinaryOp.Exp: return toNumeric(realm, a) ** toNumeric(realm, b);
      case BinaryOp.BitAnd: return toNumeric(realm, a) & toNumeric(realm, b);
      case BinaryOp.BitOr: return toNumeric(realm, a) | toNumeric(realm, b);
      case BinaryOp.BitXor: return toNumeric(realm, a) ^ toNumeric(realm, b);
      case BinaryOp.Shl: return toNumeric(realm, a) << toNumeric(realm, b);
      case BinaryOp.Shr: return toNumeric(realm, a) >> toNumeric(realm, b);
      case BinaryOp.UShr: return toNumeric(realm, a) >>> toNumeric(realm, b);
      case BinaryOp.StrictEq: return a === b;
      case BinaryOp.StrictNe: return a !== b;
      case BinaryOp.Eq: return looseEquals(realm, a, b);
      case BinaryOp.Ne: return !looseEquals(realm, a, b);
      case BinaryOp.Lt: return compare(realm, '<', a, b);
      case BinaryOp.Gt: return compare(realm, '>', a, b);
      case BinaryOp.Le: return compare(realm, '<=', a, b);
      case BinaryOp.Ge: return compare(realm, '>=', a, b);
      case BinaryOp.In: return hasProperty(realm, b, a);
      case BinaryOp.InstanceOf: return instanceOf(realm, a, b);
      default: return unreachable(op);
    }
  }

  private unary(node: Node, f: Frame): Value {
    const realm = this.realm;
    const op: UnaryOp = node.op;
    switch (op) {
      case UnaryOp.Neg: {
        const v = this.evaluate(node.argument, f);
        return typeof v === 'number' ? -v : -toNumber(realm, v);
      }
      case UnaryOp.Plus:
        return toNumber(realm, this.evaluate(node.argument, f));
      case UnaryOp.Not:
        return !toBoolean(this.evaluate(node.argument, f));
      case UnaryOp.BitNot:
        return ~toNumeric(realm, this.evaluate(node.argument, f));
      case UnaryOp.TypeOf: {
        const arg = node.argument;
        if (arg.k === K.Identifier && arg.mode === RefMode.Global) {
          const v = realm.globals[arg.slot];
          if (v === HOLE && this.program.globals[arg.slot].kind === 'implicit') return 'undefined';
        }
        return typeOf(this.evaluate(arg, f));
      }
      case UnaryOp.Void:
        this.evaluate(node.argument, f);
        return undefined;
      case UnaryOp.Delete: {
        const arg = node.argument;
        if (arg.k === K.ChainExpression) return this.deleteMember(arg.expression, f);
        if (arg.k !== K.MemberExpression) {
          if (arg.k !== K.Identifier) this.evaluate(arg, f);
          else if (isImplicitGlobal(arg as ResolvedIdentifier, this.program)) {
            // `delete x` of a global made by assignment (or of no variable at all) removes it
            this.realm.globals[arg.slot] = HOLE;
            return true;
          }
          return arg.k !== K.Identifier;
        }
        return this.deleteMember(arg, f);
      }
      default:
        return unreachable(op);
    }
  }

  private deleteMember(member: Node, f: Frame): boolean {
    const obj = this.evaluate(member.object, f);
    if (obj === SHORT_CIRCUIT || (member.optional && (obj === null || obj === undefined))) return true;
    const key = member.computed ? this.evaluate(member.property, f) : member.property.name;
    return deleteProperty(this.realm, obj, key, this.isStrict(f));
  }

  private arrayLiteral(node: Node, f: Frame): JSArray {
    const elements = node.elements as (Node | null)[];
    const out: Value[] = [];
    for (let i = 0; i < elements.length; i++) {
      const e = elements[i];
      if (e === null) {
        out.length++;
      } else if (e.k === K.SpreadElement) {
        const items = iterateToArray(this.realm, this.spreadSource(e, f));
        for (let j = 0; j < items.length; j++) out.push(items[j]);
      } else out.push(this.evaluate(e, f));
    }
    return this.realm.newArray(out);
  }

  private spreadSource(spread: Node, f: Frame): Value {
    const v = this.evaluate(spread.argument, f);
    if (isIterableError(v)) getIterator(this.realm, v, spread.site);
    return v;
  }

  private objectLiteral(node: Node, f: Frame): JSObject {
    const realm = this.realm;
    const obj = realm.newObject();
    const props = node.properties as Node[];
    for (let i = 0; i < props.length; i++) {
      const p = props[i];
      if (p.k === K.SpreadElement) {
        const source = this.evaluate(p.argument, f);
        if (source instanceof JSObject) {
          for (const key of ownKeys(source)) obj.setOwn(key, getProperty(realm, source, key));
        } else if (typeof source === 'string') {
          for (let j = 0; j < source.length; j++) obj.setOwn(String(j), source[j]);
        }
        continue;
      }
      const key = p.computed ? toPropertyKey(realm, this.evaluate(p.key, f)) : p.key.k === K.Identifier ? p.key.name : String(p.key.value);
      let value: Value;
      if (p.method) {
        const fn = this.makeFunction(p.value, f);
        fn.homeObject = obj;
        value = fn;
      } else value = this.evaluate(p.value, f);
      if (p.computed) nameAnonymousFunction(value, p.value, key);
      this.defineOwn(obj, key, value);
    }
    return obj;
  }

  /** CreateDataProperty: own property, enumerable; array-index keys on arrays go to elements. */
  private defineOwn(obj: JSObject, key: string, value: Value): void {
    if (obj instanceof JSArray) setProperty(this.realm, obj, key, value);
    else obj.setOwn(key, value);
  }

  // ---- calls ---------------------------------------------------------------------------

  private arguments(list: Node[], f: Frame): Value[] {
    const n = list.length;
    const args = new Array(n);
    for (let i = 0; i < n; i++) {
      const a = list[i];
      if (a.k === K.SpreadElement) {
        args.length = i;
        return this.argumentsWithSpread(list, i, args, f);
      }
      args[i] = this.evaluate(a, f);
    }
    return args;
  }

  /** The arguments from `from` (the first spread element) on, appended to those before it. */
  private argumentsWithSpread(list: Node[], from: number, args: Value[], f: Frame): Value[] {
    for (let i = from; i < list.length; i++) {
      const a = list[i];
      if (a.k === K.SpreadElement) {
        for (const v of iterateToArray(this.realm, this.spreadSource(a, f))) args.push(v);
      } else args.push(this.evaluate(a, f));
    }
    return args;
  }

  private call(node: Node, f: Frame): Value {
    const realm = this.realm;
    const callee = node.callee;
    let fn: Value;
    let thisValue: Value = undefined;
    if (callee.k === K.MemberExpression) {
      if (callee.object.k === K.Super) {
        thisValue = f.thisValue;
        fn = this.superProperty(callee, f);
      } else {
        thisValue = this.evaluate(callee.object, f);
        if (thisValue === SHORT_CIRCUIT) return thisValue;
        if (callee.optional && (thisValue === null || thisValue === undefined)) return SHORT_CIRCUIT;
        fn = callee.computed
          ? getElement(realm, thisValue, this.evaluate(callee.property, f))
          : cachedGet(realm, callee.readCache ?? (callee.readCache = new ReadCache()), thisValue, callee.property.name);
      }
    } else if (callee.k === K.Super) {
      return this.superCall(node, f);
    } else if (callee.k === K.ChainExpression && callee.expression.k === K.MemberExpression) {
      // `(a?.b)()` calls with `this` = a, as `a.b()` does; a short-circuited chain calls undefined
      const member = callee.expression;
      thisValue = this.evaluate(member.object, f);
      if (thisValue === SHORT_CIRCUIT || (member.optional && (thisValue === null || thisValue === undefined))) {
        thisValue = fn = undefined;
      } else {
        fn = member.computed
          ? getElement(realm, thisValue, this.evaluate(member.property, f))
          : cachedGet(realm, member.readCache ?? (member.readCache = new ReadCache()), thisValue, member.property.name);
      }
    } else {
      fn = this.evaluate(callee, f);
      if (fn === SHORT_CIRCUIT) return fn;
    }
    if (node.optional && (fn === null || fn === undefined)) return SHORT_CIRCUIT;
    const args = this.arguments(node.arguments, f);
    f.site = node;
    if (!(fn instanceof JSFunction)) throw realm.error('TypeError', Messages.notAFunction(expressionText(callee)));
    if (fn.kind === FunctionKind.User) return this.callUser(fn, thisValue, args, undefined);
    return realm.call(fn, thisValue, args);
  }

  private superProperty(member: Node, f: Frame): Value {
    const home = f.homeObject;
    const proto = home === null ? null : home.proto;
    const key = member.computed ? toPropertyKey(this.realm, this.evaluate(member.property, f)) : member.property.name;
    if (proto === null) throw this.realm.error('TypeError', Messages.readNullish('undefined', key));
    return getProperty(this.realm, proto, key);
  }

  private superCall(node: Node, f: Frame): Value {
    const realm = this.realm;
    const ctor = f.fn!;
    const args = this.arguments(node.arguments, f);
    f.site = node;
    const parent = realm.superConstructor(ctor);
    if (f.thisValue !== HOLE) throw realm.error('ReferenceError', Messages.superCalledTwice());
    const obj = realm.construct(parent, args, f.newTarget);
    f.thisValue = obj;
    if (ctor.classNode) this.initializeFields(ctor, obj);
    return undefined;
  }

  // ---- functions and classes -----------------------------------------------------------

  makeFunction(node: Node, f: Frame): JSFunction {
    const realm = this.realm;
    const info = node.info as FunctionInfo;
    const isPlain = info.kind === 'function';
    const fn = new JSFunction(realm.functionShape, realm.FunctionPrototype, FunctionKind.User, info.name, info.length, isPlain);
    fn.info = info;
    fn.context = f.ctx;
    if (info.kind === 'arrow') {
      fn.boundThis = f.thisValue;
      fn.homeObject = f.homeObject;
    }
    fn.lazyPrototype = isPlain;
    realm.counters.allocations++;
    if (realm.probe !== null) realm.probe.allocate('function', 96);
    return fn;
  }

  private evaluateClass(node: Node, f: Frame): JSFunction {
    const realm = this.realm;
    let protoParent: JSObject | null = realm.ObjectPrototype;
    let ctorParent: JSObject = realm.FunctionPrototype;
    if (node.superClass !== null) {
      const parent = this.evaluate(node.superClass, f);
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
    const saved = this.enterScope(node.scope, f);
    const proto = realm.newObject(protoParent);
    const ctorNode = node.constructorNode as Node | null;
    const info = ctorNode ? (ctorNode.value.info as FunctionInfo) : null;
    const name = node.id ? node.id.name : (node.inferredName ?? '');
    const ctor = new JSFunction(realm.rootShape(ctorParent), ctorParent, FunctionKind.User, name, info ? info.length : 0, true);
    ctor.info = info;
    ctor.isClass = true;
    ctor.isDerived = node.superClass !== null;
    ctor.context = f.ctx;
    ctor.homeObject = proto;
    ctor.classNode = node;
    ctor.setOwn('prototype', proto, Attr.Hidden | Attr.Fixed);
    proto.setOwn('constructor', ctor, Attr.Hidden);
    if (node.innerId) this.initBinding(node.innerId, ctor, f);
    const fieldKeys: string[] = [];
    const staticKeys: string[] = [];
    for (const member of node.body.body as Node[]) {
      if (member.k === K.MethodDefinition && member.kind === 'constructor') continue;
      const key = member.computed
        ? toPropertyKey(realm, this.evaluate(member.key, f))
        : member.key.k === K.Identifier ? member.key.name : String(member.key.value);
      if (member.static && member.computed) realm.checkStaticKey(key);
      if (member.k === K.MethodDefinition) {
        const target = member.static ? ctor : proto;
        const method = this.makeFunction(member.value, f);
        method.homeObject = target;
        if (member.computed) method.name = key;
        target.setOwn(key, method, Attr.Hidden);
      } else (member.static ? staticKeys : fieldKeys).push(key);
    }
    ctor.fieldKeys = fieldKeys;
    const staticInfo = node.staticFieldsInfo as FunctionInfo | null;
    if (staticInfo) {
      const sf = new Frame(staticInfo.registerCount, f.ctx, ctor, ctor, undefined, ctor, node, f);
      const savedFrame = this.frame;
      this.frame = sf;
      const fields = node.staticFields as Node[];
      for (let i = 0; i < fields.length; i++) {
        ctor.setOwn(staticKeys[i], fields[i].value ? this.evaluate(fields[i].value, sf) : undefined);
      }
      this.frame = savedFrame;
    }
    f.ctx = saved;
    realm.counters.allocations += 2;
    return ctor;
  }

  // ---- assignment and destructuring ----------------------------------------------------

  private assignment(node: Node, f: Frame): Value {
    const left = node.left;
    const kind = node.assign as AssignKind;
    if (left.k === K.Identifier) {
      if (kind === AssignKind.Plain) {
        const value = this.evaluate(node.right, f);
        this.assignId(left, value, f);
        return value;
      }
      const old = this.readId(left, f);
      let value: Value;
      if (kind === AssignKind.Compound) value = this.binary(node.op, old, this.evaluate(node.right, f));
      else {
        if (!this.logicalContinues(node.op, old)) return old;
        value = this.evaluate(node.right, f);
      }
      this.assignId(left, value, f);
      return value;
    }
    if (left.k === K.MemberExpression) {
      const realm = this.realm;
      const obj = this.evaluate(left.object, f);
      const key = left.computed ? this.evaluate(left.property, f) : left.property.name;
      if (kind === AssignKind.Plain) {
        const value = this.evaluate(node.right, f);
        if (obj === null || obj === undefined) throw nullishAccess(realm, obj, key, true);
        this.strictStore(obj, key, f);
        if (left.computed) setElement(realm, obj, key, value);
        else cachedSet(realm, left.writeCache ?? (left.writeCache = new WriteCache()), obj, key, value);
        return value;
      }
      if (!left.computed) {
        const old = cachedGet(realm, left.readCache ?? (left.readCache = new ReadCache()), obj, key);
        let value: Value;
        if (kind === AssignKind.Compound) value = this.binary(node.op, old, this.evaluate(node.right, f));
        else {
          if (!this.logicalContinues(node.op, old)) return old;
          value = this.evaluate(node.right, f);
        }
        this.strictStore(obj, key, f);
        cachedSet(realm, left.writeCache ?? (left.writeCache = new WriteCache()), obj, key, value);
        return value;
      }
      // (the read and the write each make the key a property key, as V8 does: an object key's toString runs twice)
      const old = getElement(realm, obj, key);
      let value: Value;
      if (kind === AssignKind.Compound) value = this.binary(node.op, old, this.evaluate(node.right, f));
      else {
        if (!this.logicalContinues(node.op, old)) return old;
        value = this.evaluate(node.right, f);
      }
      this.strictStore(obj, key, f);
      setElement(realm, obj, key, value);
      return value;
    }
    // destructuring assignment
    const value = this.evaluate(node.right, f);
    this.bindPattern(left, value, f, false);
    return value;
  }

  private logicalContinues(op: LogicalOp, old: Value): boolean {
    switch (op) {
      case LogicalOp.And:
        return toBoolean(old);
      case LogicalOp.Or:
        return !toBoolean(old);
      default:
        return old === null || old === undefined;
    }
  }

  private update(node: Node, f: Frame): Value {
    const realm = this.realm;
    const arg = node.argument;
    const delta = node.op as number;
    if (arg.k === K.Identifier) {
      const old = this.readId(arg, f);
      const n = typeof old === 'number' ? old : toNumeric(realm, old);
      const value = n + delta;
      this.assignId(arg, value, f);
      return node.prefix ? value : n;
    }
    const obj = this.evaluate(arg.object, f);
    if (!arg.computed) {
      const name = arg.property.name;
      const old = cachedGet(realm, arg.readCache ?? (arg.readCache = new ReadCache()), obj, name);
      const n = typeof old === 'number' ? old : toNumeric(realm, old);
      const value = n + delta;
      this.strictStore(obj, name, f);
      cachedSet(realm, arg.writeCache ?? (arg.writeCache = new WriteCache()), obj, name, value);
      return node.prefix ? value : n;
    }
    // (read and write each convert the key, as in a compound assignment)
    const key = this.evaluate(arg.property, f);
    const old = getElement(realm, obj, key);
    const n = typeof old === 'number' ? old : toNumeric(realm, old);
    const value = n + delta;
    this.strictStore(obj, key, f);
    setElement(realm, obj, key, value);
    return node.prefix ? value : n;
  }

  /** A store sloppy code makes silently (to a primitive, to a read-only property): a TypeError in strict code. */
  private strictStore(obj: Value, key: Value, f: Frame): void {
    if (!this.isStrict(f)) return;
    const refused = refusedStore(this.realm, obj, key);
    if (refused !== null) throw refused;
  }

  private isStrict(f: Frame): boolean {
    const fn = f.fn;
    return fn !== null && fn.info !== null ? fn.info.strict : this.program.script.strict;
  }

  /** Binds (init) or assigns (!init) a pattern: identifiers, members, object/array patterns, defaults, rest. */
  private bindPattern(pattern: Node, value: Value, f: Frame, init: boolean): void {
    const realm = this.realm;
    switch (pattern.k as K) {
      case K.Identifier:
        if (init) this.initBinding(pattern as ResolvedIdentifier, value, f);
        else this.assignId(pattern as ResolvedIdentifier, value, f);
        return;
      case K.MemberExpression: {
        const obj = this.evaluate(pattern.object, f);
        const key = pattern.computed ? this.evaluate(pattern.property, f) : pattern.property.name;
        this.strictStore(obj, key, f);
        if (pattern.computed) setElement(realm, obj, key, value);
        else setProperty(realm, obj, key, value);
        return;
      }
      case K.AssignmentPattern:
        if (value === undefined) value = this.evaluate(pattern.right, f);
        this.bindPattern(pattern.left, value, f, init);
        return;
      case K.ObjectPattern: {
        if (value === null || value === undefined) throw realm.error('TypeError', destructureNullishAt(pattern.site, value));
        const used: string[] = [];
        for (const p of pattern.properties as Node[]) {
          if (p.k === K.RestElement) {
            this.bindPattern(p.argument, objectRest(realm, value, used), f, init);
            continue;
          }
          const key = p.computed ? toPropertyKey(realm, this.evaluate(p.key, f)) : p.key.k === K.Identifier ? p.key.name : String(p.key.value);
          used.push(key);
          this.bindPattern(p.value, getProperty(realm, value, key), f, init);
        }
        return;
      }
      case K.ArrayPattern: {
        const iterator = getIterator(realm, value, pattern.site);
        for (const e of pattern.elements as (Node | null)[]) {
          if (e !== null && e.k === K.RestElement) {
            const rest: Value[] = [];
            for (let r = iterator.next(); !r.done; r = iterator.next()) rest.push(r.value);
            this.bindPattern(e.argument, realm.newArray(rest), f, init);
            break;
          }
          const r = iterator.next();
          if (e !== null) this.bindPattern(e, r.done ? undefined : r.value, f, init);
        }
        return;
      }
      default:
        throw new Error(`ast tier: cannot bind to ${pattern.type}`);
    }
  }
}

/** `{ [key]: function () {} }` names the function after the computed key, as JavaScript does. */
function nameAnonymousFunction(value: Value, node: Node, key: string): void {
  if (value instanceof JSFunction && value.name === '' && !node.id && (node.k === K.FunctionExpression || node.k === K.ArrowFunctionExpression || node.k === K.ClassExpression)) {
    value.name = key;
  }
}

/** Values whose "is not iterable" message V8 words from the source expression. */
function isIterableError(v: Value): boolean {
  return !(v instanceof JSArray) && typeof v !== 'string' && !(v instanceof JSMap) && !(v instanceof JSSet) && !(v instanceof JSIterator);
}

function unreachable(x: never): never {
  throw new Error(`ast tier: unhandled case ${String(x)}`);
}
