/**
 * ANSI colour for people at a terminal, and only for them: never when the
 * stream is not a TTY (a pipe, a file, CI logs), never when NO_COLOR is set
 * to anything (no-color.org), never on TERM=dumb.
 */
export interface Palette {
  enabled: boolean;
  bold(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
}

export interface ColourEnvironment {
  NO_COLOR?: string;
  TERM?: string;
}

export function colourEnabled(stream: { isTTY?: boolean }, env: ColourEnvironment = process.env): boolean {
  if (stream.isTTY !== true) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return env.TERM !== 'dumb';
}

export function paletteFor(stream: { isTTY?: boolean }, env: ColourEnvironment = process.env): Palette {
  const enabled = colourEnabled(stream, env);
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { enabled, bold: wrap(1, 22), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22) };
}
