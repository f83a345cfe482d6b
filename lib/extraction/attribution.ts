/**
 * Stage: who each figure is attributed to inside the text, kept apart from
 * the outlet that published it. "Pentagon spokesman Pat Ryder said" gives
 * speaker Pat Ryder of the Pentagon; "according to a senior American
 * official", a descriptive speaker; "the Pentagon revealed", an
 * organisation; "with reference to a source in the US Department of
 * Defense" and "sources told Lebanese media" name the organisation behind an
 * anonymous source. "He added", "it said", "Ryder said" and "the official
 * added" are resolved to the speaker named before. A sentence takes the
 * attribution of the one after it when that one says "reported this", and
 * of the one before it (same paragraph) when it passes speech on
 * ("reportedly", "said to").
 */
import type { Attribution } from '../records';
import type { ExtractionContext, SentenceAnalysis } from './context';
import type { Token } from './text/tokens';
import { isCapitalized } from './text/tokens';
import { ANONYMOUS_SPEAKERS, GENERIC_HEARERS, ORGANIZATION_HEADS, REPORTING_MARKERS, ROLE_WORDS } from './english/attribution-words';
import { SPEECH_VERBS } from './english/verbs';
import { ABBREVIATIONS } from './english/abbreviations';

/** The longest speaker phrase read, in tokens: the work per speech verb stays bounded. */
const MAX_PHRASE = 14;
const NAME_JOINERS = new Set(['of', 'in', 'for', 'and', 'on', '&']);
const LEADING_ARTICLES = new Set(['a', 'an', 'the']);
const SUBJECT_SKIPS = new Set([
  'also',
  'further',
  'previously',
  'later',
  'then',
  'had',
  'has',
  'have',
  'recently',
  'earlier',
  'repeatedly',
  'again',
  'separately',
  'officially',
  'publicly',
  'reportedly',
]);
const PRONOUN_PEOPLE = new Set(['he', 'she']);
const PRONOUN_GROUPS = new Set(['it', 'they']);

interface Memory {
  /** Surname to full name, from every "First Last" of the document. */
  names: Map<string, string>;
  lastPerson: Attribution | null;
  lastGroup: Attribution | null;
  speakers: Attribution[];
}

const NO_SPACE_BEFORE = new Set([',', '.', ')', '’', "'"]);
const NO_SPACE_AFTER = new Set(['(', '‘']);
// One pass over the runs of spaces: /\s+([,.)’'])/ was retried from every space of a long run, which was quadratic.
const clean = (text: string): string =>
  text
    .replace(/\s+/g, (space: string, at: number) =>
      NO_SPACE_BEFORE.has(text.charAt(at + space.length)) || NO_SPACE_AFTER.has(text.charAt(at - 1)) ? '' : space,
    )
    .trim();

function phraseText(tokens: readonly Token[], first: number, last: number): string {
  let out = '';
  for (let k = first; k <= last; k++) out += (k > first && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return clean(out);
}

/** Person names of a document: two or three capitalised words that are no role, place or organisation. */
function nameIndex(sentences: readonly SentenceAnalysis[], context: ExtractionContext): Map<string, string> {
  const names = new Map<string, string>();
  const lexicon = context.options.lexicon;
  const isNameWord = (t: Token | undefined): boolean =>
    t !== undefined &&
    isCapitalized(t) &&
    /\p{Ll}/u.test(t.text) &&
    !ROLE_WORDS.has(t.norm) &&
    !ORGANIZATION_HEADS.has(t.norm) &&
    !lexicon.place(t.text) &&
    !lexicon.placeForDemonym(t.text);
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    // each token judged once: a capitalised word that may be part of a name
    const nameLike = tokens.map((t) => isCapitalized(t) && isNameWord(t));
    for (let k = 0; k < tokens.length; k++) {
      if (!nameLike[k] || nameLike[k - 1]) continue;
      let end = k;
      while (end + 1 < tokens.length && end - k < 2 && nameLike[end + 1]) end++;
      if (end === k || k === 0) continue;
      const full = tokens
        .slice(k, end + 1)
        .map((t) => t.text)
        .join(' ');
      const surname = tokens[end]!.norm;
      if (!names.has(surname)) names.set(surname, full);
    }
  }
  return names;
}

