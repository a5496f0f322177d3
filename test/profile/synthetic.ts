// A recorder driven by hand on a fake clock, for exact figures and for the
// events no registered tier may send yet (mode switches, JIT compiles, deopts,
// lines). `harness` moves realm.depth the way a tier would.

import type { FunctionInfo } from '../../src/front/ast.js';
import type { Profile } from '../../src/profile/model.js';
import { ProfileRecorder } from '../../src/profile/recorder.js';
import { snapshotProfile } from '../../src/profile/snapshot.js';
import type { ExecutionMode } from '../../src/runtime/probe.js';
import type { JSFunction } from '../../src/runtime/values.js';

export function info(id: number, name: string, line: number): FunctionInfo {
  return { id, name, line, column: 0 } as FunctionInfo;
}

export function fn(i: FunctionInfo): JSFunction {
  return { info: i, name: i.name, classNode: null } as unknown as JSFunction;
}

/** A recorder on a fake clock, with a realm depth that follows enter/exit as a tier's would. */
export function harness(options: { lines?: boolean } = {}) {
  let time = 0;
  const realm = { depth: 0 };
  const recorder = new ProfileRecorder(realm, { file: 'p.js', script: info(0, '<script>', 1), rootMode: 'vm', lines: options.lines, clock: () => time });
  recorder.start();
  return {
    recorder,
    at(t: number) {
      time = t;
    },
    enter(f: JSFunction, mode: ExecutionMode = 'vm') {
      realm.depth++;
      recorder.enter(f, mode);
    },
    exit() {
      recorder.exit();
      realm.depth--;
    },
    unwind(depth: number) {
      recorder.unwind(depth);
      realm.depth = depth;
    },
    finish(): Profile {
      recorder.finish();
      return snapshotProfile(recorder, {
        tier: 'test',
        source: '',
        overhead: { profiledMs: time, plainMs: null, calls: recorder.calls, perCallNs: 0 },
        tierStats: {},
        outcome: { status: 'ok' },
        linesRequested: options.lines ?? false,
      });
    },
  };
}

