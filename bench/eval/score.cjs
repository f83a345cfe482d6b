// Scoring one story: the project's claims (as `extract --format ndjson`
// prints them) and its reconciliation (`reconcile --format json`) against the
// annotations read by corpus.cjs. Pure: no files, no processes.
const { FREE_MEASURE_PREFIX, MEASURE_SYNONYMS, SPEAKER_FUNCTION_WORDS, SPEAKER_ROLE_WORDS } = require('./vocabulary.cjs');

const ATTRIBUTES = ['qualifier', 'measure', 'locations', 'asOf', 'period', 'speaker'];
const CONFLICT_KINDS = new Set(['conflict', 'correction']);

const sameNumber = (a, b) => typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const fileOf = (claim) => String(claim.documentId ?? '').replace(/^.*[\\/]/, '');

/** The span a claim gives, when it points at the claim's quote in its article; null otherwise. */
function placedSpan(claim, texts) {
  const span = claim.span;
  const text = texts.get(fileOf(claim));
  if (text === undefined || !span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) return null;
  return text.slice(span.start, span.end) === claim.quote ? span : null;
}

/** How much of the annotated quote and the claim's span coincide, 0 to 1, at the quote's best occurrence. */
function overlap(gold, span) {
  let best = 0;
  for (const at of gold.occurrences) {
    const shared = Math.min(at.end, span.end) - Math.max(at.start, span.start);
    if (shared > 0) best = Math.max(best, shared / (Math.max(at.end, span.end) - Math.min(at.start, span.start)));
  }
  return best;
}

/**
 * A claim matches an annotated one when its span overlaps the quote and its
 * number is the same; each is matched at most once, the closest overlaps
 * first, so that two annotations of one sentence each find their own claim.
 * A claim whose span does not point at its quote matches nothing: spans
 * index the article as given, and the scorer checks that they do.
 */
function matchClaims(goldClaims, claims, texts) {
  const goldOfFile = new Map();
  goldClaims.forEach((gold, order) => {
    if (!goldOfFile.has(gold.file)) goldOfFile.set(gold.file, []);
    goldOfFile.get(gold.file).push({ gold, order });
  });
  const candidates = [];
  const spansOff = [];
  claims.forEach((claim, index) => {
    const span = placedSpan(claim, texts);
    if (span === null) {
      if (texts.has(fileOf(claim))) spansOff.push(claim);
      return;
    }
    for (const { gold, order } of goldOfFile.get(fileOf(claim)) ?? []) {
      if (!sameNumber(claim.stated, gold.number)) continue;
      const share = overlap(gold, span);
      if (share > 0) candidates.push({ gold, claim, share, order, index });
    }
  });
  candidates.sort((a, b) => b.share - a.share || a.order - b.order || a.index - b.index);
  const byGold = new Map();
  const taken = new Set();
  for (const { gold, claim } of candidates) {
    if (byGold.has(gold.id) || taken.has(claim)) continue;
    byGold.set(gold.id, claim);
    taken.add(claim);
  }
  const unmatched = claims.filter((claim) => !taken.has(claim) && texts.has(fileOf(claim)));
  return { byGold, unmatched, spansOff };
}

