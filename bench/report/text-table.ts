// A plain-text table for terminals: padded columns, a rule under the header,
// and `null` rows drawn as rules (before a geometric-mean row, for example).

export type Alignment = 'left' | 'right';

export function renderTextTable(headers: string[], rows: (string[] | null)[], align: Alignment[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r ? (r[i] ?? '').length : 0))));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map((r) => (r ? line(r) : rule))].join('\n') + '\n';
}
