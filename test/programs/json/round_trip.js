// stringify -> parse round trips.
const original = {
  id: 7,
  name: "Widget \"Pro\"",
  tags: ["a", "b"],
  dims: { w: 1.5, h: -2, d: 0 },
  active: true,
  parent: null,
  notes: "line1\nline2",
};
const text = JSON.stringify(original);
const back = JSON.parse(text);
console.log(text);
// expect: {"id":7,"name":"Widget \"Pro\"","tags":["a","b"],"dims":{"w":1.5,"h":-2,"d":0},"active":true,"parent":null,"notes":"line1\nline2"}
console.log(back);
// expect: {
// expect:   id: 7,
// expect:   name: 'Widget "Pro"',
// expect:   tags: [ 'a', 'b' ],
// expect:   dims: { w: 1.5, h: -2, d: 0 },
// expect:   active: true,
// expect:   parent: null,
// expect:   notes: 'line1\nline2'
// expect: }
console.log(JSON.stringify(back) === text, back !== original, back.dims.w === original.dims.w);
// expect: true true true
const pretty = JSON.stringify(original, null, 2);
console.log(JSON.stringify(JSON.parse(pretty)) === text); // expect: true
const lossy = JSON.parse(JSON.stringify({ u: undefined, n: NaN, a: [undefined] }));
console.log(lossy); // expect: { n: null, a: [ null ] }
