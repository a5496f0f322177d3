// The bytecode compiler: one resolved function (FunctionInfo) at a time, from
// the shared annotated tree to a FunctionCode. It mirrors the tree-walker's
// semantics construct by construct (interpreters/ast/interpreter.ts is the
// specification), with these register-machine choices:
//   - the resolver's registers are the frame's first registers; an identifier
//     in a register is used in place, with no load (a copy is made only when a
//     later operand of the same expression assigns to it);
//   - an expression is compiled into a destination register when the caller
//     has one (`x = a + b` is one Add into x's register), else into a temporary;
//   - conditions compile to fused compare-and-jump instructions;
//   - constants are registers (filled per call from the register template);
//   - `finally` is compiled once: every way out of the try (normal end, throw,
//     return, break/continue to an outer target) records a completion code in
//     a register and jumps to the finally block, which dispatches on it after.
// Every `switch` on node kinds ends in an exhaustive `never` check.

import type { FunctionInfo, Node, Program, ResolvedIdentifier, ScopeInfo } from '../../src/front/ast.js';
import { isImplicitGlobal, RefMode } from '../../src/front/ast.js';
import { expressionText } from '../../src/front/expression-text.js';
import { AssignKind, BinaryOp, LogicalOp, UnaryOp } from '../../src/front/operators.js';
import { K } from '../../src/front/syntax.js';
import { CodeBuilder, type Label } from './builder.js';
import { type FunctionCode, OSR_NEVER } from './function-code.js';
import { reassignedGlobals, writtenGlobals } from './global-writes.js';
import { isPureArgument, mayAssign, propertyName, usesThis, writesDestinationLast } from './tree-facts.js';
import { CacheKind } from './inline-cache.js';
import { Op } from './opcodes.js';

/** Completion codes of a finally block (the exits it routes get codes from FIRST_EXIT on). */
const enum Completion {
  Normal = 0,
  Throw = 1,
  Return = 2,
  FirstExit = 3,
}

/** A statement `break` or `continue` can target. */
interface JumpTarget {
  labels: readonly string[] | null;
  /** Unlabelled `continue` (and `continue label`) applies. */
  isLoop: boolean;
  /** Unlabelled `break` applies (loops and switch). */
  breakable: boolean;
  breakLabel: Label;
  continueLabel: Label | null;
  breakDepth: number;
  continueDepth: number;
  /** How many finally blocks enclose the target. */
  finallyDepth: number;
}

/** A try statement's finally block, while its protected code is being compiled. */
interface FinallyBlock {
  entry: Label;
  kindRegister: number;
  valueRegister: number;
  /** Context depth of the try statement (where the finally block runs). */
  depth: number;
  hasReturn: boolean;
  exits: { target: JumpTarget; isContinue: boolean }[];
}

const ARITHMETIC_OPS: readonly Op[] = [
  Op.Add, Op.Sub, Op.Mul, Op.Div, Op.Mod, Op.Exp, Op.BitAnd, Op.BitOr, Op.BitXor, Op.Shl, Op.Shr, Op.UShr,
  Op.Eq, Op.Ne, Op.StrictEq, Op.StrictNe, Op.Lt, Op.Gt, Op.Le, Op.Ge,
];

/** For a comparison: the jump taken when it holds, and the jump taken when it does not. */
const COMPARE_JUMPS: Partial<Record<BinaryOp, [Op, Op]>> = {
  [BinaryOp.Lt]: [Op.JumpIfLt, Op.JumpIfNotLt],
  [BinaryOp.Le]: [Op.JumpIfLe, Op.JumpIfNotLe],
  [BinaryOp.Gt]: [Op.JumpIfGt, Op.JumpIfNotGt],
  [BinaryOp.Ge]: [Op.JumpIfGe, Op.JumpIfNotGe],
  [BinaryOp.Eq]: [Op.JumpIfEq, Op.JumpIfNe],
  [BinaryOp.Ne]: [Op.JumpIfNe, Op.JumpIfEq],
  [BinaryOp.StrictEq]: [Op.JumpIfStrictEq, Op.JumpIfStrictNe],
  [BinaryOp.StrictNe]: [Op.JumpIfStrictNe, Op.JumpIfStrictEq],
};

/** Comparisons a loop's back-edge can test directly. */
const LOOP_COMPARES: Partial<Record<BinaryOp, Op>> = {
  [BinaryOp.Lt]: Op.LoopIfLt,
  [BinaryOp.Le]: Op.LoopIfLe,
  [BinaryOp.Gt]: Op.LoopIfGt,
  [BinaryOp.Ge]: Op.LoopIfGe,
  [BinaryOp.Ne]: Op.LoopIfNe,
  [BinaryOp.StrictNe]: Op.LoopIfStrictNe,
};

/** Compiles the functions of one program, each once, on demand. */
export class ProgramCompiler {
  private readonly compiled: (FunctionCode | undefined)[] = [];
  private readonly constantGlobals: ReadonlySet<number>;
  /** Global slots the program writes after the script starts (global-writes.ts); the others keep their first value. */
  readonly writtenGlobals: ReadonlySet<number>;
  /** Global slots written other than by their let, const or class declaration: the others keep the value they are initialised with. */
  readonly reassignedGlobals: ReadonlySet<number>;

  constructor(readonly program: Program) {
    const written = writtenGlobals(program);
    this.writtenGlobals = written;
    this.reassignedGlobals = reassignedGlobals(program);
    const constant = new Set<number>();
    program.globals.forEach((g, slot) => {
      if (g.kind === 'function' && !written.has(slot)) constant.add(slot);
    });
    this.constantGlobals = constant;
  }

  /** Loop count at which a new function's loops ask the JIT for on-stack replacement (see FunctionCode.osrAt). */
  osrAt = OSR_NEVER;
  /** Call count at which a new function's calls first go through the JIT's hook (see FunctionCode.jitCallsAt). */
  jitCallsAt = OSR_NEVER;

  /** The bytecode of a function (compiled the first time it is asked for). */
  code(info: FunctionInfo): FunctionCode {
    let fc = this.compiled[info.id];
    if (fc === undefined) {
      fc = new FunctionCompiler(this.program, info, this.constantGlobals).compile();
      fc.osrAt = this.osrAt;
      fc.jitCallsAt = this.jitCallsAt;
      this.compiled[info.id] = fc;
    }
    return fc;
  }

  /** The functions compiled so far. */
  compiledSoFar(): FunctionCode[] {
    return this.compiled.filter((fc): fc is FunctionCode => fc !== undefined);
  }

  /** Every function of the program, in definition order (for `disasm`). */
  all(): FunctionCode[] {
    return this.program.functions.map((info) => this.code(info));
  }
}

class FunctionCompiler {
  private readonly b: CodeBuilder;
  private readonly node: Node;
  /** Contexts pushed since the function began (break/continue pop back to their target's depth). */
  private depth = 0;
  private readonly targets: JumpTarget[] = [];
  private readonly finallies: FinallyBlock[] = [];
  /** Where an optional link (`?.`) jumps when its object is null or undefined. */
  private chainExit: Label | null = null;
  /** The register holding `this`, loaded once at entry (-1: load it where used). */
  private thisRegister = -1;
  private readonly undefinedRegister: number;

  constructor(
    private readonly program: Program,
    private readonly info: FunctionInfo,
    /** Global functions nothing reassigns (see global-writes.ts). */
    private readonly constantGlobals: ReadonlySet<number>,
  ) {
    this.b = new CodeBuilder(info, info.registerCount);
    this.node = info.node;
    this.undefinedRegister = this.b.constantRegister(undefined);
  }