const folded = (text) =>
  String(text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim();
const MEASURE_OF = new Map(MEASURE_SYNONYMS.flatMap((row) => row.map((word) => [folded(word), folded(row[0])])));
const measureKey = (measure) => MEASURE_OF.get(folded(measure)) ?? folded(measure);
/** Words of a name, folded, a plural "s" off: "Officials" and "official" are one word. */
const wordsOf = (text) =>
  (folded(text).match(/\p{L}+/gu) ?? []).map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
const ROLE_WORDS = new Set(SPEAKER_ROLE_WORDS.flatMap(wordsOf));
const FUNCTION_WORDS = new Set(SPEAKER_FUNCTION_WORDS.flatMap(wordsOf));
const sortedPlaces = (places) => [...new Set((places ?? []).map(folded))].sort();
const noPeriod = (period) => !period || (period.start == null && period.end == null);

/** The words outside brackets, and each bracket, of an annotated speaker. */
const speakerParts = (speaker) => [speaker.replace(/\([^()]*\)/g, ' '), ...(speaker.match(/\([^()]*\)/g) ?? [])];

function speakerRight(claim, speaker) {
  const said = new Set(wordsOf(`${claim.attribution?.speaker ?? ''} ${claim.attribution?.organization ?? ''}`));
  return speakerParts(speaker).some((part) => {
    const words = wordsOf(part).filter((word) => !FUNCTION_WORDS.has(word));
    const names = words.filter((word) => !ROLE_WORDS.has(word));
    return (names.length > 0 ? names : words).some((word) => said.has(word));
  });
}

/** Each attribute the annotation states, right or wrong; `undefined` where it states none. */
const CHECKS = {
  qualifier: (claim, gold) => (gold.qualifiers === undefined ? undefined : gold.qualifiers.includes(claim.qualifier)),
  measure: (claim, gold) =>
    gold.measure === undefined || gold.measure.startsWith(FREE_MEASURE_PREFIX)
      ? undefined
      : measureKey(claim.measure) === measureKey(gold.measure),
  locations: (claim, gold) =>
    gold.locations === undefined ? undefined : sortedPlaces(claim.locations).join('|') === sortedPlaces(gold.locations).join('|'),
  asOf: (claim, gold) => (gold.asOf === undefined ? undefined : (claim.asOf ?? null) === gold.asOf),
  // No period annotated (a level, a stock) is a statement too; an end the annotators left open is not judged.
  period: (claim, gold) => {
    if (gold.period === undefined) return undefined;
    if (gold.period === null) return noPeriod(claim.period);
    if (noPeriod(claim.period)) return false;
    return (
      (gold.period.start === null || claim.period.start === gold.period.start) &&
      (gold.period.end === null || claim.period.end === gold.period.end)
    );
  },
  speaker: (claim, gold) => (gold.speaker == null ? undefined : speakerRight(claim, gold.speaker)),
};
const GOT = {
  qualifier: (claim) => claim.qualifier,
  measure: (claim) => claim.measure ?? null,
  locations: (claim) => claim.locations ?? [],
  asOf: (claim) => claim.asOf ?? null,
  period: (claim) => claim.period ?? null,
  speaker: (claim) => claim.attribution ?? null,
};
const WANT = {
  qualifier: (gold) => gold.qualifiers,
  measure: (gold) => gold.measure,
  locations: (gold) => gold.locations,
  asOf: (gold) => gold.asOf,
  period: (gold) => gold.period,
  speaker: (gold) => gold.speaker,
};

function scoreExtraction(story, claims) {
  const texts = new Map(story.articles.map((article) => [article.name, article.text]));
  const { byGold, unmatched, spansOff } = matchClaims(story.gold.claims, claims, texts);
  const attributes = Object.fromEntries(ATTRIBUTES.map((name) => [name, { right: 0, judged: 0 }]));
  const missed = [];
  const wrong = [];
  for (const gold of story.gold.claims) {
    const claim = byGold.get(gold.id);
    if (!claim) {
      missed.push({ id: gold.id, file: gold.file, quote: gold.quote });
      continue;
    }
    for (const name of ATTRIBUTES) {
      const right = CHECKS[name](claim, gold);
      if (right === undefined) continue;
      attributes[name].judged++;
      if (right) attributes[name].right++;
      else
        wrong.push({ id: gold.id, attribute: name, got: GOT[name](claim), want: WANT[name](gold), quote: gold.quote, claimId: claim.id });
    }
  }
  const spurious = unmatched.map((claim) => ({
    id: claim.id,
    file: fileOf(claim),
    quote: claim.quote,
    stated: claim.stated,
    measure: claim.measure ?? null,
  }));
  const counts = { matched: byGold.size, missed: missed.length, spurious: spurious.length };
  const details = {
    missed,
    wrong,
    spurious,
    spansOff: spansOff.map((claim) => ({ id: claim.id, quote: claim.quote, span: claim.span ?? null })),
  };
  return { counts, attributes, spansOff: spansOff.length, details };
}

const pairKey = (a, b) => [a, b].sort().join('\u0000');

/** Conflicts found, conflict precision, look-alikes and progressions kept, from the reconciliation's relations. */
function scoreVerdicts(story, reconciliation) {
  const texts = new Map(story.articles.map((article) => [article.name, article.text]));
  const { byGold } = matchClaims(story.gold.claims, reconciliation.claims ?? [], texts);
  const goldOfClaim = new Map([...byGold].map(([goldId, claim]) => [claim.id, goldId]));
  const calledConflict = new Set();
  const reported = (reconciliation.relations ?? []).filter((relation) => CONFLICT_KINDS.has(relation.kind));
  for (const relation of reported) {
    const ids = relation.claimIds ?? [];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) calledConflict.add(pairKey(ids[i], ids[j]));
  }
  const claimIdOf = (goldId) => byGold.get(goldId)?.id;
  /** Whether the reconciliation calls the pair a conflict; null when one of its claims was not extracted. */
  const flagged = ([a, b]) => (claimIdOf(a) && claimIdOf(b) ? calledConflict.has(pairKey(claimIdOf(a), claimIdOf(b))) : null);

  const missedConflicts = story.gold.conflicts
    .filter((pair) => flagged(pair) !== true)
    .map((pair) => ({ pair, extracted: flagged(pair) !== null }));
  const annotated = new Set(story.gold.conflicts.map(([a, b]) => pairKey(a, b)));
  const inAnnotated = new Set(story.gold.conflicts.flat());
  const judgedReports = { right: 0, false: 0, unjudged: 0 };
  const falseConflicts = [];
  for (const relation of reported) {
    const golds = (relation.claimIds ?? []).map((id) => goldOfClaim.get(id));
    const all = golds.every((id) => id !== undefined);
    const pairs = [];
    for (let i = 0; i < golds.length; i++) for (let j = i + 1; j < golds.length; j++) pairs.push(pairKey(golds[i], golds[j]));
    if (all && pairs.some((key) => annotated.has(key))) judgedReports.right++;
    // Annotators list pairs, not every pair of two groups that disagree: both in annotated conflicts is not judged.
    else if (all && golds.every((id) => inAnnotated.has(id))) judgedReports.unjudged++;
    else {
      judgedReports.false++;
      falseConflicts.push({
        kind: relation.kind,
        claims: (relation.claimIds ?? []).map((id, i) => golds[i] ?? `(not annotated: ${id})`),
        reason: relation.reason,
      });
    }
  }
  const kept = (pairs) => {
    const judged = pairs.filter((pair) => flagged(pair) !== null);
    return {
      judged: judged.length,
      kept: judged.filter((pair) => !flagged(pair)).length,
      notJudged: pairs.length - judged.length,
      flagged: judged.filter(flagged),
    };
  };
  const lookAlikes = kept(story.gold.lookAlikes);
  const progressions = kept(story.gold.progressions);
  return {
    counts: {
      conflicts: story.gold.conflicts.length,
      conflictsFound: story.gold.conflicts.length - missedConflicts.length,
      reported: reported.length,
      reportedRight: judgedReports.right,
      reportedFalse: judgedReports.false,
      reportedUnjudged: judgedReports.unjudged,
      lookAlikes: lookAlikes.judged,
      lookAlikesKept: lookAlikes.kept,
      lookAlikesNotJudged: lookAlikes.notJudged,
      progressions: progressions.judged,
      progressionsKept: progressions.kept,
      progressionsNotJudged: progressions.notJudged,
    },
    details: { missedConflicts, falseConflicts, flaggedLookAlikes: lookAlikes.flagged, flaggedProgressions: progressions.flagged },
  };
}

