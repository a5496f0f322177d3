// Writes the report files asked for on the command line (--json, --md, --csv,
// --html, --svg); each format is rendered by its own module.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BenchReport } from '../report-schema.js';
import { renderCsvReport } from './csv.js';
import { renderHtmlReport } from './html.js';
import { renderMarkdownReport } from './markdown.js';
import { renderSpeedupChartSvg } from './speedup-chart.js';

/** Indented JSON, with arrays of numbers (the samples) kept on one line each. */
export function renderJsonReport(report: BenchReport): string {
  return JSON.stringify(report, null, 2).replace(/\[\s*(-?[\d.eE+-]+(?:,\s*-?[\d.eE+-]+)*)\s*\]/g, (_all, items: string) => `[${items.replace(/\s+/g, '')}]`) + '\n';
}

export interface OutputFiles {
  json?: string;
  md?: string;
  csv?: string;
  html?: string;
  svg?: string;
}

const RENDERERS: Record<keyof OutputFiles, (report: BenchReport) => string> = {
  json: renderJsonReport,
  md: renderMarkdownReport,
  csv: renderCsvReport,
  html: renderHtmlReport,
  svg: renderSpeedupChartSvg,
};

/** Writes every requested file; returns the paths written. */
export function writeOutputs(report: BenchReport, files: OutputFiles): string[] {
  const written: string[] = [];
  for (const format of Object.keys(RENDERERS) as (keyof OutputFiles)[]) {
    const path = files[format];
    if (!path) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, RENDERERS[format](report));
    written.push(path);
  }
  return written;
}
