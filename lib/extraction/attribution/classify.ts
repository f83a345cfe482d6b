/**
 * A speaker phrase as speaker and organisation: "Pentagon spokesman
 * General Brigadier Pat Ryder" is Pat Ryder of the Pentagon; "the US
 * military" an organisation; "a senior American official" a descriptive,
 * unnamed speaker; "he" and "it" the person or body that spoke last; "the
 * official" the speaker described so before.
 */
import type { Attribution } from '../../records';
import type { Token } from '../text/tokens';
import { isCapitalized } from '../text/tokens';
import { ANONYMOUS_SPEAKERS, DOCUMENT_NOUNS } from '../english/attribution-words';
import type { Memory } from './memory';
import { clean, phraseText } from './phrase';
import { PRONOUN_GROUPS, PRONOUN_PEOPLE, type WordClasses } from './words';

/** How many words "the official" may have to be read as a speaker described before. */
const MAX_DESCRIBED_WORDS = 3;

const isUnnamed = (speaker: string): boolean =>
  ANONYMOUS_SPEAKERS.has(speaker.toLowerCase()) ||
  /\b(?:officials?|sources?|spokes(?:man|woman|person)|diplomats?|officers?)$/i.test(speaker);

/** A person named: a capitalised speaker that starts with no article. */
export const personNamed = (a: Attribution | null): boolean =>
  a !== null && a.speaker !== null && /^\p{Lu}/u.test(a.speaker) && !/^(?:A|An|The)\s/.test(a.speaker) && !isUnnamed(a.speaker);

function organizationIn(list: readonly Token[], words: WordClasses): string | null {
  const capitals = list.filter((w, i) => (isCapitalized(w) || (words.joiner(w) && i > 0)) && !(words.role(w) && !words.organization(w)));
  const org = capitals
    .filter((w) => !words.article(w))
    .map((w) => w.text)
    .join(' ')
    .trim();
  return org !== '' && capitals.some((w) => words.organization(w)) ? clean(org) : null;
}

