// poly-call: call sites that are monomorphic for the first half of the run and
// then see four different classes / object shapes / closures (type-unstable).
const BENCHMARK = {
  name: "poly-call",
  category: "type-unstable",
  size: 1200,
  tinySize: 40,
  description: "size rounds; in the first half three hot sites (a method call shape.area(), a property load p.x, a closure call f(v)) only see one class/shape/function, in the second half each sees four (Square/Rect/Triangle/Cube-with-super; four object-literal shapes; four arrows). Stresses inline caches and deoptimization. Returns the integer total.",
};

class Square {
  constructor(s) {
    this.s = s;
  }

  area() {
    return this.s * this.s;
  }
}

class Rect {
  constructor(w, h) {
    this.w = w;
    this.h = h;
  }

  area() {
    return this.w * this.h;
  }
}

class Triangle {
  constructor(b, h) {
    this.b = b;
    this.h = h;
  }

  area() {
    return (this.b * this.h) >> 1;
  }
}

class Cube extends Square {
  constructor(s) {
    super(s);
    this.faces = 6;
  }

  area() {
    return this.faces * super.area();
  }
}

const POLY_N = 64;

// The three hot call sites.
function totalArea(shapes) {
  let t = 0;
  for (let i = 0; i < shapes.length; i++) t += shapes[i].area();
  return t;
}

function sumX(points) {
  let t = 0;
  for (let i = 0; i < points.length; i++) t += points[i].x;
  return t;
}

function applyAll(fns, v) {
  let t = 0;
  const mask = fns.length - 1;
  for (let i = 0; i < POLY_N; i++) t += fns[i & mask](v + i);
  return t;
}

function polyK(i) {
  return (i % 13) + 1;
}

function benchmark(size) {
  const monoShapes = [];
  const mixedShapes = [];
  const monoPoints = [];
  const mixedPoints = [];
  for (let i = 0; i < POLY_N; i++) {
    const k = polyK(i);
    monoShapes.push(new Square(k));
    monoPoints.push({ x: i, y: k });
    switch (i % 4) {
      case 0:
        mixedShapes.push(new Square(k));
        mixedPoints.push({ x: i, y: k });
        break;
      case 1:
        mixedShapes.push(new Rect(k, k + 2));
        mixedPoints.push({ y: k, x: i });
        break;
      case 2:
        mixedShapes.push(new Triangle(k, 2 * k + 1));
        mixedPoints.push({ x: i, y: k, z: 0 });
        break;
      default:
        mixedShapes.push(new Cube(k));
        mixedPoints.push({ w: 1, z: 2, x: i });
        break;
    }
  }
  const monoFns = [(v) => v + 1];
  const mixedFns = [(v) => v + 1, (v) => v * 2, (v) => v - 3, (v) => 3 * v + 7];

  const half = size >> 1;
  let total = 0;
  for (let r = 0; r < size; r++) {
    const mono = r < half;
    total += totalArea(mono ? monoShapes : mixedShapes);
    total += sumX(mono ? monoPoints : mixedPoints);
    total += applyAll(mono ? monoFns : mixedFns, r);
  }
  return total;
}

function verify(result, size) {
  if (size === 1200 && result !== 85804800) return false;
  if (size === 3000 && result !== 484512000) return false;
  // Independent arithmetic: per-round constants for both phases.
  let monoArea = 0;
  let mixedArea = 0;
  let xs = 0;
  let monoFnBase = 0;
  let mixedFnBase = 0;
  let mixedFnSlope = 0;
  for (let i = 0; i < POLY_N; i++) {
    const k = polyK(i);
    monoArea += k * k;
    const m = i % 4;
    if (m === 0) mixedArea += k * k;
    else if (m === 1) mixedArea += k * (k + 2);
    else if (m === 2) mixedArea += Math.floor((k * (2 * k + 1)) / 2);
    else mixedArea += 6 * k * k;
    xs += i;
    monoFnBase += i + 1;
    if (m === 0) mixedFnBase += i + 1;
    else if (m === 1) mixedFnBase += 2 * i;
    else if (m === 2) mixedFnBase += i - 3;
    else mixedFnBase += 3 * i + 7;
    mixedFnSlope += m === 0 ? 1 : m === 1 ? 2 : m === 2 ? 1 : 3;
  }
  const half = size >> 1;
  // Rounds r in [0, half) use the mono data, applyAll(mono, r) = base + 64 r;
  // rounds in [half, size) use the mixed data, applyAll(mixed, r) = base + slope r.
  const sumR = (a, b) => ((b - a) * (a + b - 1)) / 2; // sum of r for a <= r < b
  const expected =
    half * (monoArea + xs + monoFnBase) +
    POLY_N * sumR(0, half) +
    (size - half) * (mixedArea + xs + mixedFnBase) +
    mixedFnSlope * sumR(half, size);
  return result === expected;
}
