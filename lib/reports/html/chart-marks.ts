/*
 * The mark of a figure in the chart: one shape per measure when a subject
 * mixes measures (killed and injured under casualties), so they are told
 * apart without colour, which already tells the outlets apart.
 */

export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'down-triangle'] as const;
export type Shape = (typeof SHAPES)[number];

/** The subject's own measure gets the circle; the others follow in name order. Past five measures shapes repeat. */
export function shapesFor(measures: Iterable<string>, own: string | null): Map<string, Shape> {
  const sorted = [...new Set(measures)].sort((a, b) => (a === own ? -1 : b === own ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((measure, i) => [measure, SHAPES[i % SHAPES.length]!]));
}

/** A mark of radius `r` at (x, y): filled, or hollow for an approximate figure. */
export function markMarkup(shape: Shape, x: number, y: number, r: number, colour: string, hollow: boolean): string {
  const paint = hollow ? `fill="#fff" stroke="${colour}" stroke-width="2.5"` : `fill="${colour}"`;
  const at = (dx: number, dy: number) => `${round(x + dx)},${round(y + dy)}`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${round(x)}" cy="${round(y)}" r="${r}" ${paint}/>`;
    case 'square':
      return `<rect x="${round(x - r * 0.9)}" y="${round(y - r * 0.9)}" width="${round(r * 1.8)}" height="${round(r * 1.8)}" ${paint}/>`;
    case 'triangle':
      return `<path d="M${at(0, -r * 1.15)} L${at(r * 1.05, r * 0.75)} L${at(-r * 1.05, r * 0.75)} z" ${paint}/>`;
    case 'down-triangle':
      return `<path d="M${at(0, r * 1.15)} L${at(r * 1.05, -r * 0.75)} L${at(-r * 1.05, -r * 0.75)} z" ${paint}/>`;
    case 'diamond':
      return `<path d="M${at(0, -r * 1.2)} L${at(r * 1.2, 0)} L${at(0, r * 1.2)} L${at(-r * 1.2, 0)} z" ${paint}/>`;
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