export function resolve(tokens: readonly Token[], first: number, last: number, memory: Memory, words: WordClasses): Attribution | null {
  // "(Pentagon)" after a name is an aside; quote marks around a name are not part of it
  const inner: number[] = [];
  let depth = 0;
  for (let k = first; k <= last; k++) {
    if (tokens[k]!.norm === '(') depth++;
    else if (tokens[k]!.norm === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && tokens[k]!.kind === 'word') inner.push(k);
  }
  if (inner.length === 0) return null;
  const list = inner.map((k) => tokens[k]!);
  const text = clean(list.map((w) => w.text).join(' '));
  const lower = text.toLowerCase();
  if (list.length === 1 && PRONOUN_PEOPLE.has(list[0]!.norm)) return memory.lastPerson;
  // "the statement added": the document of the body that spoke last
  if (list.length <= 2 && DOCUMENT_NOUNS.has(list[list.length - 1]!.norm) && (list.length === 1 || words.article(list[0])))
    return memory.lastGroup ?? memory.lastPerson;
  // "the Turkish president", "the ministry": a speaker the text described so before
  if (list[0]?.norm === 'the' && list.length <= MAX_DESCRIBED_WORDS + 1) {
    const wanted = list.slice(1).map((w) => w.norm);
    for (let i = memory.descriptions.length - 1; i >= 0; i--) {
      const earlier = memory.descriptions[i]!;
      if (wanted.every((w) => earlier.words.split(/\s+/).includes(w))) return earlier.attribution;
    }
  }
  // "CENTCOM said", after "U.S. Central Command (CENTCOM)": the name the acronym stands for
  if (list.length === 1 && memory.acronyms.has(list[0]!.norm))
    return { speaker: null, organization: `${memory.acronyms.get(list[0]!.norm)} (${list[0]!.text})` };
  if (list.length === 1 && PRONOUN_GROUPS.has(list[0]!.norm)) return memory.lastGroup ?? memory.lastPerson;
  // a body the lexicon knows by its whole name: "the White Helmets", "Agence France-Presse"
  const bare = list.filter((w, i) => !(i === 0 && words.article(w)));
  if (bare.length > 0 && words.knownSource(bare.map((w) => w.text).join(' ')))
    return { speaker: null, organization: clean(bare.map((w) => w.text).join(' ')) };
  // "the official": the speaker described so before
  if (list[0]?.norm === 'the' && list.length <= MAX_DESCRIBED_WORDS && list.slice(1).every((w) => !isCapitalized(w))) {
    const head = list[list.length - 1]!.norm;
    const earlier = [...memory.speakers].reverse().find((s) => s.speaker?.toLowerCase().endsWith(head));
    if (earlier) return earlier;
  }
  // a person's name at the end
  let nameStart = list.length;
  while (
    nameStart > 0 &&
    isCapitalized(list[nameStart - 1]) &&
    !words.role(list[nameStart - 1]) &&
    !words.organization(list[nameStart - 1]) &&
    !words.place(list[nameStart - 1]!.text)
  )
    nameStart--;
  // "Observatory for Human Rights", "Ministry of Defense": capitals after "of"/"for"/"in" end an organisation's name, not a person's
  if (nameStart > 0 && nameStart < list.length && words.joiner(list[nameStart - 1])) nameStart = list.length;
  // "the United Nations": a person's name takes no article
  if (list[nameStart]?.norm === 'the' || (nameStart === 1 && list[0]!.norm === 'the')) nameStart = list.length;
  const nameWords = list.slice(nameStart);
  const prefix = list.slice(0, nameStart);
  if (nameWords.length >= 1 && !(nameWords.length === 1 && list.length === 1 && words.organization(nameWords[0]))) {
    const surname = nameWords[nameWords.length - 1]!.norm;
    const known = memory.names.get(surname);
    // a lone capitalised word that names no body and no place is a surname: "Kirby said"
    const lone =
      list.length === 1 &&
      !words.place(nameWords[0]!.text) &&
      !words.organization(nameWords[0]) &&
      nameWords[0]!.text !== nameWords[0]!.text.toUpperCase();
    const isPerson = nameWords.length >= 2 || known !== undefined || prefix.some((w) => words.role(w)) || lone;
    if (isPerson) {
      const speaker = nameWords.length >= 2 ? nameWords.map((w) => w.text).join(' ') : (known ?? nameWords[0]!.text);
      const earlier = memory.speakers.find((s) => s.speaker === speaker);
      return { speaker, organization: organizationIn(prefix, words) ?? earlier?.organization ?? null };
    }
  }
  // an organisation: the capitalised words, without articles and trailing descriptors
  let end = list.length - 1;
  while (end >= 0 && !isCapitalized(list[end])) end--;
  let start = 0;
  while (start <= end && !isCapitalized(list[start])) start++;
  if (start <= end && list[start]!.norm === 'the') start++;
  const capitalised = list.slice(start, end + 1);
  // "the US military", "the Iraqi government", "Syrian state media": a phrase whose head names a body is an organisation
  const head = list[list.length - 1]!;
  // …unless the capitals are a name of their own: "the Islamic Resistance in Iraq militia group"
  const ownName =
    capitalised.filter((w) => isCapitalized(w)).length >= 2 || capitalised.some((w) => isCapitalized(w) && words.organization(w));
  if (words.organization(head) && !isCapitalized(head) && capitalised.length > 0 && !ownName) {
    return { speaker: null, organization: clean(bare.map((w) => w.text).join(' ')) };
  }
  // "the civil protection agency", "aid agencies": a common noun of a body at the head, no one named
  if (capitalised.length === 0 && words.organization(head) && !isCapitalized(head) && !PRONOUN_PEOPLE.has(head.norm))
    return { speaker: null, organization: clean(bare.map((w) => w.text).join(' ')) };
  const roles = list.some((w) => words.role(w) && !isCapitalized(w));
  if (roles || capitalised.length === 0) {
    // "a senior American official", "A Pentagon spokesman", "sources", "the union"
    const org = capitalised.find((w) => words.organization(w));
    if (!roles && capitalised.length === 0 && words.organization(head))
      return { speaker: null, organization: clean(bare.map((w) => w.text).join(' ')) };
    return { speaker: text, organization: org ? org.text : null };
  }
  const organization = clean(
    list
      .slice(start, end + 1)
      .map((w) => w.text)
      .join(' '),
  ).replace(/^(?:The|the)\s+/, '');
  if (ANONYMOUS_SPEAKERS.has(lower)) return { speaker: text, organization: null };
  return { speaker: null, organization };
}

/** Marks a speaker the text does not name ("officials", "a senior American official") as anonymous. */
export function withAnonymity(attribution: Attribution, saysAnonymous: boolean): Attribution {
  const unnamed = attribution.speaker !== null && !personNamed(attribution) && isUnnamed(attribution.speaker);
  return unnamed || saysAnonymous ? { ...attribution, anonymous: true } : attribution;
}

export { phraseText };
