import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCpuTicks, parseProcessGroup, parseVmRss, processGroupUsage, sampleUsage } from './process-usage.ts';

describe('reading /proc', () => {
  it('reads VmRSS in bytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1200 kB\nVmRSS:\t   51234 kB\nRssAnon:\t 40000 kB\n';
    expect(parseVmRss(status)).toBe(51234 * 1024);
    expect(parseVmRss('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBeUndefined();
  });

  it('reads the process group and CPU ticks even when the command name holds spaces and parentheses', () => {
    const stat = '77 (my (odd) name) R 10 70 70 0 -1 4194304 127 0 0 0 250 31 0 0 20 0 1';
    expect(parseProcessGroup(stat)).toBe(70);
    expect(parseCpuTicks(stat)).toBe(281);
    expect(parseProcessGroup('4242 (node) S 1 4242 4242 0 -1 4194560')).toBe(4242);
  });

  it('measures the memory and CPU time of a real, busy process group', async () => {
    // Spins until it has used 150 ms of CPU (however busy the machine), says so, then idles.
    const script =
      'while (process.cpuUsage().user < 150_000); process.stdout.write("done"); setTimeout(() => {}, 10_000)';
    const child = spawn(process.execPath, ['-e', script], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const sampler = sampleUsage(child.pid ?? -1, 50);
      await new Promise((resolve, reject) => {
        child.stdout.once('data', resolve);
        setTimeout(() => reject(new Error('het kindproces werd niet klaar')), 20_000);
      });
      const sample = sampler.stop();
      // A Node process holds some tens of megabytes, never zero and never gigabytes.
      expect(sample.rssPeak).toBeGreaterThan(10 * 1024 * 1024);
      expect(sample.rssPeak).toBeLessThan(1024 * 1024 * 1024);
      expect(sample.cpuSeconds).toBeGreaterThanOrEqual(0.12);
      expect(sample.cpuSeconds).toBeLessThan(2);
      expect(processGroupUsage(2 ** 22 + 1)).toEqual({ rssBytes: 0, cpuSeconds: 0 });
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});
