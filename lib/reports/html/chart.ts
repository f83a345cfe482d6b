import type { Claim, Finding, IsoDate, Relation } from '../../records';
import { addDays, daysBetween, FIRST_ISO_DATE, formatDate, LAST_ISO_DATE } from '../../dates';
import { compareText, figureAsWritten, figureWithMeasure, formatNumber, measureOf, outletOf, whenValid } from '../figures';
import { groupTitle, refOf, type GroupView, type ReportModel } from '../model';
import { escapeHtml } from './escape';
import { LABEL_HEIGHT, placeLabels, textWidth, type Box, type LabelRequest } from './chart-layout';
import { markMarkup, shapesFor, type Shape } from './chart-marks';

/*
 * A subject's timeline as inline SVG: each source's figure (a dot) or
 * interval (a bar, an arrow for an open end) against its as-of date, one
 * colour per outlet, conflicts ringed and joined in red, progressions and
 * corrections joined in grey and orange. Claims whose date is only bounded
 * get a dashed line across the dates they may hold on; claims with no date
 * at all stand in a lane of their own at the right. Each finding of the
 * subject shades the dates it covers; a subject that mixes measures gives
 * each its own shape.
 */

const WIDTH = 960;
const PLOT = { left: 64, right: 760 } as const;
/** Subjects with one or two figures get a shorter chart: a tall empty plot says nothing more. */
const HEIGHTS = { small: 170, full: 260, smallUpTo: 2 } as const;
const LANE = { left: 800, step: 14, slots: 5 } as const;
const OPEN_END = 26;
const LABEL_LIMIT = 40;

/** Okabe–Ito based: told apart with the common colour-vision deficiencies, and none of them the conflict red. */
export const SOURCE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#8C564B', '#6B6B00', '#1B1F24'];
const CONFLICT_COLOUR = '#C4001A';
const CORRECTION_COLOUR = '#B35C00';
const LINK_COLOUR = '#9AA3AD';

interface Point {
  claim: Claim;
  ref: string;
  x: number;
  /** The dates a bounded as-of date may hold on, in pixels; equal to x for a known date. */
  xFrom: number;
  xTo: number;
  y: number;
  /** The ends of the value's interval, in pixels; null for a single value. */
  bar: { top: number; bottom: number; openUp: boolean; openDown: boolean } | null;
  hollow: boolean;
  colour: string;
  shape: Shape;
  inConflict: boolean;
}

/** A finding's dates across the plot. */
interface Span {
  finding: Finding;
  ref: string;
  x1: number;
  x2: number;
}

/** The vertical layout of one chart and the value at its top. */
interface Frame {
  height: number;
  top: number;
  bottom: number;
  max: number;
}

interface DateScale {
  start: IsoDate;
  end: IsoDate;
  days: number;
}

