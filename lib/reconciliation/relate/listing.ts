import { RELATION_KINDS, type Relation } from '../../records';
import { compareText } from '../facts';
import type { PlacedRelation } from './verdict';

const KIND_RANK = new Map(RELATION_KINDS.map((kind, i) => [kind, i]));

/**
 * Relations listed by the group order of their first claim, then kind, then
 * ids. Claims' positions are 0..n-1, so the listing is a counting sort on
 * position in typed arrays (linear, and no small array per claim), and only
 * the few relations sharing a first claim are compared.
 */
/**
 * The claims of each listed relation, by claim index, in the relation's
 * order: a pair as two numbers in one typed array (a million relations cost
 * eight megabytes, not a million small arrays), larger relations (breakdowns)
 * apart. The findings read them without looking claims up by id.
 */
export interface RelationClaims {
  /** Two per relation, at 2 × its position; -1 for a relation of more than two claims. */
  pairs: Int32Array;
  larger: ReadonlyMap<number, readonly number[]>;
}

export class RelationListing {
  private readonly relations: Relation[] = [];
  private pairs = new Int32Array(2048);
  private readonly larger = new Map<number, number[]>();
  private positions = new Int32Array(1024);
  readonly excluded: Uint8Array;

  constructor(private readonly claimCount: number) {
    this.excluded = new Uint8Array(claimCount);
  }

  add({ relation, claims }: PlacedRelation): void {
    const first = claims[0]!;
    if (relation.kind === 'conflict') for (const facts of claims) this.excluded[facts.index] = 1;
    if (relation.kind === 'correction') this.excluded[first.index] = 1;
    if (this.relations.length === this.positions.length) {
      const grown = new Int32Array(this.positions.length * 2);
      grown.set(this.positions);
      this.positions = grown;
      const pairs = new Int32Array(this.pairs.length * 2);
      pairs.set(this.pairs);
      this.pairs = pairs;
    }
    const at = this.relations.length;
    this.positions[at] = first.position;
    if (claims.length === 2) {
      this.pairs[2 * at] = first.index;
      this.pairs[2 * at + 1] = claims[1]!.index;
    } else {
      this.pairs[2 * at] = this.pairs[2 * at + 1] = -1;
      this.larger.set(
        at,
        claims.map((facts) => facts.index),
      );
    }
    this.relations.push(relation);
  }

  /** The relations in listing order, and the claims of each one in the same order. */
  inOrder(): { relations: Relation[]; claims: RelationClaims } {
    const count = this.relations.length;
    const starts = new Int32Array(this.claimCount + 1);
    for (let i = 0; i < count; i++) starts[this.positions[i]! + 1]!++;
    for (let p = 0; p < this.claimCount; p++) starts[p + 1]! += starts[p]!;
    const next = starts.slice(0, this.claimCount);
    // Insertion numbers in listing order: relations and their facts are placed by the same permutation.
    const order = new Int32Array(count);
    for (let i = 0; i < count; i++) order[next[this.positions[i]!]!++] = i;
    for (let p = 0; p < this.claimCount; p++) {
      const from = starts[p]!;
      const to = starts[p + 1]!;
      if (to - from > 1) sortRange(order, from, to, this.relations);
    }
    const relations = new Array<Relation>(count);
    const pairs = new Int32Array(2 * count);
    const larger = new Map<number, number[]>();
    for (let i = 0; i < count; i++) {
      const from = order[i]!;
      relations[i] = this.relations[from]!;
      pairs[2 * i] = this.pairs[2 * from]!;
      pairs[2 * i + 1] = this.pairs[2 * from + 1]!;
      const claims = this.larger.get(from);
      if (claims !== undefined) larger.set(i, claims);
    }
    return { relations, claims: { pairs, larger } };
  }
}

/** Sort order[from, to): the relations of one first claim, usually a handful. */
function sortRange(order: Int32Array, from: number, to: number, relations: readonly Relation[]): void {
  const compare = (a: number, b: number) => compareRelations(relations[a]!, relations[b]!);
  if (to - from > 16) {
    order.subarray(from, to).sort(compare);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const item = order[i]!;
    let j = i - 1;
    while (j >= from && compare(order[j]!, item) > 0) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = item;
  }
}

function compareRelations(a: Relation, b: Relation): number {
  return (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) || compareIds(a.claimIds, b.claimIds);
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const order = compareText(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
