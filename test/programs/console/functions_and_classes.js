// Functions and classes print as [Function: name] / [class name].
function named() {}
const arrow = () => {};
class A {}
class B extends A {}
console.log(named, arrow, A, B); // expect: [Function: named] [Function: arrow] [class A] [class B extends A]
console.log([function () {}], [() => {}], [class {}]);
// expect: [ [Function (anonymous)] ] [ [Function (anonymous)] ] [ [class (anonymous)] ]
console.log({ f: named, g() {}, h: () => 1 });
// expect: { f: [Function: named], g: [Function: g], h: [Function: h] }
console.log(Math.max, [Math.min]); // expect: [Function: max] [ [Function: min] ]
const bound = named.bind(null);
console.log(bound); // expect: [Function: bound named]
named.prop = 1;
console.log(named); // expect: [Function: named] { prop: 1 }
console.log([named, [A, [B]]]);
// expect: [
// expect:   [Function: named] { prop: 1 },
// expect:   [ [class A], [ [class B extends A] ] ]
// expect: ]
