// Loop bounds evaluated each iteration; mutation during iteration.
const arr = [1, 2, 3];
let iterations = 0;
for (let i = 0; i < arr.length; i++) {
  iterations++;
  if (arr.length < 6) arr.push(arr[i] * 10);
}
console.log(iterations, arr); // expect: 6 [ 1, 2, 3, 10, 20, 30 ]
const seen = [];
const grow = [1, 2];
for (const x of grow) {
  seen.push(x);
  if (grow.length < 4) grow.push(x + 10);
}
console.log(seen); // expect: [ 1, 2, 11, 12 ]
const shrink = [1, 2, 3, 4, 5];
const visited = [];
for (const x of shrink) {
  visited.push(x);
  shrink.pop();
}
console.log(visited, shrink); // expect: [ 1, 2, 3 ] [ 1, 2 ]
let countdown = 3;
while (countdown--) console.log("tick", countdown);
// expect: tick 2
// expect: tick 1
// expect: tick 0
console.log(countdown); // expect: -1
