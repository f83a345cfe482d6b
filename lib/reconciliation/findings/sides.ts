import type { ClaimFacts } from '../facts';
import type { GroupBuild } from '../group';
import type { FindingInput } from './draft';

/**
 * Claims that agree on the same day speak as one side: JHU CSSE and The New
 * York Times giving the same death count while a third source is 7,000
 * below them, or three outlets repeating "20 attacks". Built from the `agree`
 * relations between claims of one group and one day, as a union-find over
 * claim indexes in typed arrays (a million claims cost a few megabytes).
 */
export class SameDaySides {
  /** -1 for a claim that agrees with none; else its parent in the union-find. */
  private readonly parent: Int32Array;
  /** The agreements that joined each claim, as linked lists: the first by claim, the next by entry. */
  private readonly firstAgreement: Int32Array;
  private readonly nextAgreement: number[] = [];
  private readonly agreementRelation: number[] = [];
  /** The facts of each claim that agrees with another, by claim index. */
  private readonly joined: (ClaimFacts | undefined)[];
  /** Each side's claims as a ring: the next claim of the same side, by claim index. */
  private readonly nextMember: Int32Array;
  private readonly claimsOf: (index: number) => readonly ClaimFacts[];
  /** Same-day agreements and compatible figures, by group: the days on which two voices were seen to agree. */
  private readonly agreedByGroup = new Map<GroupBuild, number[]>();

  constructor(input: FindingInput, groups: ReadonlySet<GroupBuild>) {
    this.claimsOf = input.claimsOf;
    this.parent = new Int32Array(input.claimCount).fill(-1);
    this.firstAgreement = new Int32Array(input.claimCount).fill(-1);
    this.nextMember = new Int32Array(input.claimCount);
    // Filled up front: an array written at scattered indexes would fall back to a slow dictionary.
    this.joined = new Array<ClaimFacts | undefined>(input.claimCount).fill(undefined);
    // In any order: roots, rings and the lists read from them do not depend on it.
    for (const index of [...input.indexesOf('agree'), ...input.indexesOf('compatible')]) {
      const relation = input.relations[index]!;
      if (relation.certainty !== 'established') continue;
      const claims = input.claimsOf(index);
      if (claims.length !== 2) continue;
      const a = claims[0]!;
      const b = claims[1]!;
      if (a.time.lo !== a.time.hi || b.time.lo !== a.time.lo || b.time.hi !== a.time.lo) continue;
      const group = input.groupOf(a);
      if (!groups.has(group) || input.groupOf(b) !== group) continue;
      const agreed = this.agreedByGroup.get(group);
      // Positions, not pairs: a million agreements would otherwise keep a million small arrays alive.
      if (agreed) agreed.push(index);
      else this.agreedByGroup.set(group, [index]);
      // A bound that admits a figure does not state it: only figures that agree make one side.
      if (relation.kind !== 'agree') continue;
      this.union(a, b);
      this.agreementRelation.push(index);
      this.nextAgreement.push(this.firstAgreement[a.index]!);
      this.firstAgreement[a.index] = this.agreementRelation.length - 1;
    }
  }

  /** The relations (by position) between claims of one group that agree, or are compatible, on one day. */
  agreedIn(group: GroupBuild): readonly number[] {
    return this.agreedByGroup.get(group) ?? [];
  }

  /** A handle for the claim's side: the same for every claim that agrees with it on its day. */
  root(claim: ClaimFacts): number {
    return this.parent[claim.index] === -1 ? claim.index : this.findRoot(claim.index);
  }

  /** The claims of a side, in claim index order; a claim that agrees with none is a side alone. */
  members(claim: ClaimFacts): readonly ClaimFacts[] {
    if (this.parent[claim.index] === -1) return [claim];
    const members: ClaimFacts[] = [];
    let at = claim.index;
    do {
      members.push(this.joined[at]!);
      at = this.nextMember[at]!;
    } while (at !== claim.index);
    return members.sort((a, b) => a.index - b.index);
  }

  /** The agreements that joined a side's claims. */
  agreements(claim: ClaimFacts): number[] {
    const found: number[] = [];
    for (const member of this.members(claim)) {
      for (let entry = this.firstAgreement[member.index]!; entry !== -1; entry = this.nextAgreement[entry]!) {
        found.push(this.agreementRelation[entry]!);
      }
    }
    return found;
  }

  /** The two claims an agreement joined. */
  claimsOfAgreement(index: number): readonly ClaimFacts[] {
    return this.claimsOf(index);
  }

  private union(a: ClaimFacts, b: ClaimFacts): void {
    for (const facts of [a, b]) {
      if (this.parent[facts.index] === -1) {
        this.parent[facts.index] = facts.index;
        this.nextMember[facts.index] = facts.index;
        this.joined[facts.index] = facts;
      }
    }
    const ra = this.findRoot(a.index);
    const rb = this.findRoot(b.index);
    // The smaller index becomes the root: the same sides whatever order the agreements come in.
    if (ra === rb) return;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    // Two rings become one by swapping one successor of each.
    const after = this.nextMember[ra]!;
    this.nextMember[ra] = this.nextMember[rb]!;
    this.nextMember[rb] = after;
  }

  private findRoot(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression keeps later look-ups short.
    let node = index;
    while (node !== root) {
      const next = this.parent[node]!;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
}
