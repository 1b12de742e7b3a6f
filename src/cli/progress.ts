// "files done of total" on stderr while a long run lints, for a person at a terminal; nothing for CI logs or pipes.

/** Where progress goes: a writable stream that says whether it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

// A handful of files lint in a blink; a counter that flashes by is noise.
const minimumFiles = 10;

/** CI services set CI (to true, 1, or a name); CI=false or CI=0 is how a person opts back in. */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

export interface Progress {
  start(total: number): void;
  advance(count: number): void;
  /** Erases the counter, so the report starts on a clean line. */
  finish(): void;
}

export function createProgress(stream: ProgressStream, env: NodeJS.ProcessEnv): Progress {
  const enabled = stream.isTTY === true && !isCi(env);
  let total = 0;
  let done = 0;
  let shownPercent = -1;
  let active = false;
  const show = (): void => {
    // Redrawn once per percent at most, so even 100,000 files cost a hundred writes.
    const percent = Math.floor((done / total) * 100);
    if (percent === shownPercent) return;
    shownPercent = percent;
    stream.write(`\r\x1b[Kml-debt: linted ${done} of ${total} files`);
  };
  return {
    start(count) {
      total = count;
      done = 0;
      active = enabled && total >= minimumFiles;
      if (active) show();
    },
    advance(count) {
      done += count;
      if (active) show();
    },
    finish() {
      if (active) stream.write('\r\x1b[K');
      active = false;
    },
  };
}
