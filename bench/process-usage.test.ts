import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseProcessGroup, parseVmRss, processGroupRss } from './rss.ts';

describe('reading /proc', () => {
  it('reads VmRSS in bytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1200 kB\nVmRSS:\t   51234 kB\nRssAnon:\t 40000 kB\n';
    expect(parseVmRss(status)).toBe(51234 * 1024);
    expect(parseVmRss('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBeUndefined();
  });

  it('reads the process group even when the command name holds spaces and parentheses', () => {
    expect(parseProcessGroup('4242 (node) S 1 4242 4242 0 -1 4194560')).toBe(4242);
    expect(parseProcessGroup('77 (my (odd) name) R 10 70 70 0 -1')).toBe(70);
  });

  it('adds up the memory of a real process group', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10_000)'], { detached: true, stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const rss = processGroupRss(child.pid ?? -1);
      // A Node process holds some tens of megabytes, never zero and never gigabytes.
      expect(rss).toBeGreaterThan(10 * 1024 * 1024);
      expect(rss).toBeLessThan(1024 * 1024 * 1024);
      expect(processGroupRss(2 ** 22 + 1)).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
