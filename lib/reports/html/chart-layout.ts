/*
 * Where the chart's text labels go: a greedy collision pass over a few
 * candidate spots per label, in a fixed order, so the layout is the same on
 * every run. A label that has no free spot is left out (its mark keeps its
 * tooltip): labels never cover each other, a mark or an as-of-bound line.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Label text size in the chart, in SVG units (styles.ts sets the same). */
export const LABEL_FONT = 11;
/** The height a line of label text takes, ascender to descender, with a pixel to spare. */
export const LABEL_HEIGHT = 14;

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * An upper bound of the width of a label, from the widths of the common sans
 * faces (DejaVu Sans is the widest of them) in ems per kind of character: a
 * guess that errs wide, so a label measured by the browser is never wider.
 */
export function textWidth(text: string, size: number = LABEL_FONT): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return Math.ceil(ems * size) + 2;
}

function charWidth(ch: string): number {
  if (ch === ' ') return 0.33;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[ijlt.,:;'!|]/.test(ch)) return 0.42;
  if (/[frI()[\]-]/.test(ch)) return 0.5;
  if (/[mwMW@]/.test(ch)) return 1.02;
  if (/[A-Z]/.test(ch)) return 0.78;
  if (/[a-z]/.test(ch)) return 0.64;
  // Anything else (accents, dashes, other scripts) counted as wide as a letter can be.
  return 1.02;
}

export interface LabelRequest {
  text: string;
  /** Spots to try, in order: the left end and the vertical centre of the text. */
  candidates: readonly (readonly [number, number])[];
}

export interface PlacedLabel {
  text: string;
  x: number;
  /** The vertical centre of the text. */
  y: number;
  box: Box;
}

/** Place each label at its first spot that covers nothing placed or taken; `taken` grows as labels are placed. */
export function placeLabels(requests: readonly LabelRequest[], taken: Box[], bounds: Box): (PlacedLabel | null)[] {
  return requests.map((request) => {
    const w = textWidth(request.text);
    for (const [x, y] of request.candidates) {
      const box = { x, y: y - LABEL_HEIGHT / 2, w, h: LABEL_HEIGHT };
      if (!inside(box, bounds) || taken.some((other) => overlaps(other, box))) continue;
      taken.push(box);
      return { text: request.text, x, y, box };
    }
    return null;
  });
}

function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.w <= bounds.x + bounds.w && box.y + box.h <= bounds.y + bounds.h;
}
