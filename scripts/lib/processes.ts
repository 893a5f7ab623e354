/**
 * Child processes for the run and test commands: started with a clear name, their output prefixed
 * (or kept in a log file), stopped together, and waited for over HTTP rather than by sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves when the process has exited (SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>;
  /** The last lines of output, for error messages. */
  tail(): string;
}

export interface StartOptions {
  name: string;
  command: string;
  args?: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Write output to this file instead of the terminal. */
  logFile?: string;
}

const running = new Set<ManagedProcess>();

export function startProcess(options: StartOptions): ManagedProcess {
  const child = spawn(options.command, options.args ?? [], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stop() also ends grandchildren
  });
  const recent: string[] = [];
  const log = options.logFile ? fs.createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    for (const line of text.split('\n')) if (line.trim()) recent.push(line);
    recent.splice(0, Math.max(0, recent.length - 40));
    if (log) log.write(text);
    else for (const line of text.split('\n')) if (line.trim()) process.stdout.write(`[${options.name}] ${line}\n`);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const managed: ManagedProcess = {
    name: options.name,
    child,
    tail: () => recent.join('\n'),
    async stop() {
      running.delete(managed);
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, 'SIGTERM');
      const killer = setTimeout(() => signalGroup(child, 'SIGKILL'), 8_000);
      await exited;
      clearTimeout(killer);
      log?.end();
    },
  };
  running.add(managed);
  return managed;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].reverse().map((proc) => proc.stop()));
}

/** Polls `url` until it answers with a status below 500; fails early if `proc` exits. */
export async function waitForHttp(url: string, proc: ManagedProcess | undefined, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && (proc.child.exitCode !== null || proc.child.signalCode !== null)) {
      throw new Error(`${proc.name} stopte tijdens het opstarten (code ${proc.child.exitCode}):\n${proc.tail()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${proc?.name ?? url} antwoordde niet binnen ${timeoutMs / 1000} s op ${url}\n${proc?.tail() ?? ''}`);
}

/** A TCP port that was free a moment ago, for throw-away test instances. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function assertPortFree(port: number, what: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(new Error(`Poort ${port} (${what}) is al in gebruik. Stop het andere proces of kies een andere poort.`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
