// A folder of annotated articles in the corpus format: `NN_slug.txt` articles
// beside a `gold.json` of the claims a careful reader finds in them, the
// conflicts between them, the look-alikes that are none, and the running
// totals that grew. A folder of such folders is a corpus of stories.
// Every annotation the scorer cannot use is kept with its reason, never
// dropped in silence.
const { existsSync, readFileSync, readdirSync, statSync } = require('node:fs');
const { basename, join } = require('node:path');
const { QUALIFIER_WORDS } = require('./vocabulary.cjs');

/** Bad input to the scorer (a missing folder, a gold.json that is not JSON): exit 2 with the message. */
class EvalInputError extends Error {}

const GOLD = 'gold.json';
const isFolder = (path) => existsSync(path) && statSync(path).isDirectory();

/** The folder itself when it holds a gold.json; otherwise its sub-folders that do, in name order. */
function findStories(folder) {
  if (existsSync(join(folder, GOLD))) return [folder];
  if (!isFolder(folder)) throw new EvalInputError(`${folder}: no such folder`);
  const stories = readdirSync(folder)
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => isFolder(path) && existsSync(join(path, GOLD)));
  if (stories.length === 0) throw new EvalInputError(`${folder}: holds no ${GOLD}, and no folder that does`);
  return stories;
}

/** A story folder: its articles as decoded text, and its annotations. */
function readStory(folder) {
  const articles = readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort()
    .map((name) => ({ name, path: join(folder, name), ...decodeArticle(readFileSync(join(folder, name))) }));
  let gold;
  try {
    gold = JSON.parse(decodeArticle(readFileSync(join(folder, GOLD))).text);
  } catch (error) {
    throw new EvalInputError(`${join(folder, GOLD)}: is not valid JSON (${error.message})`);
  }
  const texts = new Map(articles.map((article) => [article.name, article.text]));
  return { name: basename(folder), folder, articles, gold: parseGold(gold, texts) };
}

// Windows-1252 for 0x80-0x9F (Node's TextDecoder reads that label as Latin-1); the five unassigned bytes stay as they are.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * An article as the CLI decodes it, so that its spans index the same text:
 * UTF-16 by its byte order mark, else UTF-8, else Windows-1252; a byte
 * order mark is no character of the text.
 */
function decodeArticle(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte)));
    return { text: text.join(''), encoding: 'windows-1252' };
  }
}

const own = (record, key) => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
/** "more than", "More-than", "more_than" are one hedge. */
const hedgeKey = (words) => words.toLowerCase().replace(/[-_]/g, ' ').replace(/\s+/g, ' ').trim();
const QUALIFIERS = new Map(QUALIFIER_WORDS.flatMap(([words, accepted]) => words.map((word) => [hedgeKey(word), accepted])));

/**
 * The annotations, checked: claims the scorer can place in their article,
 * the pairs between them, and every annotation it cannot use with why.
 * An attribute the annotators left out is `undefined`: not scored.
 */
function parseGold(gold, texts) {
  const unusable = [];
  if (!isRecord(gold) || !Array.isArray(own(gold, 'claims'))) {
    unusable.push({ what: GOLD, reason: 'has no "claims" list' });
    return { claims: [], conflicts: [], lookAlikes: [], progressions: [], unusable };
  }
  const claims = [];
  const ids = new Set();
  own(gold, 'claims').forEach((entry, index) => {
    const what = claimLabel(entry, index);
    const read = goldClaim(entry, texts);
    if (typeof read === 'string') unusable.push({ what, reason: read });
    else if (ids.has(read.claim.id)) unusable.push({ what, reason: 'repeats the id of an earlier claim' });
    else {
      ids.add(read.claim.id);
      claims.push(read.claim);
      for (const reason of read.unscored) unusable.push({ what, reason });
    }
  });
  const known = new Set(claims.map((claim) => claim.id));
  const pairs = (key) => pairsOf(own(gold, key), key, known, unusable);
  return {
    claims,
    conflicts: pairs('conflicts'),
    lookAlikes: pairs('look_alike_non_conflicts'),
    progressions: progressionPairs(own(gold, 'consistent_progressions'), known, unusable),
    unusable,
  };
}

const claimLabel = (entry, index) => {
  const id = isRecord(entry) ? own(entry, 'id') : undefined;
  return `claim #${index + 1}${typeof id === 'string' ? ` (id ${id})` : ''}`;
};

/**
 * One annotated claim, or the reason it cannot be scored; an attribute of
 * the wrong shape is left unscored, and said so in `unscored`.
 */
