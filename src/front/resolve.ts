// Scope resolution, done once for every tier: declares every binding in its scope
// (with `var` and function hoisting and block-scoped `let`/`const`/`class`), finds
// which bindings are captured by inner functions, and assigns each a home:
//   - top-level declarations of the script and unknown names  -> global slots
//   - bindings only used by their own function               -> registers of the frame
//   - bindings captured by an inner function                 -> slots of a heap context
// Then every identifier is annotated with (mode, slot, hops, tdz, isConst), and every
// scope-opening node with a ScopeInfo, so no tier ever looks a name up at run time.

import type { FunctionInfo, GlobalInfo, GlobalKind, Node, Program, ResolvedIdentifier, ScopeInfo } from './ast.js';
import { RefMode } from './ast.js';
import { toSyntaxNode } from './syntax-node.js';
import { kindOfType } from './syntax.js';

type BindingKind = 'var' | 'let' | 'const' | 'function' | 'param' | 'class' | 'catch' | 'self' | 'classInner';

interface Binding {
  name: string;
  kind: BindingKind;
  scope: Scope;
  captured: boolean;
  /** End offset of the declaration: same-function reads after it need no TDZ check. */
  declEnd: number;
  /** Declared directly in a switch case, where "after the declaration" does not imply initialised. */
  inSwitch: boolean;
  tdzRead: boolean;
  mode: RefMode;
  slot: number;
  declarations: ResolvedIdentifier[];
}

class Scope {
  readonly bindings = new Map<string, Binding>();
  readonly functions: Node[] = [];
  contextSize = 0;
  /** Strict-mode code: in a class, or under a "use strict" directive. */
  strict: boolean;
  /** A for-in/of head's dead zone: its bindings are never initialised (see deadZone). */
  dead = false;
  constructor(
    readonly parent: Scope | null,
    readonly func: FuncState,
    readonly isFunctionScope: boolean,
    readonly isSwitch = false,
  ) {
    this.strict = parent?.strict ?? false;
  }
}

/** Where a method's source text begins: at `async`, `get`, `*` or its key, after `static` (V8 leaves that out). */
function methodStart(member: Node, source: string): number {
  if (!member.static) return member.start;
  let i = member.start + 'static'.length;
  while (/\s/.test(source[i])) i++;
  return i;
}

/** A body whose directive prologue has "use strict". */
function hasUseStrict(body: Node[]): boolean {
  for (const s of body) {
    if (s.type !== 'ExpressionStatement' || typeof s.directive !== 'string') return false;
    if (s.directive === 'use strict') return true;
  }
  return false;
}

interface FuncState {
  info: FunctionInfo;
  parent: FuncState | null;
  registerCount: number;
  /** With non-simple parameters: the parameter scope, which the body's own scope sits in. */
  paramScope?: Scope;
}

interface Reference {
  id: ResolvedIdentifier;
  scope: Scope;
  func: FuncState;
  /** The identifier that declares the binding (an initialising write, never a TDZ read). */
  declaring: boolean;
  /** An assignment's target. */
  write: boolean;
}

/** Scope facts for ScopeInfo, filled in after allocation. */
interface PendingScope {
  scope: Scope;
  info: ScopeInfo;
}

const LEXICAL: ReadonlySet<BindingKind> = new Set(['let', 'const', 'class']);

