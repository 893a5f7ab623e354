/**
 * Resident memory of the processes under test, read from /proc (Linux). Each process the run and
 * test plumbing starts leads its own process group (detached), so the group's total counts any
 * helper process an app might spawn, not only the one whose pid we hold.
 */
import fs from 'node:fs';

/** VmRSS of a /proc/<pid>/status text, in bytes; undefined for a kernel thread or a zombie. */
export function parseVmRss(status: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match?.[1] ? Number(match[1]) * 1024 : undefined;
}

/** The process group id from a /proc/<pid>/stat line (the command name may contain spaces or parentheses). */
export function parseProcessGroup(stat: string): number | undefined {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const group = Number(afterName[2]);
  return Number.isInteger(group) ? group : undefined;
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended while we looked
  }
}

/** Total resident memory, in bytes, of every process in the group led by `leaderPid`. */
export function processGroupRss(leaderPid: number): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrUndefined(`/proc/${entry}/stat`);
    if (stat === undefined || parseProcessGroup(stat) !== leaderPid) continue;
    total += parseVmRss(readOrUndefined(`/proc/${entry}/status`) ?? '') ?? 0;
  }
  return total;
}

export interface RssSample {
  /** Bytes when sampling started. */
  start: number;
  /** Highest bytes seen while sampling. */
  peak: number;
}

/** Samples a process group's memory every `intervalMs` until stopped. */
export function sampleRss(leaderPid: number, intervalMs = 250): { stop(): RssSample } {
  const start = processGroupRss(leaderPid);
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, processGroupRss(leaderPid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, processGroupRss(leaderPid));
      return { start, peak };
    },
  };
}
