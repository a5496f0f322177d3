// Many closures each keep their own captured state alive.
const makers = [];
for (let i = 0; i < 5; i++) {
  let hits = 0;
  makers.push({ hit: () => ++hits, id: () => i });
}
makers[0].hit();
makers[3].hit(); makers[3].hit(); makers[3].hit();
console.log(makers.map((m) => m.hit()).join(","), makers.map((m) => m.id()).join(","));
// expect: 2,1,1,4,1 0,1,2,3,4
function chain(n) {
  let f = () => 0;
  for (let i = 1; i <= n; i++) {
    const prev = f;
    f = () => prev() + i;
  }
  return f;
}
console.log(chain(10)(), chain(100)()); // expect: 55 5050
