// deltablue: the DeltaBlue incremental constraint solver (Octane / AWFY "DeltaBlue"),
// a faithful but compact port: strengths, unary/binary constraints, planner, plans.
const BENCHMARK = {
  name: "deltablue",
  category: "oop",
  size: 400,
  tinySize: 20,
  description: "DeltaBlue one-way constraint solver: chain test (size equality constraints) and projection test (size scale constraints). Stresses classes with inheritance, super calls, virtual dispatch and array-based collections. Returns [failed checks, chain result, projection checksum].",
};

class Strength {
  constructor(strengthValue, name) {
    this.strengthValue = strengthValue;
    this.name = name;
  }

  static stronger(s1, s2) {
    return s1.strengthValue < s2.strengthValue;
  }

  static weaker(s1, s2) {
    return s1.strengthValue > s2.strengthValue;
  }

  static weakestOf(s1, s2) {
    return Strength.weaker(s1, s2) ? s1 : s2;
  }

  static strongest(s1, s2) {
    return Strength.stronger(s1, s2) ? s1 : s2;
  }

  nextWeaker() {
    return STRENGTHS[this.strengthValue + 1];
  }
}

const REQUIRED = new Strength(0, "required");
const STRONG_PREFERRED = new Strength(1, "strongPreferred");
const PREFERRED = new Strength(2, "preferred");
const STRONG_DEFAULT = new Strength(3, "strongDefault");
const NORMAL = new Strength(4, "normal");
const WEAK_DEFAULT = new Strength(5, "weakDefault");
const WEAKEST = new Strength(6, "weakest");
const STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST];

const DIR_NONE = 0;
const DIR_FORWARD = 1;
const DIR_BACKWARD = -1;

class Constraint {
  constructor(strength, planner) {
    this.strength = strength;
    this.planner = planner;
  }

  addConstraint() {
    this.addToGraph();
    this.planner.incrementalAdd(this);
  }

  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) throw new Error("Could not satisfy a required constraint");
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!this.planner.addPropagate(this, mark)) throw new Error("Cycle encountered");
    out.mark = mark;
    return overridden;
  }

  destroyConstraint() {
    if (this.isSatisfied()) this.planner.incrementalRemove(this);
    else this.removeFromGraph();
  }

  isInput() {
    return false;
  }
}

class UnaryConstraint extends Constraint {
  constructor(v, strength, planner) {
    super(strength, planner);
    this.myOutput = v;
    this.satisfied = false;
  }

  addToGraph() {
    this.myOutput.addConstraint(this);
    this.satisfied = false;
  }

  chooseMethod(mark) {
    this.satisfied = this.myOutput.mark !== mark && Strength.stronger(this.strength, this.myOutput.walkStrength);
  }

  isSatisfied() {
    return this.satisfied;
  }

  markInputs(mark) {
    // A unary constraint has no inputs.
  }

  output() {
    return this.myOutput;
  }

  recalculate() {
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }

  markUnsatisfied() {
    this.satisfied = false;
  }

  inputsKnown(mark) {
    return true;
  }

  removeFromGraph() {
    if (this.myOutput !== null) this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }
}

class StayConstraint extends UnaryConstraint {
  constructor(v, strength, planner) {
    super(v, strength, planner);
    this.addConstraint();
  }

  execute() {
    // Stay constraints do nothing.
  }
}

class EditConstraint extends UnaryConstraint {
  constructor(v, strength, planner) {
    super(v, strength, planner);
    this.addConstraint();
  }

  isInput() {
    return true;
  }

  execute() {
    // Edit constraints do nothing.
  }
}

class BinaryConstraint extends Constraint {
  constructor(var1, var2, strength, planner) {
    super(strength, planner);
    this.v1 = var1;
    this.v2 = var2;
    this.direction = DIR_NONE;
  }

  // As in the original Smalltalk DeltaBlue: the first matching case decides
  // (Octane's JavaScript port lets later cases overwrite the earlier ones).
  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction =
        this.v2.mark !== mark && Strength.stronger(this.strength, this.v2.walkStrength) ? DIR_FORWARD : DIR_NONE;
      return;
    }
    if (this.v2.mark === mark) {
      this.direction =
        this.v1.mark !== mark && Strength.stronger(this.strength, this.v1.walkStrength) ? DIR_BACKWARD : DIR_NONE;
      return;
    }
    if (Strength.weaker(this.v1.walkStrength, this.v2.walkStrength)) {
      this.direction = Strength.stronger(this.strength, this.v1.walkStrength) ? DIR_BACKWARD : DIR_NONE;
    } else {
      this.direction = Strength.stronger(this.strength, this.v2.walkStrength) ? DIR_FORWARD : DIR_NONE;
    }
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = DIR_NONE;
  }

  isSatisfied() {
    return this.direction !== DIR_NONE;
  }

  markInputs(mark) {
    this.input().mark = mark;
  }

  input() {
    return this.direction === DIR_FORWARD ? this.v1 : this.v2;
  }

  output() {
    return this.direction === DIR_FORWARD ? this.v2 : this.v1;
  }

  recalculate() {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakestOf(this.strength, ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }

  markUnsatisfied() {
    this.direction = DIR_NONE;
  }

  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }

  removeFromGraph() {
    if (this.v1 !== null) this.v1.removeConstraint(this);
    if (this.v2 !== null) this.v2.removeConstraint(this);
    this.direction = DIR_NONE;
  }
}

