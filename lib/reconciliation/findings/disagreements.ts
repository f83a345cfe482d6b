import type { ClaimFacts } from '../facts';
import type { GroupBuild } from '../group';
import { intervalGap } from '../interval';
import type { ReconcileSettings } from '../settings';
import { severityOf } from '../severity';
import { dayOf, magnitudeOf, type DraftFinding, type FindingInput, type FindingRule } from './draft';
import { SameDaySides } from './sides';
import { patternOf } from './statistics';
import { sharesAny, VoiceTokens } from './voices';

/**
 * Sources that disagree in one direction on consecutive dates make one
 * finding: The COVID Tracking Project's New York deaths about 7,400 below
 * JHU CSSE's and The New York Times' for a year, not 700 conflicts. On each
 * day, claims that agree form one side (SameDaySides), and each conflict sets
 * a lower side against a higher one. A run of such days goes on while both
 * sides keep a voice (VoiceTokens) and no voice changes side; it ends on a day
 * when a voice of each side agrees with the other, or the two conflict the
 * other way round. Days without a verdict between them (one side silent, or
 * not compared) neither extend nor end it. Conflicts with no date are a finding each.
 */
export const disagreements: FindingRule = {
  kind: 'disagreement',
  find(input) {
    const subjects = conflictsBySubject(input);
    if (subjects.size === 0) return [];
    const sides = new SameDaySides(input, new Set([...subjects.values()].flatMap((subject) => subject.groups)));
    const voices = new VoiceTokens(input.claimCount);
    const drafts: DraftFinding[] = [];
    for (const subject of subjects.values()) {
      for (const run of runsOf(subject, sides, voices, input.settings)) drafts.push(draftOf(run, subject, input));
    }
    return drafts;
  },
};

interface Conflict {
  index: number;
  low: ClaimFacts;
  high: ClaimFacts;
  day: number | null;
  gap: number;
  relativeGap: number;
  scale: number;
  /** Both figures of the same day: their gap is how far apart the sides are that day. */
  sameDay: boolean;
}

interface Subject {
  main: GroupBuild;
  groups: GroupBuild[];
  conflicts: Conflict[];
}

/** A lower side against a higher one on one day, from one or more conflicts between the same two sides. */
interface Edge {
  key: string;
  low: readonly ClaimFacts[];
  high: readonly ClaimFacts[];
  lowVoices: Set<string>;
  highVoices: Set<string>;
  relations: number[];
  gap: number;
  relativeGap: number;
  scale: number;
  sameDay: boolean;
}

interface Run {
  order: number;
  low: Set<string>;
  high: Set<string>;
  lowClaims: ClaimFacts[];
  highClaims: ClaimFacts[];
  relations: number[];
  days: number[];
  gaps: number[];
  relativeGaps: number[];
  scales: number[];
  /** Whether each day's gap comes from figures of that same day. */
  sameDay: boolean[];
}

function conflictsBySubject(input: FindingInput): Map<string, Subject> {
  const subjects = new Map<string, Subject>();
  for (const index of input.indexesOf('conflict')) {
    const relation = input.relations[index]!;
    if (relation.certainty !== 'established' || relation.claimIds.length !== 2) continue;
    const [a, b] = input.claimsOf(index) as [ClaimFacts, ClaimFacts];
    const [low, high] = lowerFirst(a, b);
    const groupA = input.groupOf(a);
    const groupB = input.groupOf(b);
    const key = groupA === groupB ? groupA.group.id : JSON.stringify([groupA.group.id, groupB.group.id].sort());
    let subject = subjects.get(key);
    // The second claim of a conflict is the wider one when a part exceeds its whole: it names the subject.
    if (!subject) subjects.set(key, (subject = { main: groupB, groups: groupA === groupB ? [groupA] : [groupA, groupB], conflicts: [] }));
    const days = [dayOf(a), dayOf(b)].filter((day): day is number => day !== null);
    const severity =
      relation.severity ?? severityOf(intervalGap(a.value, b.value), Math.max(magnitudeOf(a), magnitudeOf(b)), input.settings);
    subject.conflicts.push({
      index,
      low,
      high,
      // A running count that falls across sources is seen on the day of the lower, later figure.
      day: days.length === 0 ? null : Math.max(...days),
      gap: severity.gap,
      relativeGap: severity.relativeGap,
      scale: Math.max(magnitudeOf(a), magnitudeOf(b)),
      sameDay: days.length === 2 && days[0] === days[1],
    });
  }
  return subjects;
}

