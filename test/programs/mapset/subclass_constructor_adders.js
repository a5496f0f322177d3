// The Map and Set constructors add an iterable's items through the new object's own set/add:
// a subclass's override runs for each item; one that is not a function is a TypeError (only
// when there are items to add).
class Scaled extends Map { set(k, v) { console.log("set", k); return super.set(k, v * 10); } }
const m = new Scaled([[1, 2], [3, 4]]); // expect: set 1
// expect: set 3
console.log(m.get(1), m.size, m instanceof Map); // expect: 20 2 true
class Shifted extends Set { add(v) { console.log("add", v); return super.add(v + 1); } }
console.log([...new Shifted([1, 2])]); // expect: add 1
// expect: add 2
// expect: [ 2, 3 ]
class BadMap extends Map {}
BadMap.prototype.set = 5;
try { new BadMap([[1, 2]]); } catch (e) { console.log(e.name, e.message); } // expect: TypeError '5' returned for property 'set' of object '#<BadMap>' is not a function
console.log(new BadMap().size); // expect: 0
class BadSet extends Set {}
BadSet.prototype.add = undefined;
try { new BadSet([1]); } catch (e) { console.log(e.message); } // expect: 'undefined' returned for property 'add' of object '#<BadSet>' is not a function
