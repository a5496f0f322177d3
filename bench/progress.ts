// The progress line on stderr while a run goes on: which benchmark and column
// are running, how many cells are done, the elapsed time and an estimate of the
// time left (from the average time of the cells done so far, per column).
// Silent when stderr is not a terminal, so logs and pipes stay clean.

import { formatDuration } from './report/format.js';

interface PendingCell {
  benchmark: string;
  column: string;
}

const REFRESH_MS = 500;

export class ProgressLine {
  private readonly enabled: boolean;
  private readonly started = performance.now();
  private readonly running: PendingCell[] = [];
  private readonly remainingByColumn = new Map<string, number>();
  private readonly spentByColumn = new Map<string, { total: number; count: number }>();
  private done = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly cells: readonly PendingCell[],
    private readonly jobs: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = Boolean(stream.isTTY);
    for (const c of cells) this.remainingByColumn.set(c.column, (this.remainingByColumn.get(c.column) ?? 0) + 1);
    if (this.enabled) {
      this.timer = setInterval(() => this.draw(), REFRESH_MS);
      this.timer.unref();
    }
  }

  cellStarted(cell: PendingCell): void {
    this.running.push(cell);
    this.draw();
  }

  cellFinished(cell: PendingCell, wallMs: number): void {
    const i = this.running.findIndex((c) => c.benchmark === cell.benchmark && c.column === cell.column);
    if (i >= 0) this.running.splice(i, 1);
    this.done++;
    this.remainingByColumn.set(cell.column, (this.remainingByColumn.get(cell.column) ?? 1) - 1);
    const spent = this.spentByColumn.get(cell.column) ?? { total: 0, count: 0 };
    this.spentByColumn.set(cell.column, { total: spent.total + wallMs, count: spent.count + 1 });
    this.draw();
  }

  finish(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.enabled) this.stream.write('\r\x1b[2K');
  }

  /** Estimated milliseconds left: per column, its average cell time so far (or the overall average) times its cells left. */
  remainingMs(): number | null {
    let all = { total: 0, count: 0 };
    for (const s of this.spentByColumn.values()) all = { total: all.total + s.total, count: all.count + s.count };
    if (all.count === 0) return null;
    let left = 0;
    for (const [column, count] of this.remainingByColumn) {
      const s = this.spentByColumn.get(column);
      left += count * (s && s.count > 0 ? s.total / s.count : all.total / all.count);
    }
    return left / this.jobs;
  }

  private draw(): void {
    if (!this.enabled) return;
    const elapsed = formatDuration(performance.now() - this.started);
    const remaining = this.remainingMs();
    const now = this.running.map((c) => `${c.benchmark} on ${c.column}`).join(', ') || 'starting';
    const text = `[${this.done}/${this.cells.length}] ${now} · ${elapsed} elapsed · ${remaining === null ? 'estimating' : `~${formatDuration(remaining)} left`}`;
    const width = this.stream.columns ?? 100;
    this.stream.write(`\r\x1b[2K${text.length > width - 1 ? text.slice(0, width - 2) + '…' : text}`);
  }
}