  compile(): FunctionCode {
    const info = this.info;
    const b = this.b;
    b.at(this.node);
    let argumentRegisters: number[] = [];
    let restIndex = -1;
    let restRegister = -1;
    switch (info.kind) {
      case 'script':
        this.enterScope(info.scope);
        this.statements(this.node.body);
        break;
      case 'fields':
        this.enterScope(info.scope);
        this.loadThisAtEntry(this.fields().map((f) => f.value).filter((v) => v !== null));
        this.fieldInitialisers();
        break;
      default: {
        const node = this.node;
        const params = node.params as Node[];
        // arguments arrive in registers: a simple parameter's own register, else a temporary bound in the prologue
        if (info.simpleParams) {
          argumentRegisters = params.map((p) => ((p as ResolvedIdentifier).mode === RefMode.Register ? p.slot : b.temp()));
        } else {
          argumentRegisters = params.map(() => b.temp());
          const rest = params.findIndex((p) => p.k === K.RestElement);
          if (rest >= 0) {
            restIndex = rest;
            restRegister = argumentRegisters[rest];
            argumentRegisters = argumentRegisters.slice(0, rest);
          }
        }
        this.prologue(node, params, argumentRegisters, restRegister);
        if (node.body.k === K.BlockStatement) {
          // with non-simple parameters the body has a scope of its own, entered after them
          this.enterScope(node.body.scope ?? null);
          this.statements(node.body.body);
        }
        else {
          const mark = b.mark();
          const r = this.expr(node.body);
          this.emitReturn(r);
          b.release(mark);
        }
      }
    }
    if (!b.unreachable()) b.emit(Op.Return, this.undefinedRegister);
    const name = info.kind === 'script' ? '<script>' : info.name || '<anonymous>';
    return b.finish(name, argumentRegisters, restIndex, restRegister, this.thisRegister, this.program.functions.length, this.program.globals.length);
  }

  /** Self binding, function scope, parameters and hoisted functions, in the tree-walker's order. */
  private prologue(node: Node, params: Node[], argumentRegisters: number[], restRegister: number): void {
    const b = this.b;
    const info = this.info;
    // (`this` gets its register first: the call writes it before any code runs, so no temporary may share it)
    if (info.kind !== 'arrow' && !(info.kind === 'constructor' && info.derived)) this.loadThisAtEntry([...params, node.body]);
    if (node.selfScope) {
      const self = node.selfScope as ScopeInfo;
      if (self.contextSize > 0) {
        b.emit(Op.PushContext, self.contextSize);
        this.depth++;
      }
      const mark = b.mark();
      const t = b.temp();
      b.emit(Op.LoadCallee, t);
      this.initBinding(node.id, t);
      b.release(mark);
    }
    const scope = info.scope;
    if (scope.contextSize > 0) {
      b.emit(Op.PushContext, scope.contextSize);
      this.depth++;
    }
    this.holes(scope);
    if (info.simpleParams) {
      for (let i = 0; i < params.length; i++) {
        const p = params[i] as ResolvedIdentifier;
        if (p.mode !== RefMode.Register) this.initBinding(p, argumentRegisters[i]);
      }
    } else {
      for (let i = 0; i < params.length; i++) {
        const p = params[i];
        if (p.k === K.RestElement) this.bindPattern(p.argument, restRegister, true);
        else this.bindPattern(p, argumentRegisters[i], true);
      }
    }
    this.instantiateFunctions(scope);
  }

  /** Functions whose `this` cannot change or be a hole get it in a register from the call, if they use it at all. */
  private loadThisAtEntry(nodes: Node[]): void {
    if (!nodes.some((n) => usesThis(n))) return;
    this.thisRegister = this.b.temp();
  }

  /** The fields a field-initialiser function defines. */
  private fields(): Node[] {
    const classNode = this.node;
    return (classNode.instanceFieldsInfo === this.info ? classNode.instanceFields : classNode.staticFields) as Node[];
  }

