// The statistics of the reports, in one place: medians with distribution-free
// confidence intervals, bootstrap intervals for ratios of medians and for
// geometric means of ratios, and Welch's t-test on log times for `compare`.
// Everything is deterministic (the bootstrap uses a seeded generator), so the
// same samples always give the same report.

export interface Interval {
  estimate: number;
  low: number;
  high: number;
  /** The interval's actual confidence level (order-statistic intervals are discrete). */
  level: number;
}

/** Default confidence level of every interval in the reports. */
export const CONFIDENCE = 0.95;
/** Bootstrap resamples per interval. */
export const BOOTSTRAP_RESAMPLES = 1000;

export function sortedCopy(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** Linear-interpolated quantile of sorted data (p in [0, 1]). */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function median(xs: readonly number[]): number {
  return quantileOfSorted(sortedCopy(xs), 0.5);
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
}

export function geometricMean(xs: readonly number[]): number {
  return Math.exp(mean(xs.map(Math.log)));
}

/**
 * The median with a distribution-free confidence interval from order
 * statistics: the widest symmetric pair (x(j), x(n+1-j)) whose binomial
 * coverage is at least `level`. With fewer than 6 samples no pair reaches 95%,
 * so the interval is [min, max] and `level` says what it does cover.
 */
export function medianWithInterval(xs: readonly number[], level: number = CONFIDENCE): Interval {
  const sorted = sortedCopy(xs);
  const n = sorted.length;
  const estimate = quantileOfSorted(sorted, 0.5);
  if (n === 0) return { estimate: NaN, low: NaN, high: NaN, level: 0 };
  // coverage(j) = P(j <= B < n+1-j) for B ~ Binomial(n, 1/2), j counted from 1.
  const pmf = binomialHalfPmf(n);
  let best = { j: 1, coverage: 1 - 2 * pmf[0] };
  if (n === 1) best.coverage = 0;
  for (let j = 1; j <= Math.floor(n / 2); j++) {
    let coverage = 0;
    for (let k = j; k <= n - j; k++) coverage += pmf[k];
    if (coverage >= level) best = { j, coverage };
    else break;
  }
  return { estimate, low: sorted[best.j - 1], high: sorted[n - best.j], level: best.coverage };
}

function binomialHalfPmf(n: number): number[] {
  const pmf: number[] = [];
  let logChoose = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logChoose += Math.log((n - k + 1) / k);
    pmf.push(Math.exp(logChoose - n * Math.LN2));
  }
  return pmf;
}

/** A small, fast, seeded generator (mulberry32) so bootstrap intervals are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws the medians of bootstrap resamples of one sample set. Resampling only
 * needs to know how often each order statistic was drawn, so each resample
 * costs O(n) without sorting.
 */
export class MedianResampler {
  private readonly sorted: number[];
  private readonly counts: Int32Array;

  constructor(samples: readonly number[]) {
    this.sorted = sortedCopy(samples);
    this.counts = new Int32Array(this.sorted.length);
  }

  next(random: () => number): number {
    const n = this.sorted.length;
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[Math.floor(random() * n)]++;
    // The median of the resample: the order statistic(s) at positions (n-1)/2 and n/2.
    const lowRank = Math.floor((n - 1) / 2);
    const highRank = Math.floor(n / 2);
    let seen = 0;
    let low = NaN;
    for (let i = 0; i < n; i++) {
      seen += counts[i];
      if (Number.isNaN(low) && seen > lowRank) low = this.sorted[i];
      if (seen > highRank) return (low + this.sorted[i]) / 2;
    }
    return low;
  }
}

function percentileInterval(estimate: number, draws: number[], level: number): Interval {
  const sorted = sortedCopy(draws);
  const tail = (1 - level) / 2;
  return { estimate, low: quantileOfSorted(sorted, tail), high: quantileOfSorted(sorted, 1 - tail), level };
}

/** median(numerator) / median(denominator) with a percentile bootstrap interval (samples resampled independently). */
export function ratioOfMedians(
  numerator: readonly number[],
  denominator: readonly number[],
  options: { level?: number; resamples?: number; seed?: number } = {},
): Interval {
  const level = options.level ?? CONFIDENCE;
  const random = seededRandom(options.seed ?? 1);
  const top = new MedianResampler(numerator);
  const bottom = new MedianResampler(denominator);
  const draws: number[] = [];
  for (let r = 0; r < (options.resamples ?? BOOTSTRAP_RESAMPLES); r++) draws.push(top.next(random) / bottom.next(random));
  return percentileInterval(median(numerator) / median(denominator), draws, level);
}

/**
 * The geometric mean over benchmarks of median(numerator)/median(denominator),
 * with a bootstrap interval that resamples every benchmark's samples together.
 */
export function geometricMeanOfRatios(
  pairs: readonly { numerator: readonly number[]; denominator: readonly number[] }[],
  options: { level?: number; resamples?: number; seed?: number } = {},
): Interval {
  const level = options.level ?? CONFIDENCE;
  if (pairs.length === 0) return { estimate: NaN, low: NaN, high: NaN, level };
  const random = seededRandom(options.seed ?? 2);
  const resamplers = pairs.map((p) => ({ top: new MedianResampler(p.numerator), bottom: new MedianResampler(p.denominator) }));
  const draws: number[] = [];
  for (let r = 0; r < (options.resamples ?? BOOTSTRAP_RESAMPLES); r++) {
    let logSum = 0;
    for (const { top, bottom } of resamplers) logSum += Math.log(top.next(random) / bottom.next(random));
    draws.push(Math.exp(logSum / resamplers.length));
  }
  const estimate = geometricMean(pairs.map((p) => median(p.numerator) / median(p.denominator)));
  return percentileInterval(estimate, draws, level);
}

export interface WelchResult {
  t: number;
  degreesOfFreedom: number;
  /** Two-sided p-value. */
  p: number;
}

/**
 * Welch's t-test (unequal variances) of two independent samples. `compare`
 * applies it to log times, so it tests a ratio of geometric means, and time
 * distributions' long right tails matter less.
 */
export function welchTTest(a: readonly number[], b: readonly number[]): WelchResult {
  const ma = mean(a);
  const mb = mean(b);
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const standardError = Math.sqrt(va + vb);
  if (standardError === 0 || a.length < 2 || b.length < 2) {
    // No spread to judge by: identical means are no change, different ones are as certain as it gets.
    const same = ma === mb;
    return { t: same ? 0 : Math.sign(ma - mb) * Infinity, degreesOfFreedom: Math.max(1, a.length + b.length - 2), p: same ? 1 : 0 };
  }
  const t = (ma - mb) / standardError;
  const df = (va + vb) ** 2 / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  return { t, degreesOfFreedom: df, p: studentTwoSidedP(t, df) };
}

/** P(|T| >= |t|) for Student's t with df degrees of freedom. */
export function studentTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** I_x(a, b), by the continued fraction (Numerical Recipes' betacf, modified Lentz). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  const EPSILON = 1e-14;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7). */
export function logGamma(x: number): number {
  const g = 7;
  const coefficients = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = coefficients[0];
  for (let i = 1; i < g + 2; i++) sum += coefficients[i] / (z + i);
  const t = z + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
