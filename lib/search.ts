/** The first index whose item satisfies `isAtOrPast`, which is false then true along the list (binary search). */
export function lowerBound<T>(items: ArrayLike<T>, isAtOrPast: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAtOrPast(items[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
