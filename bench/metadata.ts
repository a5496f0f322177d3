// What a report records about where and how it was measured: speedlab's
// version, the git commit (read from .git directly, no git process needed),
// Node and V8 versions, the CPU and the date.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from './repo-paths.js';

export interface MachineMetadata {
  speedlabVersion: string;
  gitCommit: string | null;
  nodeVersion: string;
  v8Version: string;
  cpuModel: string;
  cpuCount: number;
  platform: string;
  arch: string;
  totalMemoryMb: number;
}

export function machineMetadata(): MachineMetadata {
  const root = repoRoot();
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const cpuList = cpus();
  return {
    speedlabVersion: packageJson.version,
    gitCommit: gitCommit(root),
    nodeVersion: process.version,
    v8Version: process.versions.v8,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cpuCount: cpuList.length,
    platform: process.platform,
    arch: process.arch,
    totalMemoryMb: Math.round(totalmem() / (1024 * 1024)),
  };
}

/** The commit HEAD points at, or null (no .git, or a layout this does not understand). */
export function gitCommit(root: string): string | null {
  try {
    let gitDir = join(root, '.git');
    if (!existsSync(gitDir)) return null;
    if (statSync(gitDir).isFile()) {
      // A worktree or submodule: `.git` is a file saying where the real one is.
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(gitDir, 'utf8'));
      if (!pointer) return null;
      gitDir = resolve(root, pointer[1].trim());
    }
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const ref = /^ref:\s*(.+)$/.exec(head)?.[1];
    if (!ref) return null;
    const commonDir = existsSync(join(gitDir, 'commondir')) ? resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim()) : gitDir;
    for (const dir of [gitDir, commonDir]) {
      const loose = join(dir, ref);
      if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    }
    const packed = join(commonDir, 'packed-refs');
    if (existsSync(packed)) {
      for (const line of readFileSync(packed, 'utf8').split('\n')) {
        const [hash, name] = line.trim().split(' ');
        if (name === ref && /^[0-9a-f]{40}$/.test(hash)) return hash;
      }
    }
    return null;
  } catch {
    return null;
  }
}