/** The whole score of one story: counts, and the rates they give. */
function scoreStory(story, claims, reconciliation) {
  const extraction = scoreExtraction(story, claims);
  const verdicts = scoreVerdicts(story, reconciliation);
  const counts = {
    articles: story.articles.length,
    annotated: story.gold.claims.length,
    ...extraction.counts,
    spansOff: extraction.spansOff,
    ...verdicts.counts,
  };
  return {
    story: story.name,
    counts,
    attributes: extraction.attributes,
    rates: rates(counts, extraction.attributes),
    details: { ...extraction.details, ...verdicts.details, unusableAnnotations: story.gold.unusable },
  };
}

const ratio = (part, whole) => (whole > 0 ? (100 * part) / whole : null);

function rates(counts, attributes) {
  const precision = ratio(counts.matched, counts.matched + counts.spurious);
  const recall = ratio(counts.matched, counts.matched + counts.missed);
  return {
    precision,
    recall,
    f1: precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    ...Object.fromEntries(ATTRIBUTES.map((name) => [name, ratio(attributes[name].right, attributes[name].judged)])),
    conflictsFound: ratio(counts.conflictsFound, counts.conflicts),
    conflictPrecision: ratio(counts.reportedRight, counts.reportedRight + counts.reportedFalse),
    lookAlikesKept: ratio(counts.lookAlikesKept, counts.lookAlikes),
    progressionsKept: ratio(counts.progressionsKept, counts.progressions),
  };
}

/** Every story's counts summed, and the rates of the sums (a claim counts once, whichever story it is in). */
function total(results) {
  const counts = {};
  const attributes = Object.fromEntries(ATTRIBUTES.map((name) => [name, { right: 0, judged: 0 }]));
  for (const result of results) {
    for (const [key, value] of Object.entries(result.counts)) counts[key] = (counts[key] ?? 0) + value;
    for (const name of ATTRIBUTES) {
      attributes[name].right += result.attributes[name].right;
      attributes[name].judged += result.attributes[name].judged;
    }
  }
  return { story: 'TOTAL', counts, attributes, rates: rates(counts, attributes) };
}

module.exports = { ATTRIBUTES, matchClaims, scoreStory, total };