function lowerFirst(a: ClaimFacts, b: ClaimFacts): [ClaimFacts, ClaimFacts] {
  if (a.value.lo !== b.value.lo) return a.value.lo < b.value.lo ? [a, b] : [b, a];
  return a.value.hi <= b.value.hi ? [a, b] : [b, a];
}

/** What happened on one day of a subject: the sides set against each other, and the pairs seen to agree. */
interface Day {
  edges: Map<string, Edge>;
  agreed: (readonly [ClaimFacts, ClaimFacts])[];
}

function runsOf(subject: Subject, sides: SameDaySides, voices: VoiceTokens, settings: ReconcileSettings): Run[] {
  const byDay = new Map<number, Day>();
  const undated = new Map<string, Edge>();
  const dayAt = (day: number): Day => {
    let found = byDay.get(day);
    if (!found) byDay.set(day, (found = { edges: new Map(), agreed: [] }));
    return found;
  };
  let first = Infinity;
  let last = -Infinity;
  for (const conflict of subject.conflicts) {
    if (conflict.day === null) {
      addEdge(undated, conflict, sides, voices, settings);
      continue;
    }
    addEdge(dayAt(conflict.day).edges, conflict, sides, voices, settings);
    first = Math.min(first, conflict.day);
    last = Math.max(last, conflict.day);
  }
  // Agreements matter only while a run may be open: between the first and the last disagreement.
  for (const group of subject.groups) {
    for (const index of sides.agreedIn(group)) {
      const pair = sides.claimsOfAgreement(index) as [ClaimFacts, ClaimFacts];
      const day = pair[0].time.lo;
      if (day >= first && day <= last) dayAt(day).agreed.push(pair);
    }
  }
  const runs = new RunBook();
  for (const day of Float64Array.from(byDay.keys()).sort()) {
    const events = byDay.get(day)!;
    const matched = new Set<Run>();
    const edges = [...events.edges.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const edge of edges) matched.add(runs.absorb(runs.continuing(edge) ?? runs.start(), edge, day));
    runs.closeContradicted(events, edges, matched, voices);
  }
  const dated = runs.all();
  const alone = [...undated.values()].map((edge, i) => {
    const run = newRun(dated.length + i);
    absorbInto(run, edge, null);
    return run;
  });
  return [...dated, ...alone];
}

/**
 * The sides of a conflict: the claims that agree with each figure on its
 * day. Two claims of one side that still conflict (agreement is not
 * transitive: 100 ~ 102 ~ 104, yet 100 ≠ 104 at 2%) are set against each other alone.
 */
function addEdge(
  edges: Map<string, Edge>,
  conflict: Conflict,
  sides: SameDaySides,
  voices: VoiceTokens,
  settings: ReconcileSettings,
): void {
  const lowRoot = sides.root(conflict.low);
  const highRoot = sides.root(conflict.high);
  const together = lowRoot === highRoot;
  const lowSide = together ? `claim ${conflict.low.index}` : `side ${lowRoot}`;
  const highSide = together ? `claim ${conflict.high.index}` : `side ${highRoot}`;
  const key = `${lowSide} < ${highSide}`;
  const existing = edges.get(key);
  if (existing) {
    existing.relations.push(conflict.index);
    if (closer(conflict, existing)) {
      existing.gap = conflict.gap;
      existing.relativeGap = conflict.relativeGap;
      existing.scale = conflict.scale;
      existing.sameDay = conflict.sameDay;
    }
    return;
  }
  // A source on both sides is not against itself: a figure that agrees with the higher one's own
  // source stays out of the lower side (a series that fell below its own figure has its correction).
  const low = together ? [conflict.low] : apartFrom(sides.members(conflict.low), conflict.low, voices.of(conflict.high), voices);
  const high = together ? [conflict.high] : apartFrom(sides.members(conflict.high), conflict.high, voices.of(conflict.low), voices);
  const kept = new Set([...low, ...high]);
  const agreements = together
    ? []
    : [...sides.agreements(conflict.low), ...sides.agreements(conflict.high)].filter((index) =>
        sides.claimsOfAgreement(index).every((claim) => kept.has(claim)),
      );
  edges.set(key, {
    key,
    low,
    high,
    lowVoices: voices.ofAll(low),
    highVoices: voices.ofAll(high),
    relations: [conflict.index, ...agreements],
    ...closestFigures(low, high, conflict, settings),
    sameDay: conflict.sameDay,
  });
}

