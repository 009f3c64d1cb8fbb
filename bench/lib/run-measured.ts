import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  seconds: number;
  exitCode: number | null;
  /** Peak resident set size of the process (worker threads included), in MB. */
  peakRssMb: number;
  /** RSS samples, [seconds since start, MB]. */
  samples: [number, number][];
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

/** Runs a command to completion, timing it and sampling its memory from /proc. */
export function runMeasured(command: string, args: string[], sampleMs = 100): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const samples: [number, number][] = [];
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setInterval(() => {
      const mb = child.pid ? rssMb(child.pid) : null;
      if (mb !== null) samples.push([(performance.now() - t0) / 1000, mb]);
    }, sampleMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      resolve({ seconds, exitCode, peakRssMb: Math.max(0, ...samples.map(([, mb]) => mb)), samples, stdout, stderr });
    });
  });
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
