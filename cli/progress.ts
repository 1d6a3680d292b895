/**
 * The progress line of a long run on a terminal: one line rewritten in place (`parse`, `emit`,
 * `compile 3/15`, `link`) with the seconds so far, erased when the run ends. Nothing when stderr
 * is not a terminal or the run is quiet, so logs and pipes stay clean.
 */

/** A progress callback for `generate`, and `done` to erase the line; both no-ops off a terminal. */
export function progressLine(quiet: boolean, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  const live = !quiet && stream.isTTY === true;
  let shown = false;
  return {
    update(what: string): void {
      if (!live) return;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      stream.write(`\r\x1b[2Kcffi-import: ${what} (${seconds} s)`);
      shown = true;
    },
    done(): void {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