export function resolveProgram(root: Node, file: string, source: string): Program {
  const functions: FunctionInfo[] = [];
  const references: Reference[] = [];
  const scopes: PendingScope[] = [];
  const globals: GlobalInfo[] = [];
  const globalIndex = new Map<string, number>();

  const newInfo = (node: Node, kind: FunctionInfo['kind'], name: string): FunctionInfo => {
    const info: FunctionInfo = {
      id: functions.length,
      name,
      node,
      kind,
      registerCount: 0,
      scope: emptyScopeInfo(),
      simpleParams: true,
      length: 0,
      selfBinding: null,
      derived: false,
      strict: false,
      sourceStart: node.start,
      line: node.loc.start.line,
      column: node.loc.start.column,
    };
    functions.push(info);
    return info;
  };

  const openScope = (node: Node | null, parent: Scope | null, func: FuncState, isFunctionScope: boolean, isSwitch = false): Scope => {
    const scope = new Scope(parent, func, isFunctionScope, isSwitch);
    const info = isFunctionScope ? func.info.scope : emptyScopeInfo();
    if (node && !isFunctionScope) node.scope = info;
    scopes.push({ scope, info });
    return scope;
  };

  const scriptInfo = newInfo(root, 'script', '<script>');
  const scriptFunc: FuncState = { info: scriptInfo, parent: null, registerCount: 0 };
  root.info = scriptInfo;
  const scriptScope = openScope(root, null, scriptFunc, true);
  scriptScope.strict = scriptInfo.strict = hasUseStrict(root.body);

  const globalSlot = (name: string, kind: GlobalKind): number => {
    let index = globalIndex.get(name);
    if (index === undefined) {
      index = globals.length;
      globals.push({ name, kind });
      globalIndex.set(name, index);
    } else if (kind !== 'implicit' && globals[index].kind === 'implicit') {
      globals[index].kind = kind;
    }
    return index;
  };

  // ---- declaration pass ------------------------------------------------------------

  const declare = (scope: Scope, id: Node, kind: BindingKind, declEnd: number): Binding => {
    const name = id.name as string;
    let binding = scope.bindings.get(name);
    if (!binding) {
      binding = {
        name, kind, scope, captured: false, declEnd, inSwitch: scope.isSwitch,
        tdzRead: false, mode: RefMode.Register, slot: -1, declarations: [],
      };
      scope.bindings.set(name, binding);
    } else if (kind === 'function' || (binding.kind === 'param' && kind === 'var')) {
      if (kind === 'function') binding.kind = binding.kind === 'param' ? 'param' : 'function';
    }
    binding.declarations.push(id as ResolvedIdentifier);
    return binding;
  };

  /** The scope `var` declarations hoist to. */
  const varScope = (scope: Scope): Scope => {
    let s = scope;
    while (!s.isFunctionScope) s = s.parent!;
    return s;
  };

  const reference = (id: Node, scope: Scope, declaring = false, write = false) => {
    references.push({ id: id as ResolvedIdentifier, scope, func: scope.func, declaring, write });
  };

  /** Assignment targets: identifiers are references; member expressions are expressions. */
  const assignmentTarget = (target: Node, scope: Scope): void => {
    switch (target.type) {
      case 'Identifier':
        reference(target, scope, false, true);
        return;
      case 'MemberExpression':
        expression(target, scope);
        return;
      case 'ObjectPattern':
        for (const prop of target.properties) {
          if (prop.type === 'RestElement') assignmentTarget(prop.argument, scope);
          else {
            if (prop.computed) expression(prop.key, scope);
            assignmentTarget(prop.value, scope);
          }
        }
        return;
      case 'ArrayPattern':
        for (const element of target.elements) if (element) assignmentTarget(element, scope);
        return;
      case 'RestElement':
        assignmentTarget(target.argument, scope);
        return;
      case 'AssignmentPattern':
        assignmentTarget(target.left, scope);
        namedValue(target.right, scope, target.left.type === 'Identifier' ? target.left.name : undefined);
        return;
      default:
        expression(target, scope);
    }
  };

  /** Hoists declarations that belong to `scope` from a statement list (functions, lexical names, vars). */
  const hoist = (statements: Node[], scope: Scope): void => {
    for (const statement of statements) hoistStatement(statement, scope, true);
  };

  const hoistStatement = (statement: Node, scope: Scope, direct: boolean): void => {
    switch (statement.type) {
      case 'FunctionDeclaration':
        if (direct) {
          declare(scope, statement.id, 'function', statement.start);
          scope.functions.push(statement);
        }
        return;
      case 'ClassDeclaration':
        if (direct) declare(scope, statement.id, 'class', statement.end);
        return;
      case 'VariableDeclaration':
        if (statement.kind === 'var') {
          for (const d of statement.declarations) hoistVarNames(d.id, scope);
        } else if (direct) {
          for (const d of statement.declarations) declareLexicalNames(d.id, scope, statement.kind, d.end);
        }
        return;
      // vars inside nested statements hoist to the function scope
      case 'IfStatement':
        hoistStatement(statement.consequent, scope, false);
        if (statement.alternate) hoistStatement(statement.alternate, scope, false);
        return;
      case 'ForStatement':
        if (statement.init && statement.init.type === 'VariableDeclaration') hoistStatement(statement.init, scope, false);
        hoistStatement(statement.body, scope, false);
        return;
      case 'ForInStatement':
      case 'ForOfStatement':
        if (statement.left.type === 'VariableDeclaration') hoistStatement(statement.left, scope, false);
        hoistStatement(statement.body, scope, false);
        return;
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'LabeledStatement':
        hoistStatement(statement.body, scope, false);
        return;
      case 'BlockStatement':
        for (const s of statement.body) hoistStatement(s, scope, false);
        return;
      case 'SwitchStatement':
        for (const c of statement.cases) for (const s of c.consequent) hoistStatement(s, scope, false);
        return;
      case 'TryStatement':
        hoistStatement(statement.block, scope, false);
        if (statement.handler) hoistStatement(statement.handler.body, scope, false);
        if (statement.finalizer) hoistStatement(statement.finalizer, scope, false);
        return;
      default:
        return;
    }
  };

  const hoistVarNames = (pattern: Node, scope: Scope): void => {
    const target = varScope(scope);
    for (const id of patternIdentifiers(pattern)) declare(target, id, 'var', 0);
  };

  /**
   * With non-simple parameters the body's `var x` is a binding of its own, apart from a
   * parameter `x` (closures in the parameter list keep seeing the parameter), that starts
   * with the parameter's value (FunctionDeclarationInstantiation, step 28): a synthetic
   * `var x = x` at the top of the body, whose initialiser reads the parameter. A function
   * declaration of that name sets the binding itself, later in the spec's order, so it
   * gets no copy. (Added after the body's statements were visited: its identifiers are
   * referenced here, each from its own scope.)
   */
  const copyParametersToVars = (body: Node, paramScope: Scope, bodyScope: Scope): void => {
    const copies: Node[] = [];
    for (const [name, binding] of bodyScope.bindings) {
      const param = paramScope.bindings.get(name);
      if (binding.kind !== 'var' || param === undefined) continue;
      const id = (): Node => {
        const node = toSyntaxNode({ type: 'Identifier', start: body.start, end: body.start, loc: body.loc, name });
        node.k = param.declarations[0].k;
        return node;
      };
      const target = id();
      const value = id();
      binding.declarations.push(target as ResolvedIdentifier);
      const declarator = toSyntaxNode({ type: 'VariableDeclarator', start: body.start, end: body.start, loc: body.loc, id: target, init: value });
      declarator.k = kindOfType('VariableDeclarator')!;
      const declaration = toSyntaxNode({ type: 'VariableDeclaration', start: body.start, end: body.start, loc: body.loc, kind: 'var', declarations: [declarator] });
      declaration.k = kindOfType('VariableDeclaration')!;
      reference(value, paramScope);
      reference(target, bodyScope, true);
      copies.push(declaration);
    }
    if (copies.length === 0) return;
    let prologue = 0;
    while (prologue < body.body.length && typeof body.body[prologue].directive === 'string') prologue++;
    body.body.splice(prologue, 0, ...copies);
  };
  const declareLexicalNames = (pattern: Node, scope: Scope, kind: string, declEnd: number): void => {
    for (const id of patternIdentifiers(pattern)) declare(scope, id, kind as BindingKind, declEnd);
  };

  // ---- statements and expressions ------------------------------------------------

  const statements = (list: Node[], scope: Scope): void => {
    for (const s of list) statement(s, scope);
  };

  /** A block that opens its own scope (hoisting its lexical declarations into it). */
  const block = (node: Node, body: Node[], parent: Scope): void => {
    const scope = openScope(node, parent, parent.func, false);
    hoistLexical(body, scope);
    statements(body, scope);
  };

  /** Only the lexical (and block-level function) declarations of a list, for block scopes. */
  const hoistLexical = (list: Node[], scope: Scope): void => {
    for (const s of list) {
      if (s.type === 'FunctionDeclaration') {
        declare(scope, s.id, 'function', s.start);
        scope.functions.push(s);
      } else if (s.type === 'ClassDeclaration') declare(scope, s.id, 'class', s.end);
      else if (s.type === 'VariableDeclaration' && s.kind !== 'var') {
        for (const d of s.declarations) declareLexicalNames(d.id, scope, s.kind, d.end);
      }
    }
  };

  const declaration = (node: Node, scope: Scope): void => {
    // names were declared by hoisting; here the identifiers become writable references
    for (const d of node.declarations) {
      if (d.init) namedValue(d.init, scope, d.id.type === 'Identifier' ? d.id.name : undefined);
      bindingTargets(d.id, scope);
    }
  };

  /** Visits a declaration's pattern: identifiers as references, defaults and computed keys as expressions. */
  const bindingTargets = (pattern: Node, scope: Scope): void => {
    switch (pattern.type) {
      case 'Identifier':
        reference(pattern, scope, true);
        return;
      case 'ObjectPattern':
        for (const prop of pattern.properties) {
          if (prop.type === 'RestElement') bindingTargets(prop.argument, scope);
          else {
            if (prop.computed) expression(prop.key, scope);
            bindingTargets(prop.value, scope);
          }
        }
        return;
      case 'ArrayPattern':
        for (const element of pattern.elements) if (element) bindingTargets(element, scope);
        return;
      case 'RestElement':
        bindingTargets(pattern.argument, scope);
        return;
      case 'AssignmentPattern':
        bindingTargets(pattern.left, scope);
        // (a default's anonymous function or class is named after its binding: `{ cb = () => {} }`)
        namedValue(pattern.right, scope, pattern.left.type === 'Identifier' ? pattern.left.name : undefined);
        return;
    }
  };

  const statement = (node: Node, scope: Scope): void => {
    switch (node.type) {
      case 'ExpressionStatement':
        expression(node.expression, scope);
        return;
      case 'BlockStatement':
        block(node, node.body, scope);
        return;
      case 'EmptyStatement':
        return;
      case 'VariableDeclaration':
        declaration(node, scope);
        return;
      case 'FunctionDeclaration':
        reference(node.id, scope, true);
        func(node, scope, 'function');
        return;
      case 'ClassDeclaration':
        reference(node.id, scope, true);
        classNode(node, scope);
        return;
      case 'IfStatement':
        expression(node.test, scope);
        statement(node.consequent, scope);
        if (node.alternate) statement(node.alternate, scope);
        return;
      case 'ForStatement': {
        let loopScope = scope;
        if (node.init && node.init.type === 'VariableDeclaration' && node.init.kind !== 'var') {
          loopScope = openScope(node, scope, scope.func, false);
          for (const d of node.init.declarations) declareLexicalNames(d.id, loopScope, node.init.kind, d.end);
        }
        if (node.init) {
          if (node.init.type === 'VariableDeclaration') declaration(node.init, loopScope);
          else expression(node.init, loopScope);
        }
        if (node.test) expression(node.test, loopScope);
        if (node.update) expression(node.update, loopScope);
        statement(node.body, loopScope);
        return;
      }
      case 'ForInStatement':
      case 'ForOfStatement': {
        const lexical = node.left.type === 'VariableDeclaration' && node.left.kind !== 'var';
        expression(node.right, lexical ? deadZone(node.left, scope) : scope);
        let loopScope = scope;
        if (node.left.type === 'VariableDeclaration') {
          if (node.left.kind !== 'var') {
            loopScope = openScope(node, scope, scope.func, false);
            for (const d of node.left.declarations) declareLexicalNames(d.id, loopScope, node.left.kind, d.end);
          }
          bindingTargets(node.left.declarations[0].id, loopScope);
        } else {
          assignmentTarget(node.left, scope);
        }
        statement(node.body, loopScope);
        return;
      }
      case 'WhileStatement':
      case 'DoWhileStatement':
        expression(node.test, scope);
        statement(node.body, scope);
        return;
      case 'LabeledStatement': {
        // loops learn their labels, for `continue label` and `break label`
        let target = node.body;
        while (target.type === 'LabeledStatement') target = target.body;
        (target.labels ??= []).push(node.label.name);
        statement(node.body, scope);
        return;
      }
      case 'BreakStatement':
      case 'ContinueStatement':
        return;
      case 'SwitchStatement': {
        expression(node.discriminant, scope);
        const switchScope = openScope(node, scope, scope.func, false, true);
        const all = node.cases.flatMap((c: Node) => c.consequent);
        hoistLexical(all, switchScope);
        for (const c of node.cases) {
          if (c.test) expression(c.test, switchScope);
          statements(c.consequent, switchScope);
        }
        return;
      }
      case 'ReturnStatement':
        if (node.argument) expression(node.argument, scope);
        return;
      case 'ThrowStatement':
        expression(node.argument, scope);
        return;
      case 'TryStatement':
        statement(node.block, scope);
        if (node.handler) {
          const handler = node.handler;
          // the catch parameter and the catch body share one scope
          const catchScope = openScope(handler, scope, scope.func, false);
          if (handler.param) {
            for (const id of patternIdentifiers(handler.param)) declare(catchScope, id, 'catch', handler.param.end);
            bindingTargets(handler.param, catchScope);
          }
          hoistLexical(handler.body.body, catchScope);
          handler.body.scope = null;
          statements(handler.body.body, catchScope);
        }
        if (node.finalizer) statement(node.finalizer, scope);
        return;
      default:
        throw new Error(`resolver: unexpected statement ${node.type}`);
    }
  };

  const expression = (node: Node, scope: Scope): void => {
    switch (node.type) {
      case 'Identifier':
        reference(node, scope);
        return;
      case 'Literal':
      case 'ThisExpression':
      case 'Super':
        return;
      case 'TemplateLiteral':
        for (const e of node.expressions) expression(e, scope);
        return;
      case 'ArrayExpression':
        for (const e of node.elements) if (e) expression(e, scope);
        return;
      case 'ObjectExpression':
        for (const p of node.properties) {
          if (p.type === 'SpreadElement') expression(p.argument, scope);
          else {
            if (p.computed) expression(p.key, scope);
            if (p.method) func(p.value, scope, 'method', propertyKeyName(p)).sourceStart = methodStart(p, source);
            else namedValue(p.value, scope, propertyKeyName(p));
          }
        }
        return;
      case 'SpreadElement':
        expression(node.argument, scope);
        return;
      case 'FunctionExpression':
        func(node, scope, 'function');
        return;
      case 'ArrowFunctionExpression':
        func(node, scope, 'arrow');
        return;
      case 'ClassExpression':
        classNode(node, scope);
        return;
      case 'UnaryExpression':
      case 'UpdateExpression':
        // (`x++` writes x: a read-only binding's rules apply to it as to `x = ...`)
        assignmentTarget(node.argument, scope);
        return;
      case 'BinaryExpression':
      case 'LogicalExpression':
        expression(node.left, scope);
        expression(node.right, scope);
        return;
      case 'AssignmentExpression':
        assignmentTarget(node.left, scope);
        namedValue(node.right, scope, node.left.type === 'Identifier' ? node.left.name : undefined);
        return;
      case 'ConditionalExpression':
        expression(node.test, scope);
        expression(node.consequent, scope);
        expression(node.alternate, scope);
        return;
      case 'SequenceExpression':
        for (const e of node.expressions) expression(e, scope);
        return;
      case 'MemberExpression':
        expression(node.object, scope);
        if (node.computed) expression(node.property, scope);
        return;
      case 'ChainExpression':
        expression(node.expression, scope);
        return;
      case 'CallExpression':
      case 'NewExpression':
        expression(node.callee, scope);
        for (const a of node.arguments) expression(a, scope);
        return;
      default:
        throw new Error(`resolver: unexpected expression ${node.type}`);
    }
  };

  /** An expression whose anonymous function or class takes a name from its context (`const f = () => {}`). */
  const namedValue = (node: Node, scope: Scope, name: string | undefined): void => {
    if (name !== undefined && node.type === 'FunctionExpression' && !node.id) func(node, scope, 'function', name);
    else if (name !== undefined && node.type === 'ArrowFunctionExpression') func(node, scope, 'arrow', name);
    else if (name !== undefined && node.type === 'ClassExpression' && !node.id) {
      node.inferredName = name;
      classNode(node, scope);
    } else expression(node, scope);
  };

  /**
   * The loop's own let/const names are in their dead zone while a for-in/of computes what it
   * iterates (`for (const x of x.items)` reads no outer x): a scope of bindings that nothing
   * initialises, each read as a global slot that stays uninitialised.
   */
  const deadZone = (declaration: Node, outer: Scope): Scope => {
    const zone = new Scope(outer, outer.func, false);
    zone.dead = true;
    for (const d of declaration.declarations) {
      for (const id of patternIdentifiers(d.id)) {
        zone.bindings.set(id.name, { name: id.name, kind: 'let', scope: zone, captured: false, declEnd: Infinity, inSwitch: false, tdzRead: false, mode: RefMode.Global, slot: -1, declarations: [] });
      }
    }
    return zone;
  };
  const deadSlots = new Map<string, number>();
  const deadSlot = (name: string): number => {
    let slot = deadSlots.get(name);
    if (slot === undefined) {
      slot = globals.length;
      globals.push({ name, kind: 'let' });
      deadSlots.set(name, slot);
    }
    return slot;
  };

  /** A function: its own FunctionInfo, register file and function scope. */
  const func = (node: Node, outer: Scope, kind: FunctionInfo['kind'], inferredName?: string): FunctionInfo => {
    const name = node.id?.name ?? inferredName ?? '';
    const info = newInfo(node, kind, name);
    node.info = info;
    const state: FuncState = { info, parent: outer.func, registerCount: 0 };
    let parentScope = outer;
    // a named function expression sees its own name in a scope of its own
    if (node.type === 'FunctionExpression' && node.id) {
      parentScope = openScope(null, outer, state, false);
      const selfScopeInfo = scopes[scopes.length - 1].info;
      node.selfScope = selfScopeInfo;
      declare(parentScope, node.id, 'self', node.start);
      reference(node.id, parentScope, true);
      info.selfBinding = node.id;
    }
    const scope = openScope(node, parentScope, state, true);
    if (node.body.type === 'BlockStatement' && hasUseStrict(node.body.body)) scope.strict = true;
    info.strict = scope.strict;
    let length = 0;
    let sawDefault = false;
    for (const param of node.params) {
      if (param.type !== 'Identifier') info.simpleParams = false;
      if (param.type === 'AssignmentPattern' || param.type === 'RestElement') sawDefault = true;
      if (!sawDefault) length++;
    }
    // non-simple parameters are initialised in order, with a dead zone like `let`
    for (const param of node.params) {
      for (const id of patternIdentifiers(param)) declare(scope, id, info.simpleParams ? 'param' : 'let', param.end);
    }
    info.length = length;
    for (const param of node.params) bindingTargets(param, scope);
    if (node.body.type === 'BlockStatement') {
      let bodyScope = scope;
      if (info.simpleParams) {
        node.body.scope = null; // the body shares the function scope
      } else {
        // parameter expressions get their own scope; the body's declarations live in a child of it
        state.paramScope = scope;
        bodyScope = new Scope(scope, state, true);
        const bodyInfo = emptyScopeInfo();
        node.body.scope = bodyInfo;
        scopes.push({ scope: bodyScope, info: bodyInfo });
      }
      hoist(node.body.body, bodyScope);
      statements(node.body.body, bodyScope);
      if (bodyScope !== scope) copyParametersToVars(node.body, scope, bodyScope);
    } else {
      expression(node.body, scope);
    }
    finishFunction(state);
    return info;
  };

  const funcStates: FuncState[] = [];
  const finishFunction = (state: FuncState) => funcStates.push(state);

  const classNode = (node: Node, outer: Scope): void => {
    if (node.superClass) expression(node.superClass, outer);
    // the class scope holds the class's own (immutable) name, visible to its members
    const classScope = openScope(node, outer, outer.func, false);
    classScope.strict = true;
    if (node.id) {
      const inner = toSyntaxNode(node.id);
      inner.k = node.id.k;
      node.innerId = inner;
      declare(classScope, inner, 'classInner', node.start);
      reference(inner, classScope, true);
    }
    const className = node.id?.name ?? node.inferredName ?? '';
    let constructorNode: Node | null = null;
    const instanceFields: Node[] = [];
    const staticFields: Node[] = [];
    for (const member of node.body.body) {
      if (member.computed) expression(member.key, classScope);
      if (member.type === 'MethodDefinition') {
        const isConstructor = member.kind === 'constructor';
        const info = func(member.value, classScope, isConstructor ? 'constructor' : 'method', isConstructor ? className : propertyKeyName(member));
        info.sourceStart = methodStart(member, source);
        if (isConstructor) {
          constructorNode = member;
          info.derived = !!node.superClass;
        }
      } else {
        (member.static ? staticFields : instanceFields).push(member);
      }
    }
    node.constructorNode = constructorNode;
    node.instanceFields = instanceFields;
    node.staticFields = staticFields;
    // field initialisers run as methods of a synthetic function (own `this`, own frame)
    node.instanceFieldsInfo = fieldInitialiser(node, instanceFields, classScope, className);
    node.staticFieldsInfo = fieldInitialiser(node, staticFields, classScope, className);
  };

  const fieldInitialiser = (classNodeRef: Node, fields: Node[], classScope: Scope, className: string): FunctionInfo | null => {
    if (fields.length === 0) return null;
    const info = newInfo(classNodeRef, 'fields', `<fields of ${className || 'anonymous class'}>`);
    const state: FuncState = { info, parent: classScope.func, registerCount: 0 };
    const scope = openScope(null, classScope, state, true);
    info.strict = true;
    for (const field of fields) {
      if (!field.value) continue;
      namedValue(field.value, scope, propertyKeyName(field));
    }
    finishFunction(state);
    return info;
  };

  // ---- walk the script -------------------------------------------------------------

  hoist(root.body, scriptScope);
  statements(root.body, scriptScope);
  finishFunction(scriptFunc);

  // ---- resolve references ----------------------------------------------------------

  const bindingOf = new Map<ResolvedIdentifier, Binding | null>();
  for (const ref of references) {
    let binding: Binding | null = null;
    for (let s: Scope | null = ref.scope; s; s = s.parent) {
      const b = s.bindings.get(ref.id.name);
      if (b) {
        binding = b;
        break;
      }
    }
    bindingOf.set(ref.id, binding);
    if (!binding) continue;
    if (binding.scope.func !== ref.func) binding.captured = true;
    if (!ref.declaring && needsTdzCheck(binding, ref)) binding.tdzRead = true;
  }

  // ---- allocate homes --------------------------------------------------------------

  for (const { scope } of scopes) {
    for (const binding of scope.bindings.values()) {
      if (scope === scriptScope) {
        binding.mode = RefMode.Global;
        binding.slot = globalSlot(binding.name, globalKind(binding.kind));
      } else if (binding.captured) {
        binding.mode = RefMode.Context;
        if (scope.contextSize === 0) scope.contextSize = 1; // slot 0 holds the parent context
        binding.slot = scope.contextSize++;
      } else {
        binding.mode = RefMode.Register;
        binding.slot = scope.func.registerCount++;
      }
    }
  }
  for (const state of funcStates) state.info.registerCount = state.registerCount;
  for (const { scope, info } of scopes) {
    info.contextSize = scope.contextSize;
    info.functions = scope.functions;
    for (const binding of scope.bindings.values()) {
      if (!LEXICAL.has(binding.kind) || !binding.tdzRead || binding.mode === RefMode.Global) continue;
      if (binding.mode === RefMode.Register) info.holeRegisters.push(binding.slot);
      else info.holeContextSlots.push(binding.slot);
    }
  }

  // ---- annotate identifiers ----------------------------------------------------------

  for (const ref of references) {
    const id = ref.id;
    const binding = bindingOf.get(id)!;
    const strictWrite = ref.write && ref.scope.strict;
    if (binding && binding.scope.dead) {
      id.mode = RefMode.Global;
      id.slot = deadSlot(id.name);
      id.hops = 0;
      id.tdz = true;
      id.isConst = false;
      continue;
    }
    if (!binding) {
      id.mode = RefMode.Global;
      id.slot = globalSlot(id.name, 'implicit');
      id.hops = 0;
      // strict code cannot create a global by assigning it: the write checks, as a read would, that it exists
      id.tdz = strictWrite;
      // (the global object's NaN, Infinity and undefined are read-only: a write is ignored, or a TypeError in strict code)
      const readOnly = ref.write && READ_ONLY_GLOBALS.has(id.name);
      id.isConst = readOnly && strictWrite;
      id.ignoredWrite = readOnly && !strictWrite;
      continue;
    }
    id.mode = binding.mode;
    id.slot = binding.slot;
    id.hops = binding.mode === RefMode.Context ? contextHops(ref.scope, binding.scope) : 0;
    id.tdz = !ref.declaring && needsTdzCheck(binding, ref);
    // (a named function expression's own name is read-only: assigning it is ignored, or a TypeError in strict code)
    id.isConst = binding.kind === 'const' || binding.kind === 'classInner' || (strictWrite && binding.kind === 'self');
    id.ignoredWrite = ref.write && !ref.scope.strict && binding.kind === 'self';
  }

  return { file, source, root, script: scriptInfo, functions, globals };
}