function goldClaim(entry, texts) {
  if (!isRecord(entry)) return 'is not an object';
  const id = own(entry, 'id');
  const file = own(entry, 'file');
  const quote = own(entry, 'quote');
  const value = own(entry, 'value');
  if (typeof id !== 'string' || id === '') return '/id must be a non-empty string';
  if (typeof file !== 'string' || !texts.has(file)) return `/file ${JSON.stringify(file)} is no article of the folder`;
  if (typeof quote !== 'string' || quote === '') return '/quote must be a non-empty string';
  const number = isRecord(value) ? [own(value, 'low'), own(value, 'high')].find((n) => n !== null && n !== undefined) : undefined;
  if (typeof number !== 'number' || !Number.isFinite(number)) return '/value needs a finite low or high';
  const occurrences = occurrencesOf(texts.get(file), quote);
  if (occurrences.length === 0) return `/quote is not in ${file}`;

  const unscored = [];
  const attribute = (key, reader) => {
    if (!Object.prototype.hasOwnProperty.call(entry, key)) return undefined;
    const read = reader(entry[key]);
    if (read === undefined) unscored.push(`/${key} ${JSON.stringify(entry[key])} cannot be read; not scored`);
    return read;
  };
  const claim = {
    id,
    file,
    quote,
    occurrences,
    number,
    qualifiers: attribute('qualifier', (words) => (typeof words === 'string' ? QUALIFIERS.get(hedgeKey(words)) : undefined)),
    measure: attribute('measure', (name) => (typeof name === 'string' && name.trim() !== '' ? name : undefined)),
    locations: attribute('location', (places) =>
      Array.isArray(places) && places.every((place) => typeof place === 'string') ? places : undefined,
    ),
    period: attribute('period', (period) => (period === null ? null : isRecord(period) ? periodOf(period) : undefined)),
    asOf: attribute('asOf', (date) => (date === null || isDate(date) ? date : undefined)),
    // No speaker annotated (null) is not scored: the outlet's own figure, or one the annotators did not attribute.
    speaker: attribute('speaker', (name) => (name === null ? null : typeof name === 'string' && name.trim() !== '' ? name : undefined)),
  };
  return { claim, unscored };
}

function periodOf(period) {
  const end = (key) => own(period, key);
  const start = end('start');
  const last = end('end');
  if (![start, last].every((date) => date === null || date === undefined || isDate(date))) return undefined;
  return { start: start ?? null, end: last ?? null };
}

/** Every place the quote sits in its article; a quote the article repeats is the claim at any of them. */
function occurrencesOf(text, quote) {
  const found = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push({ start: at, end: at + quote.length });
  return found;
}

/** A pair is `{a, b}` or `{claims: [x, y]}`; each side an annotated claim (`{id}`) or its id. */
function pairsOf(entries, key, known, unusable) {
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) {
    unusable.push({ what: key, reason: 'is not a list' });
    return [];
  }
  const pairs = [];
  entries.forEach((entry, index) => {
    const sides = isRecord(entry) ? (Array.isArray(own(entry, 'claims')) ? own(entry, 'claims') : [own(entry, 'a'), own(entry, 'b')]) : [];
    const ids = sides.map(sideId);
    const what = `${key} #${index + 1}`;
    if (ids.length !== 2 || ids.some((id) => id === null)) unusable.push({ what, reason: 'does not name two claims' });
    else if (ids.some((id) => !known.has(id)))
      unusable.push({ what, reason: `names ${ids.filter((id) => !known.has(id)).join(', ')}, no usable claim` });
    else pairs.push(ids);
  });
  return pairs;
}

const sideId = (side) => (typeof side === 'string' ? side : isRecord(side) && typeof own(side, 'id') === 'string' ? own(side, 'id') : null);

/**
 * Running totals in order. A step derived from several claims (a sum of
 * parts) is no one claim the reconciler could call a conflict; the steps on
 * either side of it still follow each other.
 */
function progressionPairs(entries, known, unusable) {
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) {
    unusable.push({ what: 'consistent_progressions', reason: 'is not a list' });
    return [];
  }
  const pairs = [];
  entries.forEach((entry, index) => {
    const series = isRecord(entry) ? own(entry, 'series') : undefined;
    if (!Array.isArray(series)) {
      unusable.push({ what: `consistent_progressions #${index + 1}`, reason: 'has no "series" list' });
      return;
    }
    const steps = series.map(stepId).filter((id) => id !== null);
    const unknown = steps.filter((id) => !known.has(id));
    if (unknown.length > 0)
      unusable.push({ what: `consistent_progressions #${index + 1}`, reason: `names ${unknown.join(', ')}, no usable claim; left out` });
    const usable = steps.filter((id) => known.has(id));
    for (let i = 1; i < usable.length; i++) pairs.push([usable[i - 1], usable[i]]);
  });
  return pairs;
}

function stepId(step) {
  if (!isRecord(step)) return null;
  if (typeof own(step, 'id') === 'string') return own(step, 'id');
  const parts = own(step, 'derived_from');
  return Array.isArray(parts) && parts.length === 1 ? sideId(parts[0]) : null;
}

module.exports = { EvalInputError, findStories, readStory, decodeArticle, parseGold };
