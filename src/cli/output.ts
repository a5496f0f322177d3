// Buffered, synchronous writes to a file descriptor. Program output is written
// with fs.writeSync (so it is ordered with diagnostics and complete when the
// process exits, even from a worker thread) and batched so a program printing
// in a hot loop does not make one system call per line.

import { writeSync } from 'node:fs';

const FLUSH_AT = 1 << 16;

export class FdWriter {
  private chunks: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}

  write = (text: string): void => {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  };

  flush(): void {
    if (this.size === 0) return;
    const data = Buffer.from(this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
    let offset = 0;
    while (offset < data.length) {
      try {
        offset += writeSync(this.fd, data, offset);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      }
    }
  }
}
