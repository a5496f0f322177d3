// Graph workload with Map and Set: BFS shortest paths on a generated maze.
const W = 120, H = 120;
let seed = 7;
function rand() {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
}
const walls = new Set();
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    if ((x !== 0 || y !== 0) && (x !== W - 1 || y !== H - 1) && rand() < 0.28) walls.add(y * W + x);
  }
}
function bfs(start) {
  const dist = new Map([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const cur = queue[head];
    const x = cur % W, y = (cur - x) / W;
    const d = dist.get(cur);
    const around = [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]];
    for (const [nx, ny] of around) {
      if (nx < 0 || ny < 0 || nx >= W || ny >= H) continue;
      const k = ny * W + nx;
      if (walls.has(k) || dist.has(k)) continue;
      dist.set(k, d + 1);
      queue.push(k);
    }
  }
  return dist;
}
const d1 = bfs(0);
const d2 = bfs(W * H - 1);
let far = 0, sum = 0;
for (const [k, v] of d1) {
  sum += v;
  if (v > far) far = v;
}
console.log(walls.size, d1.size, d2.size, far, sum); // expect: 4043 10208 10208 248 1280226
console.log(d1.get(W * H - 1) ?? "unreachable", d2.get(0) ?? "unreachable"); // expect: 248 248
const histogram = new Map();
for (const v of d2.values()) histogram.set(v % 10, (histogram.get(v % 10) || 0) + 1);
console.log([...histogram.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v}`).join(" "));
// expect: 0:1012 1:1038 2:1037 3:1032 4:1022 5:1021 6:1013 7:1039 8:1008 9:986