/** The speaker words just before a speech verb: "Pentagon Deputy Press Secretary Sabrina Singh". */
function subjectBefore(tokens: readonly Token[], verb: number): [number, number] | null {
  let last = verb - 1;
  while (last >= 0 && tokens[last]!.kind === 'word' && SUBJECT_SKIPS.has(tokens[last]!.norm)) last--;
  if (last < 0) return null;
  let first = last + 1;
  for (let k = last; k >= Math.max(0, last - MAX_PHRASE); k--) {
    const token = tokens[k]!;
    if (token.kind === 'punct') {
      // "Maj. Gen. Pat Ryder": the stop of a title is part of the name
      if (token.norm === '.' && ABBREVIATIONS.has(tokens[k - 1]?.norm ?? '')) continue;
      if (token.norm === ')') {
        let open = k - 1;
        while (open > 0 && k - open < MAX_PHRASE && tokens[open]!.norm !== '(') open--;
        if (open > 0 && tokens[open]!.norm === '(') {
          k = open;
          continue;
        }
      }
      if (token.norm === "'" && tokens[k + 1]?.norm === 's') continue;
      break;
    }
    if (token.kind !== 'word') break;
    const word = token.norm;
    const named =
      isCapitalized(token) ||
      ROLE_WORDS.has(word) ||
      ORGANIZATION_HEADS.has(word) ||
      LEADING_ARTICLES.has(word) ||
      PRONOUN_PEOPLE.has(word) ||
      PRONOUN_GROUPS.has(word);
    const joiner = NAME_JOINERS.has(word) && k > 0 && isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1]);
    if (!named && !joiner) {
      // "the Islamic Resistance in Iraq militia group": lowercase descriptors after a name are part of the subject
      if (k === last || (/^[a-z]+$/.test(word) && isCapitalized(tokens[k - 1]) && !SPEECH_VERBS.has(word))) {
        // "the company said": a common noun after an article is a subject too
        if (k === last && LEADING_ARTICLES.has(tokens[k - 1]?.norm ?? '') && /^[a-z]+$/.test(word) && !SPEECH_VERBS.has(word)) {
          first = k - 1;
          break;
        }
        if (k === last && !(isCapitalized(tokens[k - 1]) || ROLE_WORDS.has(tokens[k - 1]?.norm ?? ''))) break;
        first = k;
        continue;
      }
      break;
    }
    first = k;
    if (LEADING_ARTICLES.has(word) || PRONOUN_PEOPLE.has(word) || PRONOUN_GROUPS.has(word)) break;
  }
  return first <= last ? [first, last] : null;
}