export function timelineChart(view: GroupView, model: ReportModel, index: number): string {
  const colours = groupColours(view.claims, reportColours(model));
  const dates = view.claims.flatMap(datesOf);
  const scale = dateScale(dates);
  const height = view.claims.length <= HEIGHTS.smallUpTo ? HEIGHTS.small : HEIGHTS.full;
  const frame: Frame = {
    height,
    top: 26,
    bottom: height - 46,
    max: niceCeiling(view.claims.flatMap(finiteValues).reduce((a, b) => Math.max(a, b), 0) * 1.12),
  };
  const conflicted = new Set(view.relations.filter((r) => r.kind === 'conflict').flatMap((r) => r.claimIds));
  const shapes = shapesFor(view.claims.map(measureOf), view.group.measure);
  const points = placePoints(view.claims, model, scale, frame, colours, conflicted, shapes);
  const spans = findingSpans(view, model, scale);
  const byId = new Map(points.map((point) => [point.claim.id, point]));
  const id = `chart-${index + 1}`;
  const title = `Timeline of ${groupTitle(view.group)}`;
  const description = points.map((p) => `${p.ref} ${figureWithMeasure(p.claim)}, ${whenValid(p.claim)}, ${outletOf(p.claim)}`).join('; ');
  const parts = [
    `<svg class="chart" data-group-id="${escapeHtml(view.group.id)}" viewBox="0 0 ${WIDTH} ${frame.height}" width="${WIDTH}" height="${frame.height}" ` +
      `role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    arrowDefs(id),
    spanMarkup(spans, frame),
    valueAxis(frame, view.group.measure ?? 'figure'),
    dateAxis(scale, frame),
    points.some((p) => p.x >= LANE.left) ? unknownLane(frame) : '',
    links(view.relations, byId, id),
    ...points.map(pointMarkup),
    labels(points, spans, frame, view.group.measure ?? 'figure'),
    '</svg>',
  ];
  // Wrapped so that a narrow screen scrolls the chart instead of shrinking its text below reading size.
  return `<div class="chart-wrap">${parts.filter((part) => part !== '').join('\n')}</div>\n${legend(colours, points, shapes, spans)}`;
}

/** The findings of this subject that have dates, as spans of the plot, in report order. */
function findingSpans(view: GroupView, model: ReportModel, scale: DateScale | null): Span[] {
  if (scale === null) return [];
  const spans: Span[] = [];
  for (const finding of model.findings) {
    if (finding.start === null || finding.end === null || !finding.groupIds.includes(view.group.id)) continue;
    const clamp = (x: number) => Math.max(PLOT.left, Math.min(PLOT.right, x));
    const x1 = clamp(xOf(scale, finding.start));
    const x2 = clamp(xOf(scale, finding.end));
    // A one-day finding still gets a visible band.
    const middle = (x1 + x2) / 2;
    spans.push({ finding, ref: model.findingRefs.get(finding) ?? '', x1: Math.min(x1, middle - 2), x2: Math.max(x2, middle + 2) });
  }
  return spans;
}

const SPAN_COLOURS: Readonly<Record<Finding['kind'], [string, number]>> = {
  disagreement: ['#C4001A', 0.08],
  correction: ['#B35C00', 0.14],
  breakdown: ['#B35C00', 0.14],
  'small-counts': ['#5B6572', 0.06],
};

function spanMarkup(spans: readonly Span[], frame: Frame): string {
  if (spans.length === 0) return '';
  const rects = spans.map(({ finding, ref, x1, x2 }) => {
    const [colour, opacity] = SPAN_COLOURS[finding.kind];
    return (
      `<rect class="finding-span" data-finding="${ref}" x="${round(x1)}" y="${frame.top}" width="${round(x2 - x1)}" height="${frame.bottom - frame.top}" ` +
      `fill="${colour}" fill-opacity="${opacity}"><title>${escapeHtml(`${ref}: ${finding.summary}`)}</title></rect>`
    );
  });
  return `<g class="finding-spans">${rects.join('')}</g>`;
}

const coloursByModel = new WeakMap<ReportModel, Map<string, string>>();

/**
 * One colour per outlet for the whole report, assigned in name order: an
 * outlet has the same colour in every chart, and the same outlets always get
 * the same colours. Past eight outlets colours repeat; the legend still names each.
 */
function reportColours(model: ReportModel): Map<string, string> {
  let colours = coloursByModel.get(model);
  if (colours === undefined) {
    const outlets = [...new Set(model.result.claims.map(outletOf))].sort(compareText);
    colours = new Map(outlets.map((outlet, i) => [outlet, SOURCE_COLOURS[i % SOURCE_COLOURS.length] ?? '#000']));
    coloursByModel.set(model, colours);
  }
  return colours;
}

function groupColours(claims: readonly Claim[], all: ReadonlyMap<string, string>): Map<string, string> {
  const outlets = [...new Set(claims.map(outletOf))].sort(compareText);
  return new Map(outlets.map((outlet) => [outlet, all.get(outlet) ?? '#000']));
}

function datesOf(claim: Claim): IsoDate[] {
  if (claim.asOf !== null) return [claim.asOf];
  const bounds = claim.asOfBounds;
  return bounds ? [bounds.start, bounds.end].filter((d): d is IsoDate => d !== null) : [];
}

function finiteValues(claim: Claim): number[] {
  return [claim.stated, claim.upper ?? claim.stated].filter((v) => Number.isFinite(v));
}

/** The dates on the axis: every as-of date with a little room each side, at least a week wide. */
function dateScale(dates: readonly IsoDate[]): DateScale | null {
  if (dates.length === 0) return null;
  const sorted = [...dates].sort(compareText);
  const first = sorted[0] as IsoDate;
  const last = sorted[sorted.length - 1] as IsoDate;
  const span = daysBetween(first, last);
  const pad = Math.max(1, Math.round(span * 0.06), Math.ceil((6 - span) / 2));
  // the room each side stops at the ends of the calendar (0000-01-01, 9999-12-31)
  const start = addDays(first, -pad) ?? FIRST_ISO_DATE;
  const end = addDays(last, pad) ?? LAST_ISO_DATE;
  return { start, end, days: daysBetween(start, end) };
}

function xOf(scale: DateScale, date: IsoDate): number {
  return PLOT.left + (daysBetween(scale.start, date) / scale.days) * (PLOT.right - PLOT.left);
}

function yOf(frame: Frame, value: number): number {
  const clamped = Math.max(0, Math.min(frame.max, value));
  return frame.bottom - (clamped / frame.max) * (frame.bottom - frame.top);
}

function placePoints(
  claims: readonly Claim[],
  model: ReportModel,
  scale: DateScale | null,
  frame: Frame,
  colours: ReadonlyMap<string, string>,
  conflicted: ReadonlySet<string>,
  shapes: ReadonlyMap<string, Shape>,
): Point[] {
  let undated = 0;
  return claims.map((claim) => {
    const y = yOf(frame, claim.stated);
    let x: number;
    let xFrom: number;
    let xTo: number;
    const bounds = claim.asOfBounds;
    if (scale !== null && claim.asOf !== null) {
      x = xFrom = xTo = xOf(scale, claim.asOf);
    } else if (scale !== null && bounds && (bounds.start !== null || bounds.end !== null)) {
      xFrom = bounds.start === null ? PLOT.left : xOf(scale, bounds.start);
      xTo = bounds.end === null ? PLOT.right : xOf(scale, bounds.end);
      x = (xFrom + xTo) / 2;
    } else {
      x = xFrom = xTo = LANE.left + (undated++ % LANE.slots) * LANE.step;
    }
    return {
      claim,
      ref: refOf(claim.id, model),
      x,
      xFrom,
      xTo,
      y,
      bar: barOf(claim, frame, y),
      hollow: claim.qualifier === 'approximately',
      colour: colours.get(outletOf(claim)) ?? '#000',
      shape: shapes.get(measureOf(claim)) ?? 'circle',
      inConflict: conflicted.has(claim.id),
    };
  });
}

/** Intervals drawn as bars: a range between its numbers; an open end as a short arrow that way. */
function barOf(claim: Claim, frame: Frame, y: number): Point['bar'] {
  switch (claim.qualifier) {
    case 'range':
      return claim.upper === null ? null : { top: yOf(frame, claim.upper), bottom: y, openUp: false, openDown: false };
    case 'at-least':
    case 'more-than':
      return { top: y - OPEN_END, bottom: y, openUp: true, openDown: false };
    case 'at-most':
    case 'fewer-than':
      return { top: y, bottom: y + OPEN_END, openUp: false, openDown: true };
    default:
      return null;
  }
}

function arrowDefs(id: string): string {
  const arrow = (name: string, colour: string) =>
    `<marker id="${id}-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
    `<path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
  return `<defs>${arrow('link', LINK_COLOUR)}${arrow('correction', CORRECTION_COLOUR)}</defs>`;
}

function valueAxis(frame: Frame, measure: string): string {
  const ticks = niceTicks(frame.max);
  const lines = ticks.map((value) => {
    const y = round(yOf(frame, value));
    return (
      `<line class="grid" x1="${PLOT.left}" x2="${PLOT.right}" y1="${y}" y2="${y}"/>` +
      `<text x="${PLOT.left - 6}" y="${y + 4}" text-anchor="end">${formatNumber(value)}</text>`
    );
  });
  return (
    `<g class="axis">${lines.join('')}` +
    `<line x1="${PLOT.left}" x2="${PLOT.left}" y1="${frame.top}" y2="${frame.bottom}"/>` +
    `<text class="muted" x="${PLOT.left}" y="${frame.top - 12}">${escapeHtml(measure)}</text></g>`
  );
}

function dateAxis(scale: DateScale | null, frame: Frame): string {
  const axis = `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${frame.bottom}" y2="${frame.bottom}"/>`;
  if (scale === null) {
    return `<g class="axis">${axis}<text class="muted" x="${(PLOT.left + PLOT.right) / 2}" y="${frame.bottom + 18}" text-anchor="middle">no as-of dates known</text></g>`;
  }
  // Beyond ten years, whole multiples of a year keep the axis at nine ticks or fewer.
  const step = [1, 2, 3, 7, 14, 28, 56, 91, 182, 364].find((days) => scale.days / days <= 9) ?? 364 * Math.ceil(scale.days / 364 / 9);
  const ticks: string[] = [];
  for (let day = 0; day <= scale.days; day += step) {
    const date = addDays(scale.start, day) ?? scale.end;
    const x = round(xOf(scale, date));
    ticks.push(
      `<line x1="${x}" x2="${x}" y1="${frame.bottom}" y2="${frame.bottom + 4}"/><text x="${x}" y="${frame.bottom + 16}" text-anchor="middle">${shortDate(date)}</text>`,
    );
  }
  const years = [...new Set([scale.start, scale.end].map((d) => d.slice(0, 4)))].join('–');
  return (
    `<g class="axis">${axis}${ticks.join('')}` +
    `<text class="muted" x="${PLOT.right}" y="${frame.bottom + 32}" text-anchor="end">as-of date, ${years}</text></g>`
  );
}

function unknownLane(frame: Frame): string {
  return (
    `<g class="lane"><line class="grid" x1="${LANE.left - 16}" x2="${LANE.left - 16}" y1="${frame.top}" y2="${frame.bottom}" stroke-dasharray="3 3"/>` +
    `<text class="muted" x="${LANE.left - 8}" y="${frame.bottom + 16}">date unknown</text></g>`
  );
}

/** Lines between related claims of this subject: red for conflicts, orange for corrections, grey for progressions. */
function links(relations: readonly Relation[], points: ReadonlyMap<string, Point>, id: string): string {
  const out: string[] = [];
  for (const relation of relations) {
    if (relation.kind !== 'conflict' && relation.kind !== 'correction' && relation.kind !== 'progression') continue;
    const members = relation.claimIds.map((claimId) => points.get(claimId)).filter((p): p is Point => p !== undefined);
    const ordered = [...members].sort((a, b) => a.x - b.x || compareText(a.claim.id, b.claim.id));
    for (let i = 1; i < ordered.length; i++) {
      const a = ordered[i - 1] as Point;
      const b = ordered[i] as Point;
      const coords = lineBetween(a, b, relation.kind === 'conflict' ? 0 : 8);
      if (relation.kind === 'conflict') {
        out.push(`<line class="link conflict" ${coords} stroke="${CONFLICT_COLOUR}" stroke-width="2" stroke-dasharray="5 3"/>`);
      } else if (relation.kind === 'correction') {
        out.push(
          `<line class="link correction" ${coords} stroke="${CORRECTION_COLOUR}" stroke-width="1.5" stroke-dasharray="2 2" marker-end="url(#${id}-correction)"/>`,
        );
      } else {
        out.push(`<line class="link progression" ${coords} stroke="${LINK_COLOUR}" stroke-width="1.2" marker-end="url(#${id}-link)"/>`);
      }
    }
  }
  return out.join('\n');
}

/** Line coordinates from a to b, both ends pulled in by `inset` pixels so an arrowhead stops at the dot's edge. */
function lineBetween(a: Point, b: Point, inset: number): string {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const k = length > 2 * inset ? inset / length : 0;
  const dx = (b.x - a.x) * k;
  const dy = (b.y - a.y) * k;
  return `x1="${round(a.x + dx)}" y1="${round(a.y + dy)}" x2="${round(b.x - dx)}" y2="${round(b.y - dy)}"`;
}

function pointMarkup(point: Point): string {
  const x = round(point.x);
  const y = round(point.y);
  const colour = point.colour;
  const parts: string[] = [];
  if (point.xTo - point.xFrom > 1) {
    parts.push(
      `<line class="as-of-bounds" x1="${round(point.xFrom)}" x2="${round(point.xTo)}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2" stroke-dasharray="4 3" opacity="0.7"/>`,
    );
  }
  if (point.bar !== null) {
    const { top, bottom, openUp, openDown } = point.bar;
    parts.push(`<line x1="${x}" x2="${x}" y1="${round(bottom)}" y2="${round(top)}" stroke="${colour}" stroke-width="3"/>`);
    if (openUp)
      parts.push(`<path d="M${x - 5},${round(top + 6)} L${x},${round(top - 2)} L${x + 5},${round(top + 6)} z" fill="${colour}"/>`);
    else if (openDown)
      parts.push(`<path d="M${x - 5},${round(bottom - 6)} L${x},${round(bottom + 2)} L${x + 5},${round(bottom - 6)} z" fill="${colour}"/>`);
    else parts.push(`<line x1="${x - 5}" x2="${x + 5}" y1="${round(top)}" y2="${round(top)}" stroke="${colour}" stroke-width="2"/>`);
  }
  parts.push(markMarkup(point.shape, x, y, 5, colour, point.hollow));
  if (point.inConflict)
    parts.push(`<circle class="conflict-ring" cx="${x}" cy="${y}" r="9" fill="none" stroke="${CONFLICT_COLOUR}" stroke-width="2"/>`);
  const tooltip = `${point.ref}: ${figureWithMeasure(point.claim)} · ${whenValid(point.claim)} · ${outletOf(point.claim)}`;
  const classes = point.inConflict ? 'claim in-conflict' : 'claim';
  return `<g class="${classes}" data-ref="${point.ref}"><title>${escapeHtml(tooltip)}</title>${parts.join('')}</g>`;
}

/**
 * The labels: each finding's reference at the top of its span, then "C3 at
 * least 19" beside each point, at the first free spot of a few around it
 * (right, left, then rows below and above). Free means covering no label,
 * mark, interval bar, as-of-bound line or axis title; a label with no free
 * spot is left out and its mark keeps its tooltip. Greedy, in a fixed
 * order, so the layout is the same on every run.
 */
function labels(points: readonly Point[], spans: readonly Span[], frame: Frame, measure: string): string {
  const taken: Box[] = [];
  for (const p of points) {
    taken.push({ x: p.x - 7, y: p.y - 7, w: 14, h: 14 });
    if (p.bar !== null) taken.push({ x: p.x - 6, y: p.bar.top - 6, w: 12, h: p.bar.bottom - p.bar.top + 12 });
    if (p.xTo - p.xFrom > 1) taken.push({ x: p.xFrom, y: p.y - 2, w: p.xTo - p.xFrom, h: 4 });
  }
  // The axis title above the plot (valueAxis writes it there).
  taken.push({ x: PLOT.left, y: frame.top - 12 - LABEL_HEIGHT / 2 - 3, w: textWidth(measure), h: LABEL_HEIGHT });
  const bounds: Box = { x: 2, y: 2, w: WIDTH - 4, h: frame.bottom - 2 };
  const band = frame.top - 12;
  const findingRequests: LabelRequest[] = spans.map((span) => ({
    text: span.ref,
    candidates: [
      [span.x1 + 2, band],
      [span.x2 - textWidth(span.ref) - 2, band],
      [span.x1 + 2, frame.top + LABEL_HEIGHT / 2 + 1],
    ],
  }));
  const order = labelled(points).sort((a, b) => a.x - b.x || a.y - b.y || compareText(a.ref, b.ref));
  const pointRequests: LabelRequest[] = order.map((point) => {
    const text = `${point.ref} ${figureAsWritten(point.claim)}`;
    const w = textWidth(text);
    const limit = point.x >= LANE.left ? WIDTH - 2 : PLOT.right + 30;
    const candidates: [number, number][] = [];
    for (const dy of [0, LABEL_HEIGHT, -LABEL_HEIGHT, 2 * LABEL_HEIGHT, -2 * LABEL_HEIGHT, 3 * LABEL_HEIGHT, -3 * LABEL_HEIGHT]) {
      if (point.x + 10 + w <= limit) candidates.push([point.x + 10, point.y + dy]);
      candidates.push([point.x - 10 - w, point.y + dy]);
    }
    return { text, candidates };
  });
  const placed = placeLabels([...findingRequests, ...pointRequests], taken, bounds);
  const out = placed.map((label, i) => {
    if (label === null) return '';
    const kind = i < findingRequests.length ? 'finding-label' : 'label';
    // The text's baseline sits a third of a line below its centre.
    return `<text class="${kind}" x="${round(label.x)}" y="${round(label.y + 4)}">${escapeHtml(label.text)}</text>`;
  });
  return `<g class="labels">${out.join('')}</g>`;
}

/**
 * Which points get a label: all of them up to LABEL_LIMIT; past that (a
 * dataset's long series) the ones in conflict and the first and last, so the
 * chart stays legible and its layout cost bounded. Every point keeps its tooltip.
 */
function labelled(points: readonly Point[]): Point[] {
  if (points.length <= LABEL_LIMIT) return [...points];
  const byX = [...points].sort((a, b) => a.x - b.x || compareText(a.ref, b.ref));
  const ends = new Set([byX[0], byX[byX.length - 1]]);
  return points.filter((p) => ends.has(p) || p.inConflict).slice(0, LABEL_LIMIT);
}

function legend(
  colours: ReadonlyMap<string, string>,
  points: readonly Point[],
  shapes: ReadonlyMap<string, Shape>,
  spans: readonly Span[],
): string {
  const swatch = (body: string) => `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">${body}</svg>`;
  const items = [...colours].map(
    ([outlet, colour]) => `<li>${swatch(`<circle cx="7" cy="7" r="5" fill="${colour}"/>`)}${escapeHtml(outlet)}</li>`,
  );
  if (shapes.size > 1) {
    for (const [measure, shape] of shapes)
      items.push(`<li>${swatch(markMarkup(shape, 7, 7, 4.5, '#5b6572', false))}${escapeHtml(measure)}</li>`);
  }
  if (spans.length > 0) {
    items.push(
      `<li>${swatch(`<rect x="1" y="1" width="12" height="12" fill="${CONFLICT_COLOUR}" fill-opacity="0.15"/>`)}shaded: the dates of a finding (F1…)</li>`,
    );
  }
  items.push(`<li>${swatch('<circle cx="7" cy="7" r="4.5" fill="#fff" stroke="#5b6572" stroke-width="2"/>')}approximate</li>`);
  items.push(
    `<li>${swatch('<line x1="7" x2="7" y1="13" y2="2" stroke="#5b6572" stroke-width="3"/>')}bar or arrow: interval, open end</li>`,
  );
  if (points.some((p) => p.xTo - p.xFrom > 1)) {
    items.push(
      `<li>${swatch('<line x1="1" x2="13" y1="7" y2="7" stroke="#5b6572" stroke-width="2" stroke-dasharray="3 2"/>')}as-of date only bounded</li>`,
    );
  }
  if (points.some((p) => p.inConflict)) {
    items.push(`<li>${swatch(`<circle cx="7" cy="7" r="5.5" fill="none" stroke="${CONFLICT_COLOUR}" stroke-width="2"/>`)}in conflict</li>`);
  }
  return `<ul class="legend">${items.join('')}</ul>`;
}

/** 1, 2 or 5 times a power of ten, at or above the value. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  if (value > Number.MAX_VALUE) return Number.MAX_VALUE;
  const power = 10 ** Math.floor(Math.log10(value));
  // Below about 1e-308 a power of ten underflows to zero: such a figure is its own ceiling.
  if (!(power > 0)) return value;
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= value) ?? 10;
  return Math.min(step * power, Number.MAX_VALUE);
}

/** At most a handful of ticks from 0 to `top`, whatever `top` is: the loop counts ticks, never adds up to a bound. */
function niceTicks(top: number): number[] {
  const rough = top / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  // Counts are whole: below a step of one, ticks would fall between them.
  const step = Math.max(top >= 4 ? 1 : 0, ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power);
  if (!(step > 0) || !Number.isFinite(step)) return [0, top];
  const count = Math.floor(top / step + 1e-3);
  const ticks: number[] = [];
  for (let i = 0; i <= count; i++) ticks.push(roundTick(i * step));
  return ticks;
}

function roundTick(value: number): number {
  const scaled = value * 1000;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1000 : value;
}

function shortDate(date: IsoDate): string {
  return formatDate(date).replace(/, \d{4}$/, '');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
