/** Half-open character offsets `[start, end)`. */
interface TextSpan {
  start: number;
  end: number;
}

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/**
 * The spans date mentions have taken in a sentence, asked one question: does
 * a new span overlap any of them? Each parser offers its spans left to right,
 * so within a pass a new span can meet only the last one taken; the spans of
 * earlier passes are kept sorted and found by binary search. Asking every
 * mention instead made a sentence of thousands of dates quadratic.
 */
export class TakenSpans {
  /** Disjoint, sorted by start (so by end too). */
  private earlier: TextSpan[] = [];
  /** Taken since the last fold, disjoint and in increasing order. */
  private current: TextSpan[] = [];

  overlapsAny(span: TextSpan): boolean {
    const last = this.current[this.current.length - 1];
    if (last !== undefined && span.start < last.start)
      this.fold(); // a new pass starts again from the left
    else if (last !== undefined && overlaps(last, span)) return true;
    return this.overlapsEarlier(span);
  }

  take(span: TextSpan): void {
    this.current.push({ start: span.start, end: span.end });
  }

  private fold(): void {
    this.earlier = [...this.earlier, ...this.current].sort((a, b) => a.start - b.start);
    this.current = [];
  }

  private overlapsEarlier(span: TextSpan): boolean {
    let low = 0;
    let high = this.earlier.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.earlier[middle]!.end <= span.start) low = middle + 1;
      else high = middle;
    }
    const next = this.earlier[low];
    return next !== undefined && overlaps(next, span);
  }
}