class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength, planner) {
    super(src, dest, strength, planner);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint();
  }

  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }

  removeFromGraph() {
    super.removeFromGraph();
    if (this.scale !== null) this.scale.removeConstraint(this);
    if (this.offset !== null) this.offset.removeConstraint(this);
  }

  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }

  execute() {
    if (this.direction === DIR_FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
    }
  }

  recalculate() {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = Strength.weakestOf(this.strength, ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(var1, var2, strength, planner) {
    super(var1, var2, strength, planner);
    this.addConstraint();
  }

  execute() {
    this.output().value = this.input().value;
  }
}

class Variable {
  constructor(name, initialValue = 0) {
    this.value = initialValue;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = WEAKEST;
    this.stay = true;
    this.name = name;
  }

  addConstraint(c) {
    this.constraints.push(c);
  }

  removeConstraint(c) {
    const cs = this.constraints;
    let i = cs.indexOf(c);
    while (i >= 0) {
      cs.splice(i, 1);
      i = cs.indexOf(c);
    }
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

class Plan {
  constructor() {
    this.list = [];
  }

  addConstraint(c) {
    this.list.push(c);
  }

  execute() {
    const list = this.list;
    for (let i = 0; i < list.length; i++) list[i].execute();
  }
}

class Planner {
  constructor() {
    this.currentMark = 0;
  }

  incrementalAdd(c) {
    const mark = this.newMark();
    let overridden = c.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }

  incrementalRemove(c) {
    const out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    let strength = REQUIRED;
    do {
      for (let i = 0; i < unsatisfied.length; i++) {
        const u = unsatisfied[i];
        if (u.strength === strength) this.incrementalAdd(u);
      }
      strength = strength.nextWeaker();
    } while (strength !== WEAKEST);
  }

  newMark() {
    return ++this.currentMark;
  }

  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources;
    let head = 0;
    while (head < todo.length) {
      const c = todo[head++];
      if (c.output().mark !== mark && c.inputsKnown(mark)) {
        plan.addConstraint(c);
        c.output().mark = mark;
        this.addConstraintsConsumingTo(c.output(), todo);
      }
    }
    return plan;
  }

  extractPlanFromConstraints(constraints) {
    const sources = [];
    for (const c of constraints) {
      if (c.isInput() && c.isSatisfied()) sources.push(c);
    }
    return this.makePlan(sources);
  }

  addPropagate(c, mark) {
    const todo = [c];
    let head = 0;
    while (head < todo.length) {
      const d = todo[head++];
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }

  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    const unsatisfied = [];
    const todo = [out];
    let head = 0;
    while (head < todo.length) {
      const v = todo[head++];
      const cs = v.constraints;
      for (let i = 0; i < cs.length; i++) {
        const c = cs[i];
        if (!c.isSatisfied()) unsatisfied.push(c);
      }
      const determining = v.determinedBy;
      for (let i = 0; i < cs.length; i++) {
        const next = cs[i];
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.push(next.output());
        }
      }
    }
    return unsatisfied;
  }

  addConstraintsConsumingTo(v, coll) {
    const determining = v.determinedBy;
    const cc = v.constraints;
    for (let i = 0; i < cc.length; i++) {
      const c = cc[i];
      if (c !== determining && c.isSatisfied()) coll.push(c);
    }
  }
}

// Chain test: v0 = v1 = ... = vn, with an edit on v0 and a stay on vn.
function chainTest(n, stats) {
  const planner = new Planner();
  let prev = null;
  let first = null;
  let last = null;
  for (let i = 0; i <= n; i++) {
    const v = new Variable("v" + i);
    if (prev !== null) new EqualityConstraint(prev, v, REQUIRED, planner);
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  new StayConstraint(last, STRONG_DEFAULT, planner);
  const edit = new EditConstraint(first, PREFERRED, planner);
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    if (last.value !== i) stats.failures++;
  }
  return last.value;
}

function change(planner, v, newValue) {
  const edit = new EditConstraint(v, PREFERRED, planner);
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 10; i++) {
    v.value = newValue;
    plan.execute();
  }
  edit.destroyConstraint();
}

// Projection test: n pairs dst_i = src_i * scale + offset.
function projectionTest(n, stats) {
  const planner = new Planner();
  const scale = new Variable("scale", 10);
  const offset = new Variable("offset", 1000);
  let src = null;
  let dst = null;
  const dests = [];
  for (let i = 0; i < n; i++) {
    src = new Variable("src" + i, i);
    dst = new Variable("dst" + i, i);
    dests.push(dst);
    new StayConstraint(src, NORMAL, planner);
    new ScaleConstraint(src, scale, offset, dst, REQUIRED, planner);
  }
  change(planner, src, 17);
  if (dst.value !== 1170) stats.failures++;
  change(planner, dst, 1050);
  if (src.value !== 5) stats.failures++;
  change(planner, scale, 5);
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 1000) stats.failures++;
  }
  change(planner, offset, 2000);
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 2000) stats.failures++;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += dests[i].value;
  return sum;
}

function benchmark(size) {
  const stats = { failures: 0 };
  const chain = chainTest(size, stats);
  const projection = projectionTest(size, stats);
  return [stats.failures, chain, projection];
}

function verify(result, size) {
  if (!Array.isArray(result) || result.length !== 3) return false;
  if (size === 400 && (result[0] !== 0 || result[1] !== 99 || result[2] !== 1197030)) return false;
  if (size === 1500 && (result[0] !== 0 || result[1] !== 99 || result[2] !== 8613780)) return false;
  // Final state: dst_i = 5 * i + 2000 for i < n - 1, and the last source was
  // edited to 5 so the last destination is 5 * 5 + 2000.
  let sum = 2025;
  for (let i = 0; i < size - 1; i++) sum += 5 * i + 2000;
  return result[0] === 0 && result[1] === 99 && result[2] === sum;
}