/**
 * How far apart two sides are: between their closest figures, not only the
 * two the verdict compared (the sides' other figures agree with those within
 * the tolerance). Relative to the larger of the two closest figures.
 */
function closestFigures(
  low: readonly ClaimFacts[],
  high: readonly ClaimFacts[],
  conflict: Conflict,
  settings: ReconcileSettings,
): { gap: number; relativeGap: number; scale: number } {
  let best = { gap: conflict.gap, relativeGap: conflict.relativeGap, scale: conflict.scale };
  for (const a of low) {
    for (const b of high) {
      const gap = intervalGap(a.value, b.value);
      if (gap >= best.gap) continue;
      const scale = Math.max(magnitudeOf(a), magnitudeOf(b));
      best = { gap, relativeGap: severityOf(gap, scale, settings).relativeGap, scale };
    }
  }
  return best;
}

function apartFrom(members: readonly ClaimFacts[], own: ClaimFacts, other: readonly string[], voices: VoiceTokens): ClaimFacts[] {
  const against = new Set(other);
  return members.filter((member) => member === own || !sharesAny(voices.of(member), against));
}

/**
 * Which of two gaps of one day speaks for it: one between figures of that
 * day before one against an earlier figure (a running count that fell below
 * yesterday's figure of another source is closer than the sources are
 * today), then the smaller: how close the two sides came.
 */
function closer(a: { gap: number; sameDay: boolean }, b: { gap: number; sameDay: boolean }): boolean {
  return a.sameDay !== b.sameDay ? a.sameDay : a.gap < b.gap;
}

/**
 * The open runs of one subject, indexed by voice so that a day's edges and
 * reports only look at the runs they could touch.
 */
/**
 * How many disagreements one voice takes part in at once. Real sources stand
 * in a handful (three at most in the COVID data); a voice set against a new
 * outlet every day would keep a run open per day and make every day's look-up
 * scan all of them. Past the bound the voice's oldest open run ends: the cost
 * stays linear in the conflicts.
 */
const MAX_OPEN_RUNS_PER_VOICE = 16;

class RunBook {
  private readonly open = new Set<Run>();
  private readonly byVoice = new Map<string, Set<Run>>();
  private readonly closed: Run[] = [];
  private count = 0;

  /** The oldest open run the edge continues, if any. */
  continuing(edge: Edge): Run | null {
    let chosen: Run | null = null;
    for (const run of this.candidates(edge.lowVoices)) {
      if (continues(run, edge) && (chosen === null || run.order < chosen.order)) chosen = run;
    }
    return chosen;
  }

  start(): Run {
    const run = newRun(this.count++);
    this.open.add(run);
    return run;
  }

  absorb(chosen: Run, edge: Edge, day: number): Run {
    absorbInto(chosen, edge, day);
    for (const voice of [...edge.lowVoices, ...edge.highVoices]) {
      let runs = this.byVoice.get(voice);
      if (!runs) this.byVoice.set(voice, (runs = new Set()));
      runs.add(chosen);
      // A Set keeps insertion order: its first run is the voice's oldest still open.
      if (runs.size > MAX_OPEN_RUNS_PER_VOICE) this.close(runs.values().next().value!);
    }
    return chosen;
  }

