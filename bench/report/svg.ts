// Small helpers for the hand-written SVG charts: escaping, a colour per column
// (stable across charts), and log-scale ticks.

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Colour-blind-friendly palette (Okabe–Ito, then extra tones), assigned by column position. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#999999'];

export function columnColour(index: number): string {
  return PALETTE[index % PALETTE.length];
}

/** A log10 scale from [min, max] (data units, > 0) to [from, to] (pixels), padded out to whole decades. */
export interface LogScale {
  min: number;
  max: number;
  at(value: number): number;
  ticks(): { value: number; major: boolean }[];
}

export function logScale(dataMin: number, dataMax: number, from: number, to: number): LogScale {
  const lo = Math.floor(Math.log10(Math.max(dataMin, 1e-9)));
  let hi = Math.ceil(Math.log10(Math.max(dataMax, 1e-9)));
  if (hi === lo) hi = lo + 1;
  const min = 10 ** lo;
  const max = 10 ** hi;
  return {
    min,
    max,
    at: (value) => from + ((Math.log10(Math.min(Math.max(value, min), max)) - lo) / (hi - lo)) * (to - from),
    ticks: () => {
      const ticks: { value: number; major: boolean }[] = [];
      for (let e = lo; e <= hi; e++) {
        ticks.push({ value: 10 ** e, major: true });
        if (e < hi && hi - lo <= 4) for (const m of [2, 5]) ticks.push({ value: m * 10 ** e, major: false });
      }
      return ticks;
    },
  };
}

/** A tick label: 0.01, 0.1, 1, 10, 1k, 10k. */
export function tickLabel(value: number): string {
  if (value >= 1000) return `${value / 1000}k`;
  if (value >= 1) return String(value);
  return String(Number(value.toPrecision(1)));
}
