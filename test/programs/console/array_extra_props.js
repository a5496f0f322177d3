// Arrays with non-index properties show them after the elements.
const a = [1, 2];
a.label = "tagged";
console.log(a); // expect: [ 1, 2, label: 'tagged' ]
const b = [];
b.x = 1;
console.log(b); // expect: [ x: 1 ]
const c = [1];
c[-1] = "minus";
c["1.5"] = "frac";
console.log(c); // expect: [ 1, '-1': 'minus', '1.5': 'frac' ]
