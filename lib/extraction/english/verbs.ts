/** Verb lists the stages share, lower case. */

/** Verbs that report speech: "said", "told", "added". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'adding', 'stated', 'states', 'announced',
  'announces', 'reported', 'reports', 'confirmed', 'confirms', 'indicated', 'indicates', 'noted', 'notes', 'claimed',
  'claims', 'revealed', 'reveals', 'warned', 'warns', 'wrote', 'writes', 'explained', 'explains', 'declared',
  'declares', 'affirmed', 'stressed', 'emphasized', 'emphasised', 'estimated', 'estimates', 'acknowledged',
  'acknowledges', 'disclosed', 'recounted', 'insisted', 'asserted', 'alleged', 'speaking', 'spoke', 'briefed',
  'informed', 'clarified', 'reiterated', 'commented', 'tallied', 'counted', 'recorded', 'documented', 'cited',
  'quoted', 'mentioned', 'posted', 'tweeted', 'publicized', 'updated',
]);

/** Irregular past tenses that end a noun phrase ("jets struck depots"). */
export const IRREGULAR_VERBS: ReadonlySet<string> = new Set([
  'struck', 'hit', 'shot', 'fired', 'launched', 'flew', 'took', 'made', 'came', 'went', 'fell', 'left', 'began', 'began',
  'sent', 'brought', 'caught', 'fought', 'held', 'kept', 'led', 'lost', 'met', 'ran', 'saw', 'seen', 'stood', 'won',
  'remain', 'remained', 'remains', 'face', 'faced', 'faces', 'belong', 'belongs', 'include', 'includes', 'included',
  'involve', 'involved', 'involving', 'target', 'targets', 'need', 'needed', 'say', 'said',
]);

/** After a count of people, these take a noun of harm: "suffered traumatic brain injuries". */
export const HARM_TAKING_VERBS: ReadonlySet<string> = new Set([
  'suffered', 'suffer', 'suffers', 'suffering', 'sustained', 'sustain', 'sustains', 'sustaining', 'received', 'receiving',
  'treated', 'diagnosed', 'reported', 'incurred', 'experienced',
]);

/** Adverbs and auxiliaries that may stand between a count of people and its harm. */
export const PREDICATE_FILLERS: ReadonlySet<string> = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'reportedly', 'also', 'all', 'both',
  'slightly', 'lightly', 'seriously', 'critically', 'severely', 'badly', 'mildly', 'moderately', 'gravely', 'fatally',
  'later', 'since', 'allegedly', 'each', 'mostly', 'minor', 'now', 'so', 'far', 'already', 'initially', 'reported',
  'for', 'with', 'from', 'of', 'the', 'possible', 'apparent', 'mild', 'serious', 'been', 'were', 'not',
]);
