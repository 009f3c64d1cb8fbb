import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  seconds: number;
  exitCode: number | null;
  /** Peak resident set size of the process (worker threads included), in MB. */
  peakRssMb: number;
  /** RSS samples, [seconds since start, MB]. */
  samples: [number, number][];
  /** User + system CPU seconds of the process (all threads), from /usr/bin/time; null without it. */
  cpuSeconds: number | null;
  stdout: string;
  stderr: string;
}

function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const TIME = '/usr/bin/time';
const CPU_MARK = '@@cpu ';

/**
 * Runs a command to completion, timing it and sampling its memory from /proc.
 * Wrapped in /usr/bin/time when present, for CPU seconds: on a shared machine
 * the CPU time says what the wall clock cannot.
 */
export function runMeasured(command: string, args: string[], sampleMs = 100): Promise<Measured> {
  const timed = existsSync(TIME);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = timed
      ? spawn(TIME, ['-f', `${CPU_MARK}%U %S`, command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const samples: [number, number][] = [];
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setInterval(() => {
      const pid = child.pid ? (timed ? childPid(child.pid) : child.pid) : null;
      const mb = pid ? rssMb(pid) : null;
      if (mb !== null) samples.push([(performance.now() - t0) / 1000, mb]);
    }, sampleMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      const cpu = new RegExp(`${CPU_MARK}([\\d.]+) ([\\d.]+)`).exec(stderr);
      const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : null;
      resolve({ seconds, exitCode, peakRssMb: Math.max(0, ...samples.map(([, mb]) => mb)), samples, stdout, stderr, cpuSeconds });
    });
  });
}

/** The first child of a process (the command /usr/bin/time runs). */
function childPid(pid: number): number | null {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return children.length ? Number(children[0]) : null;
  } catch {
    return null;
  }
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
