// Number formatting shared by the text reports: fixed-width milliseconds in the
// pstats manner, byte sizes, counts with separators, percentages.

/** pstats' `%8.3f`, for milliseconds. */
export function f8(ms: number): string {
  return ms.toFixed(3).padStart(8);
}

export function ms(value: number): string {
  if (value >= 100) return `${value.toFixed(1)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(3)} ms`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function percent(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

/** Left-aligned text columns for small report tables (first row is the header). */
export function columns(rows: string[][], rightAligned: readonly boolean[]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) => r.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]) : i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd())
    .join('\n');
}
