/**
 * The known word a mistyped one was most likely meant to be ("reconsile" →
 * "reconcile", "htm" → "html"), or null when none is close. Inputs are short
 * command-line words; the distance is computed only up to a small length.
 */
export function closest(typed: string, known: readonly string[]): string | null {
  const word = typed.toLowerCase();
  if (word.length === 0 || word.length > 40) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate.startsWith(word) || word.startsWith(candidate)) return candidate;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}

/**
 * Edit distance where swapping two neighbouring letters ("qiuet") counts as
 * one edit, as it is one slip of the fingers (optimal string alignment).
 * Three rows at a time.
 */
function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
