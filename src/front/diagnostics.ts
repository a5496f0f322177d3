// Errors found before a program runs (syntax errors and unsupported constructs),
// reported as `file:line:col: message` followed by a code frame with a caret.

export class CheckError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
    readonly frame: string,
  ) {
    super(`${file}:${line}:${column + 1}: ${reason}`);
    this.name = 'CheckError';
  }

  /** The full report: location, message and code frame. */
  format(): string {
    return `${this.message}\n${this.frame}`;
  }
}

/** A few lines of source around (line, column) with a caret under the column. */
export function codeFrame(source: string, line: number, column: number): string {
  const lines = source.split(/\r\n|\r|\n/);
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1]}`);
    if (n === line) {
      const text = lines[n - 1] ?? '';
      // keep tabs so the caret lines up under tabbed source
      const pad = text.slice(0, column).replace(/[^\t]/g, ' ');
      out.push(`  ${' '.repeat(width)} | ${pad}^`);
    }
  }
  return out.join('\n');
}

export function checkError(source: string, file: string, line: number, column: number, reason: string): CheckError {
  return new CheckError(file, line, column, reason, codeFrame(source, line, column));
}
