import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './processes.js';

/** What the figures were measured on; shared machines make the load average worth keeping. */
export type Machine = {
  readonly date: string;
  readonly cores: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly kernel: string;
  readonly pglite: string;
  readonly loadAverageAtStart: readonly number[];
};

function versionOf(pkg: string): string {
  try {
    const json = readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8');
    return (JSON.parse(json) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Reads the machine's description now (call at the start of a run). */
export function describeMachine(): Machine {
  const cpuList = cpus();
  return {
    date: new Date().toISOString(),
    cores: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kernel: release(),
    pglite: versionOf('@electric-sql/pglite'),
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}
