// Random well-formed programs for differential testing against Node. A seeded
// generator (so every failure is reproducible from its seed) writes programs
// that stay inside the language and always terminate: bounded loops, small
// recursion, and a try/catch around the body so that an exception is output
// too. The programs lean on what tiers get wrong: int32 overflow and wrapping,
// -0, NaN comparisons, mixed int/double/string values in the same variable,
// array holes and out-of-bounds reads, shape changes at one property site.

/** Mulberry32: small, fast, good enough for test generation. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBERS = ['0', '-0', '1', '-1', '2', '3', '7', '10', '0.5', '-2.5', '1e21', '2147483647', '-2147483648', '4294967295', '65536', 'NaN', 'Infinity', '-Infinity', '1.7976931348623157e308'];
const OTHERS = ['"a"', '"10"', '""', '" 12 "', '"x1"', 'true', 'false', 'null', 'undefined', '[]', '[1, 2]', '({})', '({ a: 1 })'];
const BINARY = ['+', '-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '>>>', '<', '>', '<=', '>=', '==', '!=', '===', '!=='];
const UNARY = ['-', '+', '!', '~', 'typeof '];

export function generateProgram(seed: number): string {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const chance = (p: number) => rnd() < p;
  const vars = ['v0', 'v1', 'v2', 'v3'];
  let loopVar: string | null = null;

  /** Negative literals are parenthesised: `-2 ** x` and `--1` are not valid JavaScript. */
  const literal = (): string => {
    const text = chance(0.7) ? pick(NUMBERS) : pick(OTHERS);
    return text.startsWith('-') ? `(${text})` : text;
  };

  const expression = (depth: number): string => {
    if (depth <= 0 || chance(0.25)) {
      if (chance(0.5)) return pick(vars);
      if (loopVar && chance(0.4)) return loopVar;
      return literal();
    }
    switch (Math.floor(rnd() * 9)) {
      case 0:
      case 1:
      case 2:
        return `(${expression(depth - 1)} ${pick(BINARY)} ${expression(depth - 1)})`;
      case 3:
        return `(${pick(UNARY)}${expression(depth - 1)})`;
      case 4:
        return `(${expression(depth - 1)} ? ${expression(depth - 1)} : ${expression(depth - 1)})`;
      case 5:
        return `(${expression(depth - 1)} ${pick(['&&', '||', '??'])} ${expression(depth - 1)})`;
      case 6:
        return `f(${expression(depth - 1)}, ${expression(depth - 1)})`;
      case 7:
        return `arr[${pick(['0', '1', '2', '5', '-1', 'i & 3', '"1"', '1.5'].filter((k) => loopVar || !k.includes('i')))}]`;
      default:
        return `${pick(['obj.a', 'obj.b', 'String(' + pick(vars) + ')', 'Math.floor(' + pick(vars) + ')', '(' + pick(vars) + ' | 0)', '(' + pick(vars) + ' >>> 0)', 'Math.max(' + pick(vars) + ', 1)', '[' + pick(vars) + '].length'])}`;
    }
  };

  const statement = (depth: number): string => {
    const target = pick(vars);
    switch (Math.floor(rnd() * 10)) {
      case 0:
        return `${target} = ${expression(3)};`;
      case 1:
        return `${target} ${pick(['+=', '-=', '*=', '|=', '&=', '^=', '<<=', '>>>=', '%='])} ${expression(2)};`;
      case 2:
        return `if (${expression(2)}) { ${statement(depth - 1)} } else { ${statement(depth - 1)} }`;
      case 3: {
        if (depth <= 0 || loopVar) return `${target}++;`;
        loopVar = 'i';
        const body = [statement(depth - 1), statement(depth - 1)].join(' ');
        loopVar = null;
        return `for (let i = 0; i < ${pick(['3', '10', '40'])}; i++) { ${body} }`;
      }
      case 4:
        return `arr[${pick(['0', '1', '3', 'arr.length'])}] = ${expression(2)};`;
      case 5:
        return `obj.${pick(['a', 'b', 'c'])} = ${expression(2)};`;
      case 6:
        return `log.push(${expression(3)});`;
      case 7:
        // a hot numeric loop in a function: what a JIT compiles (and deoptimises when types change)
        return `${target} = hot(${pick(['0', '1', '100', '2147483000', '0.5', '"s"', target])}, ${pick(['5', '50', '300'])});`;
      case 8:
        // a filled array that never leaves its function (made in compiled code's memory), fed any value
        return `${target} = table(${pick(['3', '40', '300'])}, ${expression(1)});`;
      default:
        // one call site that turns polymorphic, and a property site that sees several shapes
        return `${target} = poly(${pick(['0', '1', '2', 'i & 3', 'i'].filter((k) => loopVar || !k.includes('i')))}, ${expression(1)});`;
    }
  };

  const lines: string[] = [];
  lines.push(`// fuzz program, seed ${seed}`);
  lines.push('const log = [];');
  lines.push(`let ${vars.map((v) => `${v} = ${literal()}`).join(', ')};`);
  lines.push(`const arr = [${literal()}, ${literal()}, , ${literal()}];`);
  lines.push(`const obj = { a: ${literal()}, b: ${literal()} };`);
  lines.push(`function f(x, y) { return ${expression(2).replace(/\bf\(/g, 'g(').replace(/\bv\d\b/g, (v) => (v === 'v0' ? 'x' : v === 'v1' ? 'y' : v))}; }`);
  lines.push('function g(x, y) { return x === y ? x : typeof x === "number" ? x * 2 : y; }');
  lines.push(`function hot(start, n) { let s = start; for (let j = 0; j < n; j++) { s = ${pick(['(s + j * 7) | 0', 's + j * 1000003', 's * 3 + j', '(s ^ j) >>> 1', 's - j / 2', 's + (j % 3 === 0 ? 0.5 : 1)'])}; } return s; }`);
  lines.push(`function table(n, k) { const t = new Array(n).fill(${pick(['0', '1', '-0', '0.5', 'true', 'false', 'k', 'n'])}); for (let j = 0; j < n; j++) t[j] = ${pick(['t[j] + k * j', 'j % 3 === 0 ? k : t[j]', '(t[(j + 1) % n] | 0) + j', '!t[j] ? j : -j', 't[j] || k'])}; let s = 0; for (let j = 0; j < t.length; j += 7) s += t[j]; return [s, t[n - 1], t.length]; }`);
  lines.push('class P { constructor(x) { this.x = x; } get() { return this.x; } }');
  lines.push('class Q { constructor(x) { this.y = 0; this.x = x; } get() { return this.x * 2; } }');
  lines.push('class R extends P { get() { return typeof this.x; } }');
  lines.push('const shapes = [(x) => new P(x), (x) => new Q(x), (x) => new R(x), (x) => ({ x, get() { return -1; } })];');
  lines.push('function poly(k, x) { const o = shapes[Math.abs(Number(k) | 0) & 3](x); let t = 0; for (let j = 0; j < 20; j++) t = o.get(); return [t, o.x]; }');
  lines.push('try {');
  const count = 4 + Math.floor(rnd() * 8);
  for (let i = 0; i < count; i++) lines.push('  ' + statement(2));
  lines.push('} catch (e) {');
  lines.push('  log.push(e.name + ": " + e.message);');
  lines.push('}');
  lines.push(`console.log(${vars.join(', ')});`);
  lines.push('console.log(arr, obj);');
  lines.push('console.log(log);');
  return lines.join('\n') + '\n';
}