/** Globals that are read-only properties of the global object. */
const READ_ONLY_GLOBALS: ReadonlySet<string> = new Set(['NaN', 'Infinity', 'undefined']);

/** How many heap contexts lie between a reference's scope and the binding's scope. */
function contextHops(from: Scope, to: Scope): number {
  let hops = 0;
  for (let s: Scope | null = from; s && s !== to; s = s.parent) if (s.contextSize > 0) hops++;
  return hops;
}

function needsTdzCheck(binding: Binding, ref: Reference): boolean {
  if (!LEXICAL.has(binding.kind)) return false;
  if (binding.scope.func !== ref.func) return true;
  if (binding.inSwitch) return true;
  return ref.id.start < binding.declEnd;
}

function globalKind(kind: BindingKind): GlobalKind {
  switch (kind) {
    case 'let':
    case 'const':
    case 'class':
    case 'function':
    case 'var':
      return kind;
    default:
      return 'var';
  }
}

function emptyScopeInfo(): ScopeInfo {
  return { contextSize: 0, holeRegisters: [], holeContextSlots: [], functions: [] };
}

/** The identifiers a binding pattern declares, in source order. */
export function patternIdentifiers(pattern: Node): Node[] {
  const out: Node[] = [];
  const walk = (p: Node): void => {
    switch (p.type) {
      case 'Identifier':
        out.push(p);
        return;
      case 'ObjectPattern':
        for (const prop of p.properties) walk(prop.type === 'RestElement' ? prop.argument : prop.value);
        return;
      case 'ArrayPattern':
        for (const e of p.elements) if (e) walk(e);
        return;
      case 'RestElement':
        walk(p.argument);
        return;
      case 'AssignmentPattern':
        walk(p.left);
        return;
    }
  };
  walk(pattern);
  return out;
}

function propertyKeyName(prop: Node): string {
  if (prop.computed) return '';
  if (prop.key.type === 'Identifier') return prop.key.name;
  if (prop.key.type === 'Literal') return String(prop.key.value);
  return '';
}