/** A speaker named after the verb or after "according to": up to the next comma, clause or verb. */
function phraseAfter(tokens: readonly Token[], start: number): [number, number] | null {
  let k = start;
  while (k < tokens.length && (tokens[k]!.kind === 'mask' || (tokens[k]!.kind === 'punct' && /^[.,]$/.test(tokens[k]!.norm)))) {
    if (tokens[k]!.norm === '.' && isCapitalized(tokens[k + 1])) return null;
    k++;
  }
  const first = k;
  let last = -1;
  for (; k < Math.min(tokens.length, first + MAX_PHRASE); k++) {
    const token = tokens[k]!;
    // "Col. Joe Buccino": the stop of a title goes on with the name
    if (token.norm === '.' && k > first && ABBREVIATIONS.has(tokens[k - 1]!.norm) && isCapitalized(tokens[k + 1])) continue;
    if (token.kind !== 'word') break;
    const word = token.norm;
    if (word === 'who' || word === 'which' || word === 'that' || (SPEECH_VERBS.has(word) && !isCapitalized(token))) break;
    if (
      !isCapitalized(token) &&
      !ROLE_WORDS.has(word) &&
      !ORGANIZATION_HEADS.has(word) &&
      !LEADING_ARTICLES.has(word) &&
      !NAME_JOINERS.has(word) &&
      !/^[a-z]+$/.test(word)
    )
      break;
    if (
      !isCapitalized(token) &&
      !ROLE_WORDS.has(word) &&
      !ORGANIZATION_HEADS.has(word) &&
      !LEADING_ARTICLES.has(word) &&
      !NAME_JOINERS.has(word) &&
      last >= first &&
      isCapitalized(tokens[last])
    )
      break;
    if (/^(?:regarding|alluding|referring|adding|saying|explaining|on|in|at|to|from|during)$/.test(word) && last >= first) break;
    last = k;
  }
  while (last >= first && NAME_JOINERS.has(tokens[last]!.norm)) last--;
  return last >= first ? [first, last] : null;
}

