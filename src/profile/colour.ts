// Colours for the pictures. The call graph uses gprof2dot's temperature ramp:
// hue from dark blue (cold, little time) through green and yellow to saturated
// red (hot), with lightness rising with heat. The flame graph uses the classic
// warm flame palette, or one hue per mode when a profile mixes modes.

import type { ProfiledMode } from './model.js';

/** gprof2dot's default theme end points, in HSL. */
const COLD = { h: 2 / 3, s: 0.8, l: 0.25 };
const HOT = { h: 0, s: 1, l: 0.5 };

/** A colour for a weight in [0, 1] (share of total time). */
export function temperature(weight: number): string {
  const w = Math.min(1, Math.max(0, weight));
  return hslToHex(COLD.h + w * (HOT.h - COLD.h), COLD.s + w * (HOT.s - COLD.s), COLD.l + w * (HOT.l - COLD.l));
}

const MODE_HUES: Record<ProfiledMode, number> = { ast: 30, vm: 200, wasm: 120, native: 280, compile: 0 };

/** A flame-graph cell colour: warm and varied by name, or by mode when modes are mixed. */
export function flameColour(name: string, mode: ProfiledMode, byMode: boolean): string {
  const h = hash(name);
  if (byMode) return hslToHex(MODE_HUES[mode] / 360, 0.55 + (h % 20) / 100, 0.55 + ((h >>> 5) % 15) / 100);
  // flamegraph.pl "hot": red 205-255, green 0-230, blue 0-55.
  const r = 205 + (h % 50);
  const g = (h >>> 6) % 230;
  const b = (h >>> 12) % 55;
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function hslToHex(h: number, s: number, l: number): string {
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return `#${[channel(h + 1 / 3), channel(h), channel(h - 1 / 3)].map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;
}
