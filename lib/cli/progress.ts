import { SingleBar } from 'cli-progress';

/**
 * A progress bar on stderr for long runs. It appears only on a terminal,
 * never with --quiet, and only once the run has lasted `delayMs`: short runs
 * and pipelines see nothing. It clears itself when the work is done.
 */
export interface Progress {
  /** One more item done. */
  tick(): void;
  stop(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  quiet?: boolean;
  /** What is being counted ("articles"). */
  unit: string;
  /** How long a run must last before the bar shows. */
  delayMs?: number;
  now?: () => number;
}

/** A run shorter than this shows no bar: a bar that flashes by is noise. */
export const PROGRESS_DELAY_MS = 1000;

export function startProgress(total: number, options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const started = now();
  const delay = options.delayMs ?? PROGRESS_DELAY_MS;
  const wanted = stream.isTTY === true && options.quiet !== true && total > 1;
  let done = 0;
  let bar: SingleBar | null = null;
  return {
    tick() {
      done++;
      if (!wanted) return;
      if (bar === null && now() - started >= delay && done < total) {
        bar = new SingleBar({
          stream,
          format: `{bar} {value}/{total} ${options.unit} · {eta_formatted} left`,
          clearOnComplete: true,
          hideCursor: false,
          barsize: 30,
        });
        bar.start(total, done);
      } else {
        bar?.update(done);
      }
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