/** Speaker and organisation of a phrase such as "Pentagon spokesman General Brigadier Pat Ryder". */
function resolve(
  tokens: readonly Token[],
  first: number,
  last: number,
  memory: Memory,
  isPlace: (word: string) => boolean,
): Attribution | null {
  // "(Pentagon)" after a name is an aside
  const inner: number[] = [];
  let depth = 0;
  for (let k = first; k <= last; k++) {
    if (tokens[k]!.norm === '(') depth++;
    else if (tokens[k]!.norm === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && tokens[k]!.kind === 'word') inner.push(k);
  }
  if (inner.length === 0) return null;
  const words = inner.map((k) => tokens[k]!);
  const text = clean(words.map((w) => w.text).join(' '));
  const lower = text.toLowerCase();
  if (words.length === 1 && PRONOUN_PEOPLE.has(words[0]!.norm)) return memory.lastPerson;
  if (words.length === 1 && PRONOUN_GROUPS.has(words[0]!.norm)) return memory.lastGroup ?? memory.lastPerson;
  // "the official": the speaker described so before
  if (words[0]?.norm === 'the' && words.length <= 3 && words.slice(1).every((w) => !isCapitalized(w))) {
    const head = words[words.length - 1]!.norm;
    const earlier = [...memory.speakers].reverse().find((s) => s.speaker?.toLowerCase().endsWith(head));
    if (earlier) return earlier;
  }
  // a person's name at the end
  let nameStart = words.length;
  while (
    nameStart > 0 &&
    isCapitalized(words[nameStart - 1]) &&
    !ROLE_WORDS.has(words[nameStart - 1]!.norm) &&
    !ORGANIZATION_HEADS.has(words[nameStart - 1]!.norm) &&
    !isPlace(words[nameStart - 1]!.text)
  )
    nameStart--;
  // "Observatory for Human Rights", "Ministry of Defense": capitals after "of"/"for"/"in" end an organisation's name, not a person's
  if (nameStart > 0 && nameStart < words.length && NAME_JOINERS.has(words[nameStart - 1]!.norm)) nameStart = words.length;
  // "the United Nations": a person's name takes no article
  if (words[nameStart]?.norm === 'the' || (nameStart === 1 && words[0]!.norm === 'the')) nameStart = words.length;
  const nameWords = words.slice(nameStart);
  const prefix = words.slice(0, nameStart);
  const organizationIn = (list: readonly Token[]): string | null => {
    const capitals = list.filter(
      (w, i) => (isCapitalized(w) || (NAME_JOINERS.has(w.norm) && i > 0)) && !(ROLE_WORDS.has(w.norm) && !ORGANIZATION_HEADS.has(w.norm)),
    );
    const org = capitals
      .filter((w) => !LEADING_ARTICLES.has(w.norm))
      .map((w) => w.text)
      .join(' ')
      .trim();
    return org !== '' && capitals.some((w) => ORGANIZATION_HEADS.has(w.norm)) ? org : null;
  };
  if (nameWords.length >= 1 && !(nameWords.length === 1 && words.length === 1 && ORGANIZATION_HEADS.has(nameWords[0]!.norm))) {
    const surname = nameWords[nameWords.length - 1]!.norm;
    const known = memory.names.get(surname);
    // a lone capitalised word that names no body and no place is a surname: "Kirby said"
    const lone =
      words.length === 1 &&
      !isPlace(nameWords[0]!.text) &&
      !ORGANIZATION_HEADS.has(nameWords[0]!.norm) &&
      nameWords[0]!.text !== nameWords[0]!.text.toUpperCase();
    const isPerson = nameWords.length >= 2 || known !== undefined || prefix.some((w) => ROLE_WORDS.has(w.norm)) || lone;
    if (isPerson) {
      const speaker = nameWords.length >= 2 ? nameWords.map((w) => w.text).join(' ') : (known ?? nameWords[0]!.text);
      const earlier = memory.speakers.find((s) => s.speaker === speaker);
      return { speaker, organization: organizationIn(prefix) ?? earlier?.organization ?? null };
    }
  }
  // an organisation: the capitalised words, without articles and trailing descriptors
  let end = words.length - 1;
  while (end >= 0 && !isCapitalized(words[end])) end--;
  let start = 0;
  while (start <= end && !isCapitalized(words[start])) start++;
  if (start <= end && words[start]!.norm === 'the') start++;
  const capitalised = words.slice(start, end + 1);
  // "the US military", "the Iraqi government": a phrase whose head names a body is an organisation
  const head = words[words.length - 1]!;
  // …unless the capitals are a name of their own: "the Islamic Resistance in Iraq militia group"
  const ownName =
    capitalised.filter((w) => isCapitalized(w)).length >= 2 || capitalised.some((w) => isCapitalized(w) && ORGANIZATION_HEADS.has(w.norm));
  if (ORGANIZATION_HEADS.has(head.norm) && !isCapitalized(head) && capitalised.length > 0 && !ownName) {
    return {
      speaker: null,
      organization: clean(
        words
          .filter((w, i) => !(i === 0 && LEADING_ARTICLES.has(w.norm)))
          .map((w) => w.text)
          .join(' '),
      ),
    };
  }
  const roles = words.some((w) => ROLE_WORDS.has(w.norm) && !isCapitalized(w));
  if (roles || capitalised.length === 0) {
    // "a senior American official", "A Pentagon spokesman", "sources"
    const org = capitalised.find((w) => ORGANIZATION_HEADS.has(w.norm));
    return { speaker: text, organization: org ? org.text : null };
  }
  const organization = clean(
    words
      .slice(start, end + 1)
      .map((w) => w.text)
      .join(' '),
  ).replace(/^(?:The|the)\s+/, '');
  if (ANONYMOUS_SPEAKERS.has(lower)) return { speaker: text, organization: null };
  return { speaker: null, organization };
}

function remember(memory: Memory, attribution: Attribution | null): void {
  if (!attribution) return;
  memory.speakers.push(attribution);
  if (attribution.speaker && /\p{Lu}/u.test(attribution.speaker[0] ?? '') && !/^(?:A|An|The)\s/.test(attribution.speaker))
    memory.lastPerson = attribution;
  else if (attribution.organization) memory.lastGroup = attribution;
  if (attribution.speaker === null && attribution.organization) memory.lastGroup = attribution;
}

/** "in a relative clause": "depots which the Pentagon claimed were", "an official who spoke". */
function inRelativeClause(tokens: readonly Token[], subject: [number, number] | null, verb: number): boolean {
  const before = tokens[(subject ? subject[0] : verb) - 1];
  return before !== undefined && (before.norm === 'which' || before.norm === 'who' || before.norm === 'whom');
}

