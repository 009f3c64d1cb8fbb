import cliProgress from 'cli-progress';

export interface Progress {
  tick(label?: string): void;
  /** Sets how much is done (for work that reports its own count). */
  update(done: number): void;
  setTotal(total: number): void;
  stop(): void;
}

const silent: Progress = { tick() {}, update() {}, setTotal() {}, stop() {} };

/** A progress bar on stderr, only when stderr is a terminal and the work is long enough to watch. */
export function startProgress(title: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${title} [{bar}] {value}/{total} {percentage}% · {rate}/s · eta {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  bar.start(total, 0, { rate: '0' });
  const update = (value: number): void => {
    done = value;
    const seconds = (Date.now() - started) / 1000;
    bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0' });
  };
  return {
    tick: () => update(done + 1),
    update,
    setTotal(n: number) {
      bar.setTotal(n);
    },
    stop() {
      bar.stop();
    },
  };
}

/** A bar started at the first report, by work that tells its own total as it goes. */
export interface ReportedProgress {
  report(done: number, total: number): void;
  stop(): void;
}

export function progressOnReport(title: string): ReportedProgress {
  let bar: Progress | null = null;
  return {
    report(done, total) {
      bar ??= startProgress(title, total);
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