  /** The body of a class's synthetic field-initialiser function. */
  private fieldInitialisers(): void {
    const b = this.b;
    const fields = this.fields();
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      const mark = b.mark();
      b.at(field);
      const v = field.value ? this.expr(field.value) : this.undefinedRegister;
      b.at(field);
      b.emit(Op.InitField, i, v);
      b.release(mark);
    }
  }

  // ---- scopes ------------------------------------------------------------------------------

  private holes(scope: ScopeInfo): void {
    for (const r of scope.holeRegisters) this.b.emit(Op.LoadHole, r);
    for (const s of scope.holeContextSlots) this.b.emit(Op.ContextHole, s);
  }

  private instantiateFunctions(scope: ScopeInfo): void {
    const b = this.b;
    for (const decl of scope.functions) {
      const mark = b.mark();
      const t = b.temp();
      b.at(decl);
      b.emit(Op.Closure, t, (decl.info as FunctionInfo).id);
      this.initBinding(decl.id, t);
      b.release(mark);
    }
  }

  /** Enters a block-like scope: its context, its holes, its function declarations. */
  private enterScope(scope: ScopeInfo | null): void {
    if (scope === null || scope === undefined) return;
    if (scope.contextSize > 0) {
      this.b.emit(Op.PushContext, scope.contextSize);
      this.depth++;
    }
    this.holes(scope);
    this.instantiateFunctions(scope);
  }

  private leaveScope(scope: ScopeInfo | null): void {
    if (scope === null || scope === undefined || scope.contextSize === 0) return;
    if (!this.b.unreachable()) this.b.emit(Op.PopContext);
    this.depth--;
  }

  // ---- variables ---------------------------------------------------------------------------

  /** A register with the identifier's value: its own register when it lives in one, else `dst` or a temporary. */
  private readId(id: ResolvedIdentifier, dst: number): number {
    const b = this.b;
    switch (id.mode) {
      case RefMode.Register:
        if (id.tdz) b.emit(Op.CheckHole, id.slot, b.constant(id.name));
        if (dst >= 0 && dst !== id.slot) {
          b.emit(Op.Move, dst, id.slot);
          return dst;
        }
        return id.slot;
      case RefMode.Context: {
        const d = dst >= 0 ? dst : b.temp();
        if (id.tdz) b.emit(Op.LoadContextChecked, d, id.hops, id.slot, b.constant(id.name));
        else b.emit(Op.LoadContext, d, id.hops, id.slot);
        return d;
      }
      default: {
        const d = dst >= 0 ? dst : b.temp();
        b.emit(Op.LoadGlobal, d, id.slot);
        return d;
      }
    }
  }

  /** Initialises a binding (declarations, parameters): no TDZ or const checks. */
  private initBinding(id: ResolvedIdentifier, value: number): void {
    const b = this.b;
    switch (id.mode) {
      case RefMode.Register:
        if (id.slot !== value) b.emit(Op.Move, id.slot, value);
        return;
      case RefMode.Context:
        b.emit(Op.StoreContext, id.hops, id.slot, value);
        return;
      default:
        b.emit(Op.InitGlobal, id.slot, value);
    }
  }

  /** Assigns an existing binding: TDZ and const checks apply. */
  private assignId(id: ResolvedIdentifier, value: number): void {
    const b = this.b;
    if (id.ignoredWrite) return;
    if (id.tdz || id.isConst) {
      if (id.tdz || id.mode === RefMode.Global) {
        const mark = b.mark();
        this.readId(id, -1); // throws in the dead zone
        b.release(mark);
      }
      if (id.isConst) {
        b.emit(Op.ThrowConstAssign);
        return;
      }
    }
    switch (id.mode) {
      case RefMode.Register:
        if (id.slot !== value) b.emit(Op.Move, id.slot, value);
        return;
      case RefMode.Context:
        b.emit(Op.StoreContext, id.hops, id.slot, value);
        return;
      default:
        b.emit(Op.StoreGlobal, id.slot, value);
    }
  }

  /** An identifier that can be assigned in place: a non-TDZ, non-const register. */
  private isPlainRegister(id: Node): boolean {
    return id.k === K.Identifier && id.mode === RefMode.Register && !id.tdz && !id.isConst && !id.ignoredWrite;
  }

  // ---- statements --------------------------------------------------------------------------

  private statements(list: Node[]): void {
    for (let i = 0; i < list.length; i++) this.statement(list[i]);
  }

  private statement(node: Node): void {
    const b = this.b;
    b.at(node);
    // statements that run no code of their own report no line event (blocks' statements report themselves)
    if (node.k !== K.BlockStatement && node.k !== K.FunctionDeclaration && node.k !== K.EmptyStatement) b.markStatement();
    const kind: K = node.k;
    switch (kind) {
      case K.ExpressionStatement:
        this.effect(node.expression);
        return;
      case K.VariableDeclaration:
        this.variableDeclaration(node);
        return;
      case K.FunctionDeclaration:
      case K.EmptyStatement:
        return;
      case K.ClassDeclaration: {
        const mark = b.mark();
        const c = this.classDefinition(node, -1);
        this.initBinding(node.id, c);
        b.release(mark);
        return;
      }
      case K.ReturnStatement: {
        const mark = b.mark();
        const r = node.argument === null ? this.undefinedRegister : this.expr(node.argument);
        b.at(node);
        this.emitReturn(r);
        b.release(mark);
        return;
      }
      case K.IfStatement: {
        const otherwise = b.label();
        this.condition(node.test, otherwise, false);
        this.statement(node.consequent);
        if (node.alternate === null) b.bind(otherwise);
        else {
          const end = b.label();
          if (!b.unreachable()) b.emit(Op.Jump, end);
          b.bind(otherwise);
          this.statement(node.alternate);
          b.bind(end);
        }
        return;
      }
      case K.BlockStatement:
        this.enterScope(node.scope);
        this.statements(node.body);
        this.leaveScope(node.scope);
        return;
      case K.ForStatement:
        this.forStatement(node);
        return;
      case K.WhileStatement: {
        // rotated: the test before the first iteration, then at the back-edge
        const target = this.pushTarget(node, true);
        const header = b.label();
        this.condition(node.test, target.breakLabel, false);
        b.bind(header);
        this.statement(node.body);
        b.bind(target.continueLabel!);
        this.backEdge(node, node.test, header, target.breakLabel);
        b.bind(target.breakLabel);
        this.targets.pop();
        return;
      }
      case K.DoWhileStatement: {
        const target = this.pushTarget(node, true);
        const header = b.label();
        b.bind(header);
        this.statement(node.body);
        b.bind(target.continueLabel!);
        this.backEdge(node, node.test, header, target.breakLabel);
        b.bind(target.breakLabel);
        this.targets.pop();
        return;
      }
      case K.ForInStatement:
      case K.ForOfStatement:
        this.forInOf(node);
        return;
      case K.BreakStatement:
      case K.ContinueStatement:
        this.breakOrContinue(node);
        return;
      case K.LabeledStatement: {
        let body = node.body;
        while (body.k === K.LabeledStatement) body = body.body;
        const isLoop = body.k === K.ForStatement || body.k === K.WhileStatement || body.k === K.DoWhileStatement
          || body.k === K.ForInStatement || body.k === K.ForOfStatement;
        if (isLoop) {
          this.statement(body); // the loop carries its labels (node.labels)
          return;
        }
        const labels: string[] = [];
        for (let n = node; n.k === K.LabeledStatement; n = n.body) labels.push(n.label.name);
        const target: JumpTarget = {
          labels, isLoop: false, breakable: false, breakLabel: b.label(), continueLabel: null,
          breakDepth: this.depth, continueDepth: this.depth, finallyDepth: this.finallies.length,
        };
        this.targets.push(target);
        this.statement(body);
        this.targets.pop();
        b.bind(target.breakLabel);
        return;
      }
      case K.SwitchStatement:
        this.switchStatement(node);
        return;
      case K.ThrowStatement: {
        const mark = b.mark();
        const r = this.expr(node.argument);
        b.at(node);
        b.emit(Op.Throw, r);
        b.release(mark);
        return;
      }
      case K.TryStatement:
        this.tryStatement(node);
        return;
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
        throw new Error(`vm compiler: ${node.type} is not a statement`);
      default:
        return unreachable(kind);
    }
  }

  private variableDeclaration(node: Node): void {
    const b = this.b;
    for (const d of node.declarations as Node[]) {
      b.at(d);
      const mark = b.mark();
      if (d.init === null) {
        if (node.kind !== 'var') this.bindPattern(d.id, this.undefinedRegister, true);
      } else if (d.id.k === K.Identifier && d.id.mode === RefMode.Register) {
        this.exprInto(d.init, d.id.slot);
      } else {
        const v = this.expr(d.init);
        this.bindPattern(d.id, v, true);
      }
      b.release(mark);
    }
  }

  private pushTarget(node: Node, isLoop: boolean): JumpTarget {
    const b = this.b;
    const target: JumpTarget = {
      labels: (node.labels as string[] | null) ?? null,
      isLoop,
      breakable: true,
      breakLabel: b.label(),
      continueLabel: isLoop ? b.label() : null,
      breakDepth: this.depth,
      continueDepth: this.depth,
      finallyDepth: this.finallies.length,
    };
    this.targets.push(target);
    return target;
  }

  private forStatement(node: Node): void {
    const b = this.b;
    const scope = (node.scope as ScopeInfo | null) ?? null;
    this.enterScope(scope);
    if (node.init !== null) {
      if (node.init.k === K.VariableDeclaration) {
        b.at(node.init);
        b.markStatement(); // a declaration initialiser is a statement of its own
        this.variableDeclaration(node.init);
      } else this.effect(node.init);
    }
    const perIteration = scope !== null && scope.contextSize > 0;
    const target = this.pushTarget(node, true);
    const header = b.label();
    if (node.test !== null) this.condition(node.test, target.breakLabel, false);
    b.bind(header);
    this.statement(node.body);
    b.bind(target.continueLabel!);
    b.at(node);
    if (perIteration) b.emit(Op.CopyContext);
    if (node.update !== null) this.effect(node.update);
    this.backEdge(node, node.test, header, target.breakLabel);
    b.bind(target.breakLabel);
    this.targets.pop();
    this.leaveScope(scope);
  }

  /**
   * A loop's back-edge to `header`, testing `test` (null: always): one LoopIf
   * instruction for a comparison or a plain value, else the condition's jumps
   * to `exit` and an unconditional Loop.
   */
  private backEdge(loop: Node, test: Node | null, header: Label, exit: Label): void {
    const b = this.b;
    if (test === null || (test.k === K.Literal && test.value === true)) {
      b.at(loop);
      b.emit(Op.Loop, header, b.loop(header));
      return;
    }
    b.at(test);
    const mark = b.mark();
    if (test.k === K.BinaryExpression && LOOP_COMPARES[test.op as BinaryOp] !== undefined) {
      const [l, r] = this.operands(test.left, test.right);
      b.at(test);
      b.emit(LOOP_COMPARES[test.op as BinaryOp] as Op.LoopIfLt, l, r, header, b.loop(header), b.site());
    } else if (test.k === K.Identifier || test.k === K.MemberExpression || test.k === K.CallExpression) {
      const r = this.expr(test);
      b.at(test);
      b.emit(Op.LoopIfTrue, r, header, b.loop(header));
    } else {
      this.condition(test, exit, false);
      b.at(loop);
      b.emit(Op.Loop, header, b.loop(header));
    }
    b.release(mark);
  }

  private forInOf(node: Node): void {
    const b = this.b;
    const isOf = node.k === K.ForOfStatement;
    const outer = b.mark();
    const right = this.expr(node.right);
    const state = b.temps(2);
    b.at(node);
    if (isOf) b.emit(Op.ForOfStart, state, right, b.constant(node.site));
    else b.emit(Op.ForInStart, state, right);
    const scope = (node.scope as ScopeInfo | null) ?? null;
    const target = this.pushTarget(node, true);
    const value = b.temp();
    const header = b.label();
    b.bind(header);
    b.emit(isOf ? Op.ForOfNext : Op.ForInNext, value, state, target.breakLabel);
    this.enterScope(scope);
    target.continueDepth = this.depth;
    const left = node.left;
    const declaration = left.k === K.VariableDeclaration;
    const mark = b.mark();
    this.bindPattern(declaration ? left.declarations[0].id : left, value, declaration);
    b.release(mark);
    this.statement(node.body);
    b.bind(target.continueLabel!);
    this.leaveScope(scope);
    b.at(node);
    b.emit(Op.Loop, header, b.loop(header));
    b.bind(target.breakLabel);
    this.targets.pop();
    b.release(outer);
  }

  private switchStatement(node: Node): void {
    const b = this.b;
    const outer = b.mark();
    // the discriminant is evaluated once, into a register no case test can assign
    const value = b.temp();
    this.expr(node.discriminant, value);
    const scope = node.scope as ScopeInfo;
    this.enterScope(scope);
    const target = this.pushTarget(node, false);
    const cases = node.cases as Node[];
    const entries = cases.map(() => b.label());
    let defaultIndex = -1;
    for (let i = 0; i < cases.length; i++) {
      const test = cases[i].test;
      if (test === null) {
        defaultIndex = i;
        continue;
      }
      const mark = b.mark();
      const t = this.expr(test);
      b.at(cases[i]);
      b.emit(Op.JumpIfStrictEq, value, t, entries[i], b.site());
      b.release(mark);
    }
    b.emit(Op.Jump, defaultIndex >= 0 ? entries[defaultIndex] : target.breakLabel);
    for (let i = 0; i < cases.length; i++) {
      b.bind(entries[i]);
      this.statements(cases[i].consequent);
    }
    b.bind(target.breakLabel);
    this.targets.pop();
    this.leaveScope(scope);
    b.release(outer);
  }

  private breakOrContinue(node: Node): void {
    const isContinue = node.k === K.ContinueStatement;
    const label = node.label === null ? null : (node.label.name as string);
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i];
      const matches = label === null
        ? (isContinue ? t.isLoop : t.breakable)
        : t.labels !== null && t.labels.includes(label) && (!isContinue || t.isLoop);
      if (matches) {
        this.jumpOut(t, isContinue);
        return;
      }
    }
    throw new Error(`vm compiler: no target for ${isContinue ? 'continue' : 'break'}${label ? ' ' + label : ''}`);
  }

  /** Jumps to a break/continue target, through any finally blocks in between. */
  private jumpOut(target: JumpTarget, isContinue: boolean): void {
    const b = this.b;
    if (this.finallies.length > target.finallyDepth) {
      const f = this.finallies[this.finallies.length - 1];
      let exit = f.exits.findIndex((e) => e.target === target && e.isContinue === isContinue);
      if (exit < 0) {
        f.exits.push({ target, isContinue });
        exit = f.exits.length - 1;
      }
      this.popContexts(f.depth);
      b.emit(Op.LoadInt, f.kindRegister, Completion.FirstExit + exit);
      b.emit(Op.Jump, f.entry);
      return;
    }
    this.popContexts(isContinue ? target.continueDepth : target.breakDepth);
    b.emit(Op.Jump, isContinue ? target.continueLabel! : target.breakLabel);
  }

  private popContexts(depth: number): void {
    for (let d = this.depth; d > depth; d--) this.b.emit(Op.PopContext);
  }

  /** `return r`, through any finally blocks. */
  private emitReturn(r: number): void {
    const b = this.b;
    if (this.finallies.length > 0) {
      const f = this.finallies[this.finallies.length - 1];
      f.hasReturn = true;
      if (r !== f.valueRegister) b.emit(Op.Move, f.valueRegister, r);
      this.popContexts(f.depth);
      b.emit(Op.LoadInt, f.kindRegister, Completion.Return);
      b.emit(Op.Jump, f.entry);
      return;
    }
    b.emit(Op.Return, r);
  }

  private tryStatement(node: Node): void {
    const b = this.b;
    const outer = b.mark();
    const depth = this.depth;
    const contextRegister = b.temp();
    b.emit(Op.SaveContext, contextRegister);
    let f: FinallyBlock | null = null;
    if (node.finalizer !== null) {
      f = { entry: b.label(), kindRegister: b.temp(), valueRegister: b.temp(), depth, hasReturn: false, exits: [] };
      this.finallies.push(f);
    }
    const start = b.offset;
    this.statement(node.block);
    const end = b.offset;
    if (node.handler !== null) {
      const handler = node.handler;
      const after = b.label();
      if (!b.unreachable()) b.emit(Op.Jump, after);
      const catchStart = b.offset;
      const exception = b.temp();
      b.at(handler);
      b.emit(Op.RestoreContext, contextRegister);
      if (end > start) b.handlers.push({ start, end, target: catchStart, valueRegister: exception, contextRegister });
      this.depth = depth;
      this.enterScope(handler.scope);
      if (handler.param !== null) this.bindPattern(handler.param, exception, true);
      this.statements(handler.body.body);
      this.leaveScope(handler.scope);
      b.bind(after);
    }
    if (f !== null) {
      const protectedEnd = b.offset;
      b.at(node.finalizer);
      b.emit(Op.LoadInt, f.kindRegister, Completion.Normal);
      b.emit(Op.Jump, f.entry);
      const catchAll = b.offset;
      b.emit(Op.RestoreContext, contextRegister);
      b.emit(Op.LoadInt, f.kindRegister, Completion.Throw);
      if (protectedEnd > start) b.handlers.push({ start, end: protectedEnd, target: catchAll, valueRegister: f.valueRegister, contextRegister });
      b.bind(f.entry);
      this.finallies.pop();
      this.depth = depth;
      this.statement(node.finalizer);
      if (!b.unreachable()) {
        b.at(node.finalizer);
        b.emit(Op.EndFinally, f.kindRegister, f.valueRegister);
        const after = b.label();
        const returns = b.label();
        const exits = f.exits.map(() => b.label());
        if (f.hasReturn) b.emit(Op.JumpIfInt, f.kindRegister, Completion.Return, returns);
        for (let i = 0; i < exits.length; i++) b.emit(Op.JumpIfInt, f.kindRegister, Completion.FirstExit + i, exits[i]);
        b.emit(Op.Jump, after);
        if (f.hasReturn) {
          b.bind(returns);
          this.emitReturn(f.valueRegister);
        }
        for (let i = 0; i < exits.length; i++) {
          b.bind(exits[i]);
          this.jumpOut(f.exits[i].target, f.exits[i].isContinue);
        }
        b.bind(after);
      }
    }
    b.release(outer);
  }

  // ---- conditions --------------------------------------------------------------------------

  /** Jumps to `label` when `node`'s truthiness is `when`; falls through otherwise. */
  private condition(node: Node, label: Label, when: boolean): void {
    const b = this.b;
    b.at(node);
    switch (node.k as K) {
      case K.UnaryExpression:
        if (node.op === UnaryOp.Not) {
          this.condition(node.argument, label, !when);
          return;
        }
        break;
      case K.LogicalExpression:
        if (node.op === LogicalOp.And) {
          if (!when) {
            this.condition(node.left, label, false);
            this.condition(node.right, label, false);
          } else {
            const skip = b.label();
            this.condition(node.left, skip, false);
            this.condition(node.right, label, true);
            b.bind(skip);
          }
          return;
        }
        if (node.op === LogicalOp.Or) {
          if (when) {
            this.condition(node.left, label, true);
            this.condition(node.right, label, true);
          } else {
            const skip = b.label();
            this.condition(node.left, skip, true);
            this.condition(node.right, label, false);
            b.bind(skip);
          }
          return;
        }
        break;
      case K.Literal:
        if (node.value === true || node.value === false) {
          if (node.value === when) b.emit(Op.Jump, label);
          return;
        }
        break;
      case K.BinaryExpression: {
        const jumps = COMPARE_JUMPS[node.op as BinaryOp];
        if (jumps !== undefined) {
          const mark = b.mark();
          const [l, r] = this.operands(node.left, node.right);
          b.at(node);
          b.emit(when ? jumps[0] : jumps[1], l, r, label, b.site());
          b.release(mark);
          return;
        }
        break;
      }
      default:
        break;
    }
    const mark = b.mark();
    const r = this.expr(node);
    b.emit(when ? Op.JumpIfTrue : Op.JumpIfFalse, r, label);
    b.release(mark);
  }

  /** Two operands evaluated left to right; the left one is copied if the right one could assign it. */
  private operands(left: Node, right: Node): [number, number] {
    const b = this.b;
    let l = this.expr(left);
    if (!b.isTemp(l) && l >= 0 && mayAssign(right)) {
      const t = b.temp();
      b.emit(Op.Move, t, l);
      l = t;
    }
    const r = this.expr(right);
    return [l, r];
  }

  // ---- expressions -------------------------------------------------------------------------

  /** Compiles `node` for its effect only. */
  private effect(node: Node): void {
    const b = this.b;
    const mark = b.mark();
    b.at(node);
    if (node.k === K.UpdateExpression && this.isPlainRegister(node.argument)) {
      const r = node.argument.slot;
      b.emit(node.op === 1 ? Op.Inc : Op.Dec, r, r, b.site());
    } else if (node.k === K.SequenceExpression) {
      for (const e of node.expressions as Node[]) this.effect(e);
    } else this.expr(node);
    b.release(mark);
  }

  /** Compiles `node` into the variable register `r` (only the last instruction writes it, or a temporary is used). */
  private exprInto(node: Node, r: number): void {
    if (writesDestinationLast(node)) {
      this.expr(node, r);
      return;
    }
    const b = this.b;
    const mark = b.mark();
    const t = this.expr(node);
    b.emit(Op.Move, r, t);
    b.release(mark);
  }

  /**
   * Compiles `node` and returns the register holding its value: `dst` when it
   * is given (>= 0), else any register (a variable's own register, a constant
   * register, or a new temporary) which the caller must not write.
   */
  private expr(node: Node, dst = -1): number {
    const b = this.b;
    b.at(node);
    const kind: K = node.k;
    switch (kind) {
      case K.Identifier:
        return this.readId(node as ResolvedIdentifier, dst);
      case K.Literal:
        return this.constantInto(node.value, dst);
      case K.ThisExpression:
        return this.loadThis(dst);
      case K.BinaryExpression: {
        const mark = b.mark();
        const [l, r] = this.operands(node.left, node.right);
        b.release(mark);
        const d = this.dest(dst, mark);
        b.at(node);
        const op = node.op as BinaryOp;
        if (op === BinaryOp.In) b.emit(Op.In, d, l, r);
        else if (op === BinaryOp.InstanceOf) b.emit(Op.InstanceOf, d, l, r);
        else b.emit(ARITHMETIC_OPS[op] as Op.Add, d, l, r, b.site());
        return d;
      }
      case K.LogicalExpression: {
        const d = this.dest(dst);
        const end = b.label();
        this.expr(node.left, d);
        b.at(node);
        const op = node.op as LogicalOp;
        b.emit(op === LogicalOp.And ? Op.JumpIfFalse : op === LogicalOp.Or ? Op.JumpIfTrue : Op.JumpIfNotNullish, d, end);
        const mark = b.mark();
        this.expr(node.right, d);
        b.release(mark);
        b.bind(end);
        return d;
      }
      case K.ConditionalExpression: {
        const d = this.dest(dst);
        const otherwise = b.label();
        const end = b.label();
        this.condition(node.test, otherwise, false);
        const mark = b.mark();
        this.expr(node.consequent, d);
        b.release(mark);
        b.emit(Op.Jump, end);
        b.bind(otherwise);
        this.expr(node.alternate, d);
        b.release(mark);
        b.bind(end);
        return d;
      }
      case K.UnaryExpression:
        return this.unary(node, dst);
      case K.UpdateExpression:
        return this.update(node, dst);
      case K.AssignmentExpression:
        return this.assignment(node, dst);
      case K.MemberExpression:
        return this.member(node, dst);
      case K.ChainExpression: {
        const d = this.dest(dst);
        const saved = this.chainExit;
        const exit = b.label();
        const end = b.label();
        this.chainExit = exit;
        const mark = b.mark();
        this.expr(node.expression, d);
        b.release(mark);
        this.chainExit = saved;
        b.emit(Op.Jump, end);
        b.bind(exit);
        b.emit(Op.Move, d, this.undefinedRegister);
        b.bind(end);
        return d;
      }
      case K.CallExpression:
        return this.call(node, dst);
      case K.NewExpression: {
        const mark = b.mark();
        let callee = this.expr(node.callee);
        if (!b.isTemp(callee) && (node.arguments as Node[]).some((a) => mayAssign(a))) {
          const t = b.temp();
          b.emit(Op.Move, t, callee);
          callee = t;
        }
        const spread = (node.arguments as Node[]).some((a) => a.k === K.SpreadElement);
        if (spread) {
          const array = this.spreadArguments(node.arguments);
          b.release(mark);
          const d = this.dest(dst, mark);
          b.at(node);
          b.emit(Op.NewSpread, d, callee, array, b.constant(expressionText(node.callee)));
          return d;
        }
        const args = this.argumentList(node.arguments);
        b.release(mark);
        const d = this.dest(dst, mark);
        b.at(node);
        b.emit(Op.New, d, callee, b.constant(expressionText(node.callee)), args);
        return d;
      }
      case K.ArrayExpression:
        return this.arrayLiteral(node, dst);
      case K.ObjectExpression:
        return this.objectLiteral(node, dst);
      case K.TemplateLiteral: {
        const d = this.dest(dst);
        const quasis = node.quasis as Node[];
        b.emit(Op.Move, d, b.constantRegister(quasis[0].value.cooked));
        const expressions = node.expressions as Node[];
        for (let i = 0; i < expressions.length; i++) {
          const mark = b.mark();
          const v = this.expr(expressions[i]);
          b.at(node);
          b.emit(Op.TemplateAppend, d, v, b.constant(quasis[i + 1].value.cooked));
          b.release(mark);
        }
        return d;
      }
      case K.FunctionExpression:
      case K.ArrowFunctionExpression: {
        const d = this.dest(dst);
        b.emit(Op.Closure, d, (node.info as FunctionInfo).id);
        return d;
      }
      case K.ClassExpression:
        return this.classDefinition(node, dst);
      case K.SequenceExpression: {
        const list = node.expressions as Node[];
        for (let i = 0; i < list.length - 1; i++) this.effect(list[i]);
        return this.expr(list[list.length - 1], dst);
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
        throw new Error(`vm compiler: ${node.type} is not an expression`);
      default:
        return unreachable(kind);
    }
  }

  private loadThis(dst: number): number {
    if (this.thisRegister >= 0) return this.move(this.thisRegister, dst);
    const d = this.dest(dst);
    this.b.emit(Op.LoadThis, d);
    return d;
  }

  /** The destination register: `dst` if given, else a new temporary (taken at `mark` when the caller released its temporaries). */
  private dest(dst: number, mark = -1): number {
    if (dst >= 0) return dst;
    if (mark >= 0) this.b.release(mark);
    return this.b.temp();
  }

  private move(src: number, dst: number): number {
    if (dst < 0 || dst === src) return src;
    this.b.emit(Op.Move, dst, src);
    return dst;
  }

  private constantInto(value: unknown, dst: number): number {
    return this.move(this.b.constantRegister(value), dst);
  }

  private unary(node: Node, dst: number): number {
    const b = this.b;
    const op = node.op as UnaryOp;
    switch (op) {
      case UnaryOp.TypeOf: {
        const arg = node.argument;
        if (arg.k === K.Identifier && arg.mode === RefMode.Global) {
          const d = this.dest(dst);
          b.emit(Op.TypeofGlobal, d, arg.slot);
          return d;
        }
        const mark = b.mark();
        const v = this.expr(arg);
        b.release(mark);
        const d = this.dest(dst, mark);
        b.at(node);
        b.emit(Op.TypeOf, d, v);
        return d;
      }
      case UnaryOp.Void: {
        this.effect(node.argument);
        return this.move(this.undefinedRegister, dst);
      }
      case UnaryOp.Delete:
        return this.deleteExpression(node, dst);
      default: {
        const mark = b.mark();
        const v = this.expr(node.argument);
        b.release(mark);
        const d = this.dest(dst, mark);
        b.at(node);
        switch (op) {
          case UnaryOp.Neg:
            b.emit(Op.Neg, d, v, b.site());
            break;
          case UnaryOp.Plus:
            b.emit(Op.ToNumber, d, v);
            break;
          case UnaryOp.Not:
            b.emit(Op.Not, d, v);
            break;
          case UnaryOp.BitNot:
            b.emit(Op.BitNot, d, v, b.site());
            break;
          default:
            return unreachable(op as never);
        }
        return d;
      }
    }
  }

  private deleteExpression(node: Node, dst: number): number {
    const b = this.b;
    let arg = node.argument;
    if (arg.k !== K.MemberExpression && arg.k !== K.ChainExpression) {
      if (arg.k !== K.Identifier) this.effect(arg);
      else if (isImplicitGlobal(arg as ResolvedIdentifier, this.program)) {
        // `delete x` of a global made by assignment (or of no variable at all) removes it
        const mark = b.mark();
        const hole = b.temp();
        b.emit(Op.LoadHole, hole);
        b.emit(Op.InitGlobal, arg.slot, hole);
        b.release(mark);
        return this.constantInto(true, dst);
      }
      return this.constantInto(arg.k !== K.Identifier, dst);
    }
    const d = this.dest(dst);
    let exit: Label | null = null;
    const saved = this.chainExit;
    if (arg.k === K.ChainExpression) {
      exit = b.label();
      this.chainExit = exit;
      arg = arg.expression;
    }
    const mark = b.mark();
    const object = this.expr(arg.object);
    if (arg.optional) b.emit(Op.JumpIfNullish, object, this.chainExit!);
    const key = arg.computed ? this.expr(arg.property) : b.constantRegister(arg.property.name);
    b.at(node);
    b.emit(Op.Delete, d, object, key);
    b.release(mark);
    this.chainExit = saved;
    if (exit !== null) {
      const end = b.label();
      b.emit(Op.Jump, end);
      b.bind(exit);
      b.emit(Op.Move, d, b.constantRegister(true));
      b.bind(end);
    }
    return d;
  }

  private member(node: Node, dst: number): number {
    const b = this.b;
    if (node.object.k === K.Super) {
      const mark = b.mark();
      const key = this.propertyKey(node);
      b.release(mark);
      const d = this.dest(dst, mark);
      b.at(node);
      b.emit(Op.SuperGet, d, key);
      return d;
    }
    const mark = b.mark();
    let object = this.expr(node.object);
    if (node.optional) b.emit(Op.JumpIfNullish, object, this.chainExit!);
    if (!node.computed) {
      b.release(mark);
      const d = this.dest(dst, mark);
      b.at(node);
      const name = node.property.name as string;
      if (name === 'length') b.emit(Op.GetLength, d, object);
      else b.emit(Op.GetNamed, d, object, b.constant(name), b.cache(CacheKind.Get));
      return d;
    }
    if (!b.isTemp(object) && mayAssign(node.property)) {
      const t = b.temp();
      b.emit(Op.Move, t, object);
      object = t;
    }
    const key = this.expr(node.property);
    b.release(mark);
    const d = this.dest(dst, mark);
    b.at(node);
    b.emit(Op.GetElem, d, object, key, b.site());
    return d;
  }

  /** The key of a member expression as a register: a constant name, or the computed key made a property key. */
  private propertyKey(member: Node): number {
    const b = this.b;
    if (!member.computed) return b.constantRegister(member.property.name);
    const k = this.expr(member.property);
    const t = b.temp();
    b.emit(Op.ToPropertyKey, t, k);
    return t;
  }

  // ---- calls -------------------------------------------------------------------------------

  /** Evaluates arguments (no spread) into consecutive new temporaries. */
  private argumentWindow(args: Node[]): [number, number] {
    const b = this.b;
    const start = b.temps(args.length);
    for (let i = 0; i < args.length; i++) {
      const mark = b.mark();
      this.expr(args[i], start + i);
      b.release(mark);
    }
    return [start, args.length];
  }

  /**
   * Evaluates arguments (no spread) into registers for a call's list: a local's
   * or constant's own register, else a temporary (a local is copied when a later
   * argument could assign it).
   */
  private argumentList(args: Node[]): number[] {
    const b = this.b;
    const regs: number[] = [];
    for (let i = 0; i < args.length; i++) {
      let r = this.expr(args[i]);
      if (r >= 0 && !b.isTemp(r) && args.slice(i + 1).some((a) => mayAssign(a))) {
        const t = b.temp();
        b.emit(Op.Move, t, r);
        r = t;
      }
      regs.push(r);
    }
    return regs;
  }

  /** Evaluates arguments with spread into a new array (a temporary). */
  private spreadArguments(args: Node[]): number {
    const b = this.b;
    const array = b.temp();
    b.emit(Op.NewArray, array, array, 0);
    for (const a of args) {
      const mark = b.mark();
      b.at(a);
      if (a.k === K.SpreadElement) {
        const v = this.expr(a.argument);
        b.at(a);
        b.emit(Op.ArrayAppendSpread, array, v, b.constant(a.site));
      } else {
        const v = this.expr(a);
        b.emit(Op.ArrayAppend, array, v);
      }
      b.release(mark);
    }
    return array;
  }

  private call(node: Node, dst: number): number {
    const b = this.b;
    const callee = node.callee;
    const args = node.arguments as Node[];
    const spread = args.some((a) => a.k === K.SpreadElement);
    const text = b.constant(expressionText(callee));
    const mark = b.mark();
    if (callee.k === K.Super) {
      if (spread) {
        const array = this.spreadArguments(args);
        b.release(mark);
        const d = this.dest(dst, mark);
        b.at(node);
        b.emit(Op.SuperCallSpread, d, array);
        return d;
      }
      const list = this.argumentList(args);
      b.release(mark);
      const d = this.dest(dst, mark);
      b.at(node);
      b.emit(Op.SuperCall, d, list);
      return d;
    }
    let fn: number;
    let receiver = this.undefinedRegister;
    if (callee.k === K.MemberExpression) {
      if (callee.object.k === K.Super) {
        receiver = this.loadThis(-1);
        const key = this.propertyKey(callee);
        fn = b.temp();
        b.at(callee);
        b.emit(Op.SuperGet, fn, key);
      } else {
        receiver = this.expr(callee.object);
        if (callee.optional) b.emit(Op.JumpIfNullish, receiver, this.chainExit!);
        if (!b.isTemp(receiver) && (args.some((a) => mayAssign(a)) || (callee.computed && mayAssign(callee.property)))) {
          const t = b.temp();
          b.emit(Op.Move, t, receiver);
          receiver = t;
        }
        if (!callee.computed && !node.optional && !spread && args.every((a) => isPureArgument(a, this.program))) {
          // receiver.name(args): one instruction (the lookup cannot be observed to happen after the arguments)
          const list = this.argumentList(args);
          b.release(mark);
          const d = this.dest(dst, mark);
          b.at(node);
          b.emit(Op.CallMethod, d, receiver, b.constant(callee.property.name), b.cache(CacheKind.Call), text, list);
          return d;
        }
        fn = b.temp();
        b.at(callee);
        if (callee.computed) {
          const key = this.expr(callee.property);
          b.at(callee);
          b.emit(Op.GetElem, fn, receiver, key, b.site());
        } else if (callee.property.name === 'length') b.emit(Op.GetLength, fn, receiver);
        else b.emit(Op.GetNamed, fn, receiver, b.constant(callee.property.name), b.cache(CacheKind.Get));
      }
    } else if (callee.k === K.ChainExpression && callee.expression.k === K.MemberExpression) {
      // `(a?.b)()` calls with `this` = a, as `a.b()` does; a short-circuited chain calls undefined
      const member = callee.expression;
      const saved = this.chainExit;
      const exit = b.label();
      const end = b.label();
      this.chainExit = exit;
      receiver = b.temp();
      fn = b.temp();
      this.expr(member.object, receiver);
      if (member.optional) b.emit(Op.JumpIfNullish, receiver, exit);
      b.at(member);
      if (member.computed) {
        const key = this.expr(member.property);
        b.at(member);
        b.emit(Op.GetElem, fn, receiver, key, b.site());
      } else b.emit(Op.GetNamed, fn, receiver, b.constant(member.property.name), b.cache(CacheKind.Get));
      this.chainExit = saved;
      b.emit(Op.Jump, end);
      b.bind(exit);
      b.emit(Op.Move, fn, this.undefinedRegister);
      b.bind(end);
    } else if (callee.k === K.Identifier && callee.mode === RefMode.Global && !node.optional && !spread && this.constantGlobals.has(callee.slot)) {
      // a global function nothing reassigns: read it at the call
      const list = this.argumentList(args);
      b.release(mark);
      const d = this.dest(dst, mark);
      b.at(node);
      b.emit(Op.CallGlobal, d, callee.slot, text, list);
      return d;
    } else {
      fn = this.expr(callee);
      if (!b.isTemp(fn) && args.some((a) => mayAssign(a))) {
        const t = b.temp();
        b.emit(Op.Move, t, fn);
        fn = t;
      }
    }
    if (node.optional) b.emit(Op.JumpIfNullish, fn, this.chainExit!);
    if (spread) {
      const array = this.spreadArguments(args);
      b.release(mark);
      const d = this.dest(dst, mark);
      b.at(node);
      b.emit(Op.CallSpread, d, fn, receiver, array, text);
      return d;
    }
    const list = this.argumentList(args);
    b.release(mark);
    const d = this.dest(dst, mark);
    b.at(node);
    if (receiver === this.undefinedRegister) b.emit(Op.Call, d, fn, text, list);
    else b.emit(Op.CallThis, d, fn, receiver, text, list);
    return d;
  }

  // ---- literals ----------------------------------------------------------------------------

  private arrayLiteral(node: Node, dst: number): number {
    const b = this.b;
    const elements = node.elements as (Node | null)[];
    const simple = elements.every((e) => e !== null && e.k !== K.SpreadElement);
    if (simple) {
      const mark = b.mark();
      const [start, count] = this.argumentWindow(elements as Node[]);
      b.release(mark);
      const d = this.dest(dst, mark);
      b.at(node);
      b.emit(Op.NewArray, d, start, count);
      return d;
    }
    const d = this.dest(dst);
    b.emit(Op.NewArray, d, d, 0);
    for (const e of elements) {
      const mark = b.mark();
      if (e === null) b.emit(Op.ArrayAppendHole, d);
      else if (e.k === K.SpreadElement) {
        const v = this.expr(e.argument);
        b.at(e);
        b.emit(Op.ArrayAppendSpread, d, v, b.constant(e.site));
      } else {
        const v = this.expr(e);
        b.emit(Op.ArrayAppend, d, v);
      }
      b.release(mark);
    }
    return d;
  }

  private objectLiteral(node: Node, dst: number): number {
    const b = this.b;
    const d = this.dest(dst);
    b.emit(Op.NewObject, d);
    for (const p of node.properties as Node[]) {
      const mark = b.mark();
      b.at(p);
      if (p.k === K.SpreadElement) {
        const source = this.expr(p.argument);
        b.at(p);
        b.emit(Op.ObjectSpread, d, source);
      } else if (p.computed) {
        const k = this.expr(p.key);
        const key = b.temp();
        b.emit(Op.ToPropertyKey, key, k);
        const v = this.expr(p.value);
        b.at(p);
        const value = p.value as Node;
        if (!value.id && (value.k === K.FunctionExpression || value.k === K.ArrowFunctionExpression || value.k === K.ClassExpression)) {
          b.emit(Op.NameFunction, v, key);
        }
        b.emit(p.method ? Op.InitMethod : Op.InitPropKey, d, key, v);
      } else {
        const name = propertyName(p.key);
        const v = this.expr(p.value);
        b.at(p);
        if (p.method) b.emit(Op.InitMethod, d, b.constantRegister(name), v);
        else b.emit(Op.InitProp, d, b.constant(name), v, b.cache(CacheKind.Init));
      }
      b.release(mark);
    }
    return d;
  }

  // ---- classes -----------------------------------------------------------------------------

  private classDefinition(node: Node, dst: number): number {
    const b = this.b;
    const d = this.dest(dst);
    const mark = b.mark();
    const parent = node.superClass !== null ? this.expr(node.superClass) : this.undefinedRegister;
    const scope = node.scope as ScopeInfo;
    const depth = this.depth;
    this.enterScope(scope);
    const ctor = b.temp();
    const proto = b.temp();
    b.at(node);
    b.emit(Op.CreateClass, ctor, parent, b.classEntry(node));
    b.emit(Op.ClassPrototype, proto, ctor);
    if (node.innerId) this.initBinding(node.innerId, ctor);
    const members = node.body.body as Node[];
    const instanceCount = (node.instanceFields as Node[]).length;
    const staticCount = (node.staticFields as Node[]).length;
    const instanceKeys = b.temps(instanceCount);
    const staticKeys = b.temps(staticCount);
    let instanceIndex = 0;
    let staticIndex = 0;
    for (const member of members) {
      if (member.k === K.MethodDefinition && member.kind === 'constructor') continue;
      const m = b.mark();
      b.at(member);
      let key: number;
      if (member.computed) {
        const k = this.expr(member.key);
        key = b.temp();
        b.emit(Op.ToPropertyKey, key, k);
        if (member.static) b.emit(Op.CheckStaticKey, key);
      } else key = b.constantRegister(propertyName(member.key));
      if (member.k === K.MethodDefinition) {
        const fn = b.temp();
        b.emit(Op.Closure, fn, (member.value.info as FunctionInfo).id);
        if (member.computed) b.emit(Op.NameFunction, fn, key); // a method named by a computed key
        b.emit(Op.DefineMethod, member.static ? ctor : proto, key, fn);
      } else if (member.static) b.emit(Op.Move, staticKeys + staticIndex++, key);
      else b.emit(Op.Move, instanceKeys + instanceIndex++, key);
      b.release(m);
    }
    b.at(node);
    b.emit(Op.SetFieldKeys, ctor, instanceKeys, instanceCount);
    if (node.staticFieldsInfo) b.emit(Op.RunStaticFields, ctor, staticKeys, staticCount);
    b.emit(Op.Move, d, ctor);
    this.leaveScope(scope);
    this.depth = depth;
    b.release(mark);
    return d;
  }

  // ---- assignment and update ----------------------------------------------------------------

  private assignment(node: Node, dst: number): number {
    const b = this.b;
    const left = node.left;
    const kind = node.assign as AssignKind;
    if (left.k === K.Identifier) {
      const id = left as ResolvedIdentifier;
      if (kind === AssignKind.Plain) {
        if (this.isPlainRegister(id)) {
          this.exprInto(node.right, id.slot);
          return this.move(id.slot, dst);
        }
        const mark = b.mark();
        const v = this.expr(node.right);
        b.at(node);
        this.assignId(id, v);
        if (dst >= 0) {
          b.emit(Op.Move, dst, v);
          b.release(mark);
          return dst;
        }
        if (b.isTemp(v)) return v; // keep it (not released)
        b.release(mark);
        return v;
      }
      if (kind === AssignKind.Compound) {
        if (this.isPlainRegister(id)) {
          const [l, r] = this.operands(id, node.right);
          b.at(node);
          b.emit(ARITHMETIC_OPS[node.op] as Op.Add, id.slot, l, r, b.site());
          return this.move(id.slot, dst);
        }
        const d = this.dest(dst);
        const mark = b.mark();
        this.readId(id, d);
        const r = this.expr(node.right);
        b.at(node);
        b.emit(ARITHMETIC_OPS[node.op] as Op.Add, d, d, r, b.site());
        this.assignId(id, d);
        b.release(mark);
        return d;
      }
      // logical assignment: the right side runs (and the binding is written) only when needed
      const d = this.isPlainRegister(id) && dst < 0 ? id.slot : this.dest(dst);
      const end = b.label();
      this.readId(id, d);
      b.at(node);
      b.emit(this.logicalSkip(node.op), d, end);
      const mark = b.mark();
      if (b.isTemp(d)) this.expr(node.right, d);
      else this.exprInto(node.right, d);
      b.at(node);
      this.assignId(id, d);
      b.release(mark);
      b.bind(end);
      return d;
    }
    if (left.k === K.MemberExpression) return this.memberAssignment(node, dst);
    // destructuring assignment
    const d = this.dest(dst);
    this.expr(node.right, d);
    const mark = b.mark();
    this.bindPattern(left, d, false);
    b.release(mark);
    return d;
  }

  /** The jump that skips a logical assignment's right side. */
  private logicalSkip(op: LogicalOp): Op.JumpIfFalse | Op.JumpIfTrue | Op.JumpIfNotNullish {
    return op === LogicalOp.And ? Op.JumpIfFalse : op === LogicalOp.Or ? Op.JumpIfTrue : Op.JumpIfNotNullish;
  }

  private memberAssignment(node: Node, dst: number): number {
    const b = this.b;
    const left = node.left;
    const kind = node.assign as AssignKind;
    if (left.object.k === K.Super) throw new Error('vm compiler: assignment to a super property is not supported');
    if (kind === AssignKind.Plain) return this.plainMemberAssignment(node, dst);
    const d = this.dest(dst);
    const mark = b.mark();
    let object = this.expr(left.object);
    const rest = left.computed ? [left.property, node.right] : [node.right];
    if (!b.isTemp(object) && rest.some((n) => mayAssign(n))) {
      const t = b.temp();
      b.emit(Op.Move, t, object);
      object = t;
    }
    let key = -1;
    if (left.computed) {
      key = this.expr(left.property);
      if (!b.isTemp(key) && mayAssign(node.right)) {
        const t = b.temp();
        b.emit(Op.Move, t, key);
        key = t;
      }
    }
    // (GetElem and SetElem each make the key a property key, as V8 does: an object key's toString runs twice)
    const name = left.computed ? -1 : b.constant(left.property.name);
    b.at(node);
    if (left.computed) b.emit(Op.GetElem, d, object, key, b.site());
    else b.emit(Op.GetNamed, d, object, name, b.cache(CacheKind.Get));
    const end = b.label();
    if (kind === AssignKind.Compound) {
      const r = this.expr(node.right);
      b.at(node);
      b.emit(ARITHMETIC_OPS[node.op] as Op.Add, d, d, r, b.site());
    } else {
      b.emit(this.logicalSkip(node.op), d, end);
      this.expr(node.right, d);
      b.at(node);
    }
    if (left.computed) b.emit(Op.SetElem, object, key, d, b.site());
    else b.emit(Op.SetNamed, object, name, d, b.cache(CacheKind.Set));
    b.bind(end);
    b.release(mark);
    return d;
  }

  /** `obj.key = value`: the value is stored from whatever register it is in (no copy when the result is unused). */
  private plainMemberAssignment(node: Node, dst: number): number {
    const b = this.b;
    const left = node.left;
    const mark = b.mark();
    let object = this.expr(left.object);
    const rest = left.computed ? [left.property, node.right] : [node.right];
    if (!b.isTemp(object) && rest.some((n) => mayAssign(n))) {
      const t = b.temp();
      b.emit(Op.Move, t, object);
      object = t;
    }
    let key = -1;
    if (left.computed) {
      key = this.expr(left.property);
      if (!b.isTemp(key) && mayAssign(node.right)) {
        const t = b.temp();
        b.emit(Op.Move, t, key);
        key = t;
      }
    }
    const value = this.expr(node.right, dst);
    b.at(node);
    if (left.computed) b.emit(Op.SetElem, object, key, value, b.site());
    else b.emit(Op.SetNamed, object, b.constant(left.property.name), value, b.cache(CacheKind.Set));
    // the value's register stays taken when it is a temporary of ours (the caller reads the result from it)
    if (!(value >= mark)) b.release(mark);
    return value;
  }

  private update(node: Node, dst: number): number {
    const b = this.b;
    const arg = node.argument;
    const step = node.op === 1 ? Op.Inc : Op.Dec;
    if (arg.k === K.Identifier) {
      const id = arg as ResolvedIdentifier;
      if (this.isPlainRegister(id)) {
        if (node.prefix) {
          b.emit(step, id.slot, id.slot, b.site());
          return this.move(id.slot, dst);
        }
        const d = this.dest(dst);
        b.emit(Op.ToNumeric, d, id.slot, b.site());
        b.emit(step, id.slot, d, b.site());
        return d;
      }
      const d = this.dest(dst);
      const mark = b.mark();
      const old = this.readId(id, -1);
      b.at(node);
      if (node.prefix) {
        b.emit(step, d, old, b.site());
        this.assignId(id, d);
      } else {
        b.emit(Op.ToNumeric, d, old, b.site());
        const t = b.temp();
        b.emit(step, t, d, b.site());
        this.assignId(id, t);
      }
      b.release(mark);
      return d;
    }
    if (arg.object.k === K.Super) throw new Error('vm compiler: update of a super property is not supported');
    const d = this.dest(dst);
    const mark = b.mark();
    const object = this.expr(arg.object);
    let key = -1;
    // (read and write each convert the key, as in a compound assignment)
    if (arg.computed) key = this.expr(arg.property);
    const name = arg.computed ? -1 : b.constant(arg.property.name);
    const old = b.temp();
    b.at(node);
    if (arg.computed) b.emit(Op.GetElem, old, object, key, b.site());
    else b.emit(Op.GetNamed, old, object, name, b.cache(CacheKind.Get));
    const numeric = node.prefix ? old : d;
    b.emit(Op.ToNumeric, numeric, old, b.site());
    const value = node.prefix ? d : b.temp();
    b.emit(step, value, numeric, b.site());
    if (arg.computed) b.emit(Op.SetElem, object, key, value, b.site());
    else b.emit(Op.SetNamed, object, name, value, b.cache(CacheKind.Set));
    b.release(mark);
    return d;
  }

  // ---- patterns ----------------------------------------------------------------------------

  /** Binds (`init`) or assigns a pattern from the value in register `value`. */
  private bindPattern(pattern: Node, value: number, init: boolean): void {
    const b = this.b;
    b.at(pattern);
    switch (pattern.k as K) {
      case K.Identifier:
        if (init) this.initBinding(pattern as ResolvedIdentifier, value);
        else this.assignId(pattern as ResolvedIdentifier, value);
        return;
      case K.MemberExpression: {
        if (pattern.object.k === K.Super) throw new Error('vm compiler: assignment to a super property is not supported');
        const mark = b.mark();
        const object = this.expr(pattern.object);
        b.at(pattern);
        if (pattern.computed) {
          const key = this.expr(pattern.property);
          b.at(pattern);
          b.emit(Op.SetElem, object, key, value, b.site());
        } else b.emit(Op.SetNamed, object, b.constant(pattern.property.name), value, b.cache(CacheKind.Set));
        b.release(mark);
        return;
      }
      case K.AssignmentPattern: {
        const mark = b.mark();
        let v = value;
        if (!b.isTemp(v)) {
          v = b.temp();
          b.emit(Op.Move, v, value);
        }
        const given = b.label();
        b.emit(Op.JumpIfNotUndefined, v, given);
        const m = b.mark();
        this.expr(pattern.right, v);
        b.release(m);
        b.bind(given);
        this.bindPattern(pattern.left, v, init);
        b.release(mark);
        return;
      }
      case K.ObjectPattern: {
        const properties = pattern.properties as Node[];
        b.emit(Op.RequireObject, value, b.constant(pattern.site));
        const hasRest = properties.some((p) => p.k === K.RestElement);
        const mark = b.mark();
        const keys = hasRest ? b.temps(properties.length) : -1;
        let used = 0;
        for (const p of properties) {
          const m = b.mark();
          b.at(p);
          if (p.k === K.RestElement) {
            const rest = b.temp();
            b.emit(Op.ObjectRest, rest, value, keys, used);
            this.bindPattern(p.argument, rest, init);
            b.release(m);
            continue;
          }
          const v = b.temp();
          if (p.computed) {
            const k = this.expr(p.key);
            const key = hasRest ? keys + used : b.temp();
            b.emit(Op.ToPropertyKey, key, k);
            b.at(p);
            b.emit(Op.GetElem, v, value, key, b.site());
          } else {
            const name = propertyName(p.key);
            if (hasRest) b.emit(Op.Move, keys + used, b.constantRegister(name));
            if (name === 'length') b.emit(Op.GetLength, v, value);
            else b.emit(Op.GetNamed, v, value, b.constant(name), b.cache(CacheKind.Get));
          }
          used++;
          this.bindPattern(p.value, v, init);
          b.release(m);
        }
        b.release(mark);
        return;
      }
      case K.ArrayPattern: {
        const mark = b.mark();
        const state = b.temps(2);
        b.emit(Op.IterStart, state, value, b.constant(pattern.site));
        for (const e of pattern.elements as (Node | null)[]) {
          const m = b.mark();
          const v = b.temp();
          if (e !== null && e.k === K.RestElement) {
            b.at(e);
            b.emit(Op.IterRest, v, state);
            this.bindPattern(e.argument, v, init);
            b.release(m);
            break;
          }
          b.emit(Op.IterNext, v, state);
          if (e !== null) this.bindPattern(e, v, init);
          b.release(m);
        }
        b.release(mark);
        return;
      }
      default:
        throw new Error(`vm compiler: cannot bind to ${pattern.type}`);
    }
  }
}

function unreachable(x: never): never {
  throw new Error(`vm compiler: unhandled case ${String(x)}`);
}