  /**
   * Close each run that today's figures contradict, unless it went on today:
   * a voice of each side agreeing with the other, or a conflict the other way round.
   */
  closeContradicted(day: Day, edges: readonly Edge[], matched: ReadonlySet<Run>, voices: VoiceTokens): void {
    for (const [a, b] of day.agreed) {
      const aVoices = voices.of(a);
      const bVoices = voices.of(b);
      for (const run of this.candidates(aVoices)) {
        if (matched.has(run) || !this.open.has(run)) continue;
        const across =
          (sharesAny(aVoices, run.low) && sharesAny(bVoices, run.high)) || (sharesAny(aVoices, run.high) && sharesAny(bVoices, run.low));
        if (across) this.close(run);
      }
    }
    for (const edge of edges) {
      for (const run of this.candidates(edge.lowVoices)) {
        if (matched.has(run) || !this.open.has(run)) continue;
        if (sharesAny(edge.lowVoices, run.high) && sharesAny(edge.highVoices, run.low)) this.close(run);
      }
    }
  }

  all(): Run[] {
    for (const run of [...this.open]) this.close(run);
    return this.closed.sort((a, b) => a.order - b.order);
  }

  private candidates(voices: Iterable<string>): Run[] {
    const found = new Set<Run>();
    for (const voice of voices) for (const run of this.byVoice.get(voice) ?? []) found.add(run);
    return [...found].sort((a, b) => a.order - b.order);
  }

  private close(run: Run): void {
    this.open.delete(run);
    for (const voice of [...run.low, ...run.high]) this.byVoice.get(voice)?.delete(run);
    this.closed.push(run);
  }
}

/** Same direction: each side keeps a voice, and no voice crossed to the other side. */
function continues(run: Run, edge: Edge): boolean {
  return (
    sharesAny(edge.lowVoices, run.low) &&
    sharesAny(edge.highVoices, run.high) &&
    !sharesAny(edge.lowVoices, run.high) &&
    !sharesAny(edge.highVoices, run.low)
  );
}

function newRun(order: number): Run {
  return {
    order,
    low: new Set(),
    high: new Set(),
    lowClaims: [],
    highClaims: [],
    relations: [],
    days: [],
    gaps: [],
    relativeGaps: [],
    scales: [],
    sameDay: [],
  };
}

/** Several edges of one run on one day count as one date, with the gap that speaks for the day (see closer). */
function absorbInto(run: Run, edge: Edge, day: number | null): void {
  for (const voice of edge.lowVoices) run.low.add(voice);
  for (const voice of edge.highVoices) run.high.add(voice);
  for (const claim of edge.low) run.lowClaims.push(claim);
  for (const claim of edge.high) run.highClaims.push(claim);
  for (const index of edge.relations) run.relations.push(index);
  const last = run.days.length - 1;
  if (day !== null && run.days[last] === day) {
    if (closer(edge, { gap: run.gaps[last]!, sameDay: run.sameDay[last]! })) {
      run.gaps[last] = edge.gap;
      run.relativeGaps[last] = edge.relativeGap;
      run.scales[last] = edge.scale;
      run.sameDay[last] = edge.sameDay;
    }
    return;
  }
  if (day !== null) run.days.push(day);
  run.gaps.push(edge.gap);
  run.relativeGaps.push(edge.relativeGap);
  run.scales.push(edge.scale);
  run.sameDay.push(edge.sameDay);
}

/** The side with fewer sources first ("one source against the rest"); on a tie, the lower side. */
function draftOf(run: Run, subject: Subject, input: FindingInput): DraftFinding {
  const sourcesOf = (claims: readonly ClaimFacts[]) => new Set(claims.map((claim) => claim.sourceKey)).size;
  const lowFirst = sourcesOf(run.lowClaims) <= sourcesOf(run.highClaims);
  const low = { claims: run.lowClaims };
  const high = { claims: run.highClaims };
  const claims = [...run.lowClaims, ...run.highClaims];
  return {
    kind: 'disagreement',
    subject: subject.main,
    groups: subject.groups,
    sides: lowFirst ? [low, high] : [high, low],
    direction: lowFirst ? 'below' : 'above',
    days: run.days,
    gaps: run.gaps,
    relativeGaps: run.relativeGaps,
    scales: run.scales,
    pattern: patternOf(run.gaps, run.relativeGaps, input.settings),
    relations: run.relations,
    claims,
    scale: claims.reduce((largest, claim) => Math.max(largest, magnitudeOf(claim)), 0),
    merged: [],
  };
}
