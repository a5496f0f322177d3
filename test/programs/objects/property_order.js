// Property order: integer-like keys ascending, then strings in insertion order.
const o = {};
o.zeta = 1;
o[5] = "five";
o.alpha = 2;
o[1] = "one";
o["10"] = "ten";
o["-3"] = "neg";
o["1.5"] = "frac";
o["007"] = "lead zero";
o[4294967294] = "max index";
console.log(Object.keys(o).join(" ")); // expect: 1 5 10 4294967294 zeta alpha -3 1.5 007
delete o.zeta;
o.zeta = 3;
console.log(Object.keys(o).join(" ")); // expect: 1 5 10 4294967294 alpha -3 1.5 007 zeta
o.alpha = 99;
console.log(Object.keys(o).join(" ")); // expect: 1 5 10 4294967294 alpha -3 1.5 007 zeta
console.log(JSON.stringify(o));
// expect: {"1":"one","5":"five","10":"ten","4294967294":"max index","alpha":99,"-3":"neg","1.5":"frac","007":"lead zero","zeta":3}
console.log(Object.values({ b: 1, a: 2, 0: 3 }), Object.entries({ y: 1, 2: 0 }));
// expect: [ 3, 1, 2 ] [ [ '2', 0 ], [ 'y', 1 ] ]