const MAY_CITE = /\b(?:reference|citing|sources?\s+(?:in|at))\b/i;

/** ", X ," right before a speech verb: the words between the two commas. */
function asideBefore(tokens: readonly Token[], verb: number): [number, number] | null {
  if (tokens[verb - 1]?.norm !== ',') return null;
  for (let k = verb - 2; k >= Math.max(1, verb - MAX_PHRASE); k--) {
    const token = tokens[k]!;
    if (token.norm === ',') return k + 1 <= verb - 2 ? [k + 1, verb - 2] : null;
    if (token.kind === 'punct' && token.norm !== '.' && token.norm !== "'" && token.norm !== '-') return null;
  }
  return null;
}

const personNamed = (a: Attribution | null): boolean =>
  a !== null && a.speaker !== null && /^\p{Lu}/u.test(a.speaker) && !/^(?:A|An|The)\s/.test(a.speaker);

/** The subject and its aside together: a named person wins; the other gives the organisation. */
function withAside(subject: Attribution, aside: Attribution | null): Attribution {
  if (!aside || (aside.speaker === null && aside.organization === null)) return subject;
  if (personNamed(subject)) return { speaker: subject.speaker, organization: subject.organization ?? aside.organization };
  if (personNamed(aside)) return { speaker: aside.speaker, organization: aside.organization ?? subject.organization ?? subject.speaker };
  return subject.organization === null && aside.organization !== null ? { ...subject, organization: aside.organization } : subject;
}

const isAnonymous = (speaker: string): boolean =>
  ANONYMOUS_SPEAKERS.has(speaker.toLowerCase()) || /\b(?:officials|official|sources|source)$/i.test(speaker);

function deeperSource(tokens: readonly Token[], memory: Memory, isPlace: (word: string) => boolean): Attribution | null {
  if (!tokens.some((t) => t.norm === 'reference' || t.norm === 'citing' || t.norm === 'source' || t.norm === 'sources')) return null;
  for (let k = 0; k < tokens.length; k++) {
    if (!MAY_CITE.test(`${tokens[k]!.norm} ${tokens[k + 1]?.norm ?? ''}`) && !/^(?:with|a|sources?)$/.test(tokens[k]!.norm)) continue;
    const window = tokens
      .slice(k, k + 8)
      .map((t) => t.norm)
      .join(' ');
    const lead =
      /^(?:with reference to(?: a source in| sources in| a source at)?|citing(?: a source in| sources in)?|a source in|sources in|sources at|a source at)\b/.exec(
        window,
      );
    if (!lead) continue;
    const skip = lead[0].split(' ').length;
    const span = phraseAfter(tokens, k + skip);
    if (span) return resolve(tokens, span[0], span[1], memory, isPlace);
  }
  return null;
}

