// speedscope's own file format (https://www.speedscope.app/file-format-schema.json):
// shared frames (one per profiled function) and one evented profile per tier,
// with open/close events in milliseconds read off the call-tree layout. Several
// profiles in one file (--compare-tiers) show as tabs in speedscope.

import { layoutCallTree } from '../call-tree-layout.js';
import type { Profile } from '../model.js';

export const SPEEDSCOPE_SCHEMA = 'https://www.speedscope.app/file-format-schema.json';

export interface SpeedscopeFrame {
  name: string;
  file?: string;
  line?: number;
  col?: number;
}

export interface SpeedscopeEvent {
  type: 'O' | 'C';
  frame: number;
  at: number;
}

export interface SpeedscopeEventedProfile {
  type: 'evented';
  name: string;
  unit: 'milliseconds';
  startValue: number;
  endValue: number;
  events: SpeedscopeEvent[];
}

export interface SpeedscopeFile {
  $schema: typeof SPEEDSCOPE_SCHEMA;
  shared: { frames: SpeedscopeFrame[] };
  profiles: SpeedscopeEventedProfile[];
  name: string;
  activeProfileIndex: number;
  exporter: string;
}

export function toSpeedscope(profiles: readonly Profile[]): SpeedscopeFile {
  const frames: SpeedscopeFrame[] = [];
  const frameIndex = new Map<string, number>();
  const frameOf = (profile: Profile, fn: number): number => {
    const f = profile.functions[fn];
    const key = `${f.label}\0${f.file}\0${f.line}`;
    let index = frameIndex.get(key);
    if (index === undefined) {
      index = frames.length;
      frames.push({ name: f.label, file: f.file, line: f.line, col: f.column + 1 });
      frameIndex.set(key, index);
    }
    return index;
  };
  const evented = profiles.map((profile): SpeedscopeEventedProfile => {
    const spans = layoutCallTree(profile);
    const events: SpeedscopeEvent[] = [];
    // Pre-order spans: before opening a span, close every open span that is not its ancestor.
    const open: { frame: number; end: number; depth: number }[] = [];
    for (const span of spans) {
      while (open.length > span.depth) {
        const done = open.pop()!;
        events.push({ type: 'C', frame: done.frame, at: done.end });
      }
      const frame = frameOf(profile, span.node.fn);
      events.push({ type: 'O', frame, at: span.start });
      open.push({ frame, end: span.end, depth: span.depth });
    }
    while (open.length > 0) {
      const done = open.pop()!;
      events.push({ type: 'C', frame: done.frame, at: done.end });
    }
    const endValue = spans.length ? spans[0].end : 0;
    return { type: 'evented', name: `${profile.file} on ${profile.tier}`, unit: 'milliseconds', startValue: 0, endValue, events };
  });
  return {
    $schema: SPEEDSCOPE_SCHEMA,
    shared: { frames },
    profiles: evented,
    name: profiles.length ? profiles[0].file : 'speedlab profile',
    activeProfileIndex: 0,
    exporter: 'speedlab profile',
  };
}

export function renderSpeedscope(profiles: readonly Profile[]): string {
  return JSON.stringify(toSpeedscope(profiles));
}
