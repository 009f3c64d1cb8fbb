/**
 * Runs tasks with at most `perHost` at once against one host and `global` at once
 * overall, first come first served: politeness towards each site, and a bound on
 * open sockets and memory.
 */
export interface HostLimiter {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export function createHostLimiter(perHost: number, global: number): HostLimiter {
  const active = new Map<string, number>();
  let running = 0;
  const waiting: { host: string; start: () => void }[] = [];
  const canStart = (host: string): boolean => running < global && (active.get(host) ?? 0) < perHost;
  const pump = (): void => {
    for (let i = 0; i < waiting.length && running < global; ) {
      const w = waiting[i] as (typeof waiting)[number];
      if (canStart(w.host)) {
        waiting.splice(i, 1);
        w.start();
      } else i++;
    }
  };
  return {
    run<T>(host: string, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = (): void => {
          running++;
          active.set(host, (active.get(host) ?? 0) + 1);
          task().then(resolve, reject).finally(() => {
            running--;
            const n = (active.get(host) ?? 1) - 1;
            if (n === 0) active.delete(host);
            else active.set(host, n);
            pump();
          });
        };
        if (canStart(host) && waiting.length === 0) start();
        else {
          waiting.push({ host, start });
          pump();
        }
      });
    },
  };
}

/** The host a URL's requests go to, for the limiter; the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
