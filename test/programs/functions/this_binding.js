// `this` is determined by how a function is called.
const obj = {
  name: "obj",
  regular() { return this.name; },
  nested() {
    const inner = () => this.name;
    return inner();
  },
};
console.log(obj.regular(), obj.nested()); // expect: obj obj
const other = { name: "other", regular: obj.regular };
console.log(other.regular(), obj.regular.call(other), obj["regular"]()); // expect: other other obj
class Box {
  constructor(v) { this.v = v; }
  get() { return this.v; }
}
const box = new Box(5);
const extracted = box.get;
try {
  extracted();
} catch (e) {
  console.log(e.name, e.message);
  // expect: TypeError Cannot read properties of undefined (reading 'v')
}
console.log(extracted.call(new Box(6)), extracted.bind(box)()); // expect: 6 5
const arr = [box.get.bind(new Box(7))];
console.log(arr[0]()); // expect: 7
