/**
 * Memory and CPU time of the processes under test, read from /proc (Linux). Each process the run
 * and test plumbing starts leads its own process group (detached), so the group's total counts any
 * helper process an app might spawn, not only the one whose pid we hold.
 *
 * CPU time per request is the figure that survives a busy machine: latency grows when other work
 * competes for the two cores, the CPU an app spends on one request hardly does.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** VmRSS of a /proc/<pid>/status text, in bytes; undefined for a kernel thread or a zombie. */
export function parseVmRss(status: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match?.[1] ? Number(match[1]) * 1024 : undefined;
}

/** Fields of a /proc/<pid>/stat line after the command name (which may hold spaces or parentheses). */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** The process group id from a /proc/<pid>/stat line. */
export function parseProcessGroup(stat: string): number | undefined {
  const group = Number(statFields(stat)[2]);
  return Number.isInteger(group) ? group : undefined;
}

/** User + system CPU time from a /proc/<pid>/stat line, in clock ticks. */
export function parseCpuTicks(stat: string): number {
  const fields = statFields(stat);
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
}

const ticksPerSecond = (() => {
  const answer = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout);
  return Number.isInteger(answer) && answer > 0 ? answer : 100;
})();

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended while we looked
  }
}

export interface GroupUsage {
  rssBytes: number;
  cpuSeconds: number;
}

/** Resident memory and CPU time so far of every process in the group led by `leaderPid`. */
export function processGroupUsage(leaderPid: number): GroupUsage {
  const usage: GroupUsage = { rssBytes: 0, cpuSeconds: 0 };
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrUndefined(`/proc/${entry}/stat`);
    if (stat === undefined || parseProcessGroup(stat) !== leaderPid) continue;
    usage.cpuSeconds += parseCpuTicks(stat) / ticksPerSecond;
    usage.rssBytes += parseVmRss(readOrUndefined(`/proc/${entry}/status`) ?? '') ?? 0;
  }
  return usage;
}

export interface UsageSample {
  /** Bytes when sampling started. */
  rssStart: number;
  /** Highest bytes seen while sampling. */
  rssPeak: number;
  /** CPU seconds spent while sampling. */
  cpuSeconds: number;
}

/** Samples a process group's memory every `intervalMs`, and its CPU time at start and stop. */
export function sampleUsage(leaderPid: number, intervalMs = 250): { stop(): UsageSample } {
  const start = processGroupUsage(leaderPid);
  let rssPeak = start.rssBytes;
  const timer = setInterval(() => {
    rssPeak = Math.max(rssPeak, processGroupUsage(leaderPid).rssBytes);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const end = processGroupUsage(leaderPid);
      return {
        rssStart: start.rssBytes,
        rssPeak: Math.max(rssPeak, end.rssBytes),
        cpuSeconds: end.cpuSeconds - start.cpuSeconds,
      };
    },
  };
}
