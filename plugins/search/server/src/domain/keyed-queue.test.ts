import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('KeyedQueue', () => {
  it('runs tasks of one key in order, one at a time', async () => {
    const log: string[] = [];
    const queue = new KeyedQueue(() => undefined);
    void queue.push('a', async () => {
      log.push('start 1');
      await tick();
      log.push('end 1');
    });
    await tick();
    void queue.push('a', async () => {
      log.push('run 2');
    });
    await queue.idle();
    expect(log).toEqual(['start 1', 'end 1', 'run 2']);
  });

  it('folds requests that wait behind a running task into one run', async () => {
    let runs = 0;
    const queue = new KeyedQueue(() => undefined);
    const task = async () => {
      runs += 1;
      await tick();
    };
    void queue.push('a', task);
    await tick(); // first run has started
    void queue.push('a', task);
    void queue.push('a', task);
    void queue.push('a', task);
    await queue.idle();
    expect(runs).toBe(2);
  });

  it('reports a failing task and keeps going', async () => {
    const failures: string[] = [];
    const queue = new KeyedQueue((key) => failures.push(key));
    let ran = false;
    void queue.push('a', async () => {
      throw new Error('down');
    });
    void queue.push('b', async () => {
      ran = true;
    });
    await queue.idle();
    expect(failures).toEqual(['a']);
    expect(ran).toBe(true);
  });
});
