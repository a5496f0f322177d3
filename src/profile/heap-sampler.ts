// The live-heap series for --memory, memory_profiler style: the V8 heap's used
// size sampled every `interval` language calls. The series stays bounded: when
// it fills up, every other sample is dropped and the interval doubles, so a long
// run keeps an evenly spaced series of at most MAX_SAMPLES points.

import { getHeapStatistics } from 'node:v8';
import type { HeapSample } from './model.js';

/** Enough points for a smooth chart; few enough to keep the JSON small. */
const MAX_SAMPLES = 1024;
/** Calls between two samples at the start (doubles as the run gets longer). */
const INITIAL_INTERVAL = 256;

export class HeapSampler {
  intervalCalls = INITIAL_INTERVAL;
  readonly samples: HeapSample[] = [];

  /** Records one point now. */
  sample(t: number, calls: number, fn: number): void {
    const heap = getHeapStatistics();
    this.samples.push({ t, calls, usedBytes: heap.used_heap_size, totalBytes: heap.total_heap_size, fn });
    if (this.samples.length >= MAX_SAMPLES) this.thin();
  }

  private thin(): void {
    let kept = 0;
    for (let i = 0; i < this.samples.length; i += 2) this.samples[kept++] = this.samples[i];
    this.samples.length = kept;
    this.intervalCalls *= 2;
  }
}
