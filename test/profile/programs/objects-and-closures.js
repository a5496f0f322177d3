// Constructors, methods, an implicit (default) derived constructor, closures and
// callbacks called by a builtin (Array.prototype.map is native, so the callback's
// caller is the language function that called map: here the top level).
//   makePoints(20): 20 × new Point            → Point 20 calls from makePoints
//   pts.map(normOf): 20 × normOf → 20 × norm  → normOf 20 from <script>, norm 20 from normOf
//   new Tagged(3, 4): Tagged's implicit constructor calls Point once → Point 21 in all
//   t.norm(): 1 more call of norm from <script> → norm 21 in all
//   makeAdder(k) 3 times, each returns a closure; each closure is called once → adder 3
// expect-calls: makePoints 1
// expect-calls: Point 21
// expect-calls: Tagged 1
// expect-calls: normOf 20
// expect-calls: norm 21
// expect-calls: makeAdder 3
// expect-calls: adder 3
// expect-edge: makePoints -> Point 20
// expect-edge: Tagged -> Point 1
// expect-edge: <script> -> normOf 20
// expect-edge: normOf -> norm 20
// expect-edge: <script> -> norm 1
// expect-edge: <script> -> adder 3
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}

class Tagged extends Point {}

function makePoints(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(new Point(i, i));
  return out;
}

const normOf = (p) => p.norm();

function makeAdder(k) {
  const adder = (x) => x + k;
  return adder;
}

const pts = makePoints(20);
const norms = pts.map(normOf);
const t = new Tagged(3, 4);
let total = 0;
for (let k = 0; k < 3; k++) total += makeAdder(k)(10);
console.log(norms.length, t.norm(), total);
