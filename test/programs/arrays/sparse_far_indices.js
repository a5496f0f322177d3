// An element far past an array's end makes it sparse, as in Node (it was a RangeError past ten
// million); its keys, for-in and printing see only the elements it has.
const far = [];
far[20000000] = 1;
console.log(far.length, far[20000000], 19999999 in far); // expect: 20000001 1 false
const sparse = [];
sparse[30000000] = "far";
sparse[5] = "near";
console.log(sparse); // expect: [ <5 empty items>, 'near', <29999994 empty items>, 'far' ]
console.log(Object.keys(sparse), sparse.includes("near")); // expect: [ '5', '30000000' ] true
for (const k in sparse) console.log("key", k); // expect: key 5
// expect: key 30000000
const edge = [];
edge[4294967294] = "last index";
edge[4294967295] = "a property";
console.log(edge.length, Object.keys(edge)); // expect: 4294967295 [ '4294967294', '4294967295' ]
