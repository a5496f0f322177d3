// nbody: the classic Jovian-planets N-body simulation (AWFY / Benchmarks Game "NBody").
const BENCHMARK = {
  name: "nbody",
  category: "float",
  size: 3000,
  tinySize: 1000,
  description: "Sun + 4 planets as objects with x/y/z/vx/vy/vz/mass fields; advances size steps of dt = 0.01 and returns the total energy. Stresses float arithmetic and field access.",
};

const NBODY_PI = 3.141592653589793;
const SOLAR_MASS = 4 * NBODY_PI * NBODY_PI;
const DAYS_PER_YEAR = 365.24;

class Body {
  constructor(x, y, z, vx, vy, vz, mass) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.vx = vx * DAYS_PER_YEAR;
    this.vy = vy * DAYS_PER_YEAR;
    this.vz = vz * DAYS_PER_YEAR;
    this.mass = mass * SOLAR_MASS;
  }

  offsetMomentum(px, py, pz) {
    this.vx = 0.0 - px / SOLAR_MASS;
    this.vy = 0.0 - py / SOLAR_MASS;
    this.vz = 0.0 - pz / SOLAR_MASS;
  }
}

function makeBodies() {
  const sun = new Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
  const jupiter = new Body(
    4.8414314424647209,
    -1.16032004402742839,
    -1.03622044471123109e-1,
    1.66007664274403694e-3,
    7.69901118419740425e-3,
    -6.90460016972063023e-5,
    9.54791938424326609e-4
  );
  const saturn = new Body(
    8.34336671824457987,
    4.12479856412430479,
    -4.03523417114321381e-1,
    -2.76742510726862411e-3,
    4.99852801234917238e-3,
    2.30417297573763929e-5,
    2.85885980666130812e-4
  );
  const uranus = new Body(
    1.28943695621391310e1,
    -1.51111514016986312e1,
    -2.23307578892655734e-1,
    2.96460137564761618e-3,
    2.37847173959480950e-3,
    -2.96589568540237556e-5,
    4.36624404335156298e-5
  );
  const neptune = new Body(
    1.53796971148509165e1,
    -2.59193146099879641e1,
    1.79258772950371181e-1,
    2.68067772490389322e-3,
    1.62824170038242295e-3,
    -9.51592254519715870e-5,
    5.15138902046611451e-5
  );
  const bodies = [sun, jupiter, saturn, uranus, neptune];
  let px = 0.0;
  let py = 0.0;
  let pz = 0.0;
  for (const b of bodies) {
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  sun.offsetMomentum(px, py, pz);
  return bodies;
}

function advance(bodies, dt) {
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const bi = bodies[i];
    for (let j = i + 1; j < n; j++) {
      const bj = bodies[j];
      const dx = bi.x - bj.x;
      const dy = bi.y - bj.y;
      const dz = bi.z - bj.z;
      const dSquared = dx * dx + dy * dy + dz * dz;
      const distance = Math.sqrt(dSquared);
      const mag = dt / (dSquared * distance);
      bi.vx -= dx * bj.mass * mag;
      bi.vy -= dy * bj.mass * mag;
      bi.vz -= dz * bj.mass * mag;
      bj.vx += dx * bi.mass * mag;
      bj.vy += dy * bi.mass * mag;
      bj.vz += dz * bi.mass * mag;
    }
  }
  for (let i = 0; i < n; i++) {
    const b = bodies[i];
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

function energy(bodies) {
  let e = 0.0;
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const bi = bodies[i];
    e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
    for (let j = i + 1; j < n; j++) {
      const bj = bodies[j];
      const dx = bi.x - bj.x;
      const dy = bi.y - bj.y;
      const dz = bi.z - bj.z;
      e -= (bi.mass * bj.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

function benchmark(size) {
  const bodies = makeBodies();
  for (let i = 0; i < size; i++) {
    advance(bodies, 0.01);
  }
  return energy(bodies);
}

// Energies after `size` steps, computed with node. The Benchmarks Game publishes
// -0.169075164 for the initial system and -0.169087605 after 1000 steps (9 digits).
const NBODY_EXPECTED = {
  0: -0.16907516382852447,
  1000: -0.169087605234606,
  3000: -0.16904255807289845, // also AWFY's nbody.js and a Python port, bit for bit
  13000: -0.16908472766829966,
  15000: -0.169057006678299,
  20000: -0.16908926275526803,
};

function verify(result, size) {
  if (typeof result !== "number") return false;
  if (size === 0 && Math.abs(result - -0.169075164) > 5e-10) return false;
  if (size === 1000 && Math.abs(result - -0.169087605) > 5e-10) return false;
  const e = NBODY_EXPECTED[size];
  if (e === undefined) return false;
  return Math.abs(result - e) < 1e-12;
}
