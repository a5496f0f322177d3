// Number formatting shared by every report format, so the terminal table, the
// markdown, the HTML and the compare table print the same figures the same way.

/** A time in ms with 3 significant digits and a unit that keeps it readable (µs, ms, s). */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1) return `${significant(ms * 1000)} µs`;
  if (ms >= 10_000) return `${significant(ms / 1000)} s`;
  return `${significant(ms)} ms`;
}

/** A speedup factor: ×1.00, ×12.3, ×456. */
export function formatFactor(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return `×${significant(x)}`;
}

/** A relative half-width of an interval around an estimate, as ±N%. */
export function formatRelativeHalfWidth(estimate: number, low: number, high: number): string {
  if (!Number.isFinite(estimate) || estimate === 0) return '';
  const half = Math.max(estimate - low, high - estimate) / estimate;
  return `±${half < 0.1 ? (half * 100).toFixed(1) : Math.round(half * 100)}%`;
}

/** A relative change (new/old ratio) as a signed percentage: +12.3%, −4.0%. */
export function formatChange(ratio: number): string {
  if (!Number.isFinite(ratio)) return '—';
  const percent = (ratio - 1) * 100;
  const text = Math.abs(percent) >= 100 ? Math.abs(percent).toFixed(0) : Math.abs(percent).toFixed(1);
  return `${percent < 0 ? '−' : '+'}${text}%`;
}

/** A wall-clock duration: 42 s, 3 m 05 s. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} m ${String(seconds % 60).padStart(2, '0')} s`;
}

/** 3 significant digits without exponent notation (1.23, 12.3, 123, 1234). */
export function significant(x: number): string {
  if (x === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const decimals = Math.max(0, 2 - magnitude);
  return x.toFixed(decimals);
}
