/** One key per unordered pair of claims, whatever the order they are proposed in. */
export function pairKey(a: string, b: string): string {
  return a < b ? JSON.stringify([a, b]) : JSON.stringify([b, a]);
}
