import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/readings.js', import.meta.url));

export interface ServedCli {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Its exit code, once it has exited. */
  exited: Promise<number | null>;
}

/** `readings serve --port 0` on `db` (with `args` before the command), resolved once it says where it listens. */
export function serveCli(db: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<ServedCli> {
  const child = spawn(process.execPath, [BIN, '--db', db, ...args, 'serve', '--port', '0'], { env: { ...process.env, READINGS_DB: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+) /.exec(out);
      if (m && out.includes('\n')) setTimeout(() => resolve({ url: m[1]!, child, output: () => out, exited }), 50);
    });
    child.stderr!.on('data', (d: Buffer) => {
      out += d.toString();
    });
    void exited.then((code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}