/** The attribution a sentence gives its figures, and how it was found. */
function attributionOf(
  sentence: SentenceAnalysis,
  memory: Memory,
  outlet: string | null,
  isPlace: (word: string) => boolean,
): { value: Attribution | null; how: string } | null {
  const tokens = sentence.tokens;
  const deeper = deeperSource(tokens, memory, isPlace);
  if (deeper) return { value: deeper, how: 'cited source' };
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.norm !== 'according' || tokens[k + 1]?.norm !== 'to') continue;
    let span = phraseAfter(tokens, k + 2);
    // "according to a statement from U.S. Central Command": the body behind the document
    if (
      span &&
      /^(?:statement|report|post|release|readout|tally|count|figures|data)$/.test(tokens[span[1]]!.norm) &&
      /^(?:from|by|of)$/.test(tokens[span[1] + 1]?.norm ?? '')
    ) {
      span = phraseAfter(tokens, span[1] + 2) ?? span;
    }
    if (span) return { value: resolve(tokens, span[0], span[1], memory, isPlace), how: 'according to' };
  }
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || !SPEECH_VERBS.has(token.norm) || isCapitalized(token)) continue;
    if (tokens[k + 1]?.norm === 'to' && /^(?:said|reported|believed)$/.test(token.norm)) continue; // "said to involve"
    // "A U.S. official, speaking on condition of anonymity, said"; "Pat Ryder, the Pentagon press secretary, said"
    const aside = asideBefore(tokens, k);
    const subject = subjectBefore(tokens, aside ? aside[0] - 1 : k);
    if (inRelativeClause(tokens, subject, k)) continue;
    let value: Attribution | null = null;
    let how = 'subject';
    const subjectWords = subject ? tokens.slice(subject[0], subject[1] + 1).map((t) => t.norm) : [];
    // "“We counted 30 rockets,” said Col. Joe Buccino": a first person inside a quote is the speaker named after it
    if (subjectWords.length === 1 && /^(?:we|i)$/.test(subjectWords[0]!)) continue;
    const pronoun = subjectWords.length === 1 && (PRONOUN_GROUPS.has(subjectWords[0]!) || PRONOUN_PEOPLE.has(subjectWords[0]!));
    if (!subject || pronoun) {
      const after = phraseAfter(tokens, k + 1);
      // "…, said the ministry." / "it said Thursday. the Department, accusing": the speaker closes the clause
      const closes = after !== null && (tokens[after[1] + 1] === undefined || tokens[after[1] + 1]!.kind === 'punct');
      if (after && closes && (isCapitalized(tokens[after[0]]) || tokens[after[0]]!.norm === 'the')) {
        value = resolve(tokens, after[0], after[1], memory, isPlace);
        how = 'inverted';
      }
    }
    if (!value && subject) value = resolve(tokens, subject[0], subject[1], memory, isPlace);
    if (aside && value) value = withAside(value, resolve(tokens, aside[0], aside[1], memory, isPlace));
    if (!value) continue;
    // "sources told Lebanese media": an anonymous speaker's medium is the organisation
    if (token.norm === 'told' && value.organization === null && value.speaker && isAnonymous(value.speaker)) {
      const hearer = phraseAfter(tokens, k + 1);
      const heard = hearer ? phraseText(tokens, hearer[0], hearer[1]) : null;
      if (heard && !GENERIC_HEARERS.has(heard.toLowerCase()) && heard !== outlet) value = { ...value, organization: heard };
    }
    return { value, how };
  }
  return null;
}

/** "The agency reported this …": the sentence before says what was reported. */
const PASSES_ON = /\b(?:reported|said|confirmed|announced|stated)\s+(?:this|it|so)\b/i;

export function readAttribution(context: ExtractionContext): void {
  const sentences = context.sentences;
  const memory: Memory = { names: nameIndex(sentences, context), lastPerson: null, lastGroup: null, speakers: [] };
  const outlet = context.document.source.name;
  const lexicon = context.options.lexicon;
  const isPlace = (word: string): boolean => lexicon.place(word) !== null;
  const found = sentences.map((sentence) => {
    const attribution = attributionOf(sentence, memory, outlet, isPlace);
    remember(memory, attribution?.value ?? null);
    return attribution;
  });
  sentences.forEach((sentence, i) => {
    let attribution = found[i] ?? null;
    const next = sentences[i + 1];
    if (!attribution && next && found[i + 1]) {
      if (PASSES_ON.test(context.text.slice(next.start, next.end))) attribution = { value: found[i + 1]!.value, how: 'next sentence' };
    }
    const previous = sentences[i - 1];
    if (!attribution && previous && previous.paragraph === sentence.paragraph && found[i - 1]) {
      const raw = context.text.slice(sentence.start, sentence.end);
      if (REPORTING_MARKERS.test(raw)) attribution = { value: found[i - 1]!.value, how: 'previous sentence' };
    }
    sentence.attribution = attribution;
    for (const quantity of sentence.quantities) quantity.attribution = attribution;
  });
}
