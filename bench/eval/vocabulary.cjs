// The words the scorer reads in annotations (docs/extraction.md, "Measuring on
// your own articles"). Data, not code: a newsroom whose annotators write other
// words adds a row here.

/**
 * Annotators write the hedge as the article does ("more than", "nearly");
 * the project names its qualifier. Each row lists the qualifiers that read
 * the hedge correctly: a lower bound written "more than" is also read right
 * as at-least, and "nearly 60" is both about 60 and fewer than 60.
 */
const QUALIFIER_WORDS = [
  [['exact'], ['exact']],
  [['at least', 'no fewer than', 'no less than', 'a minimum of'], ['at-least']],
  [
    ['more than', 'over', 'above', 'in excess of', 'upwards of'],
    ['more-than', 'at-least'],
  ],
  [['about', 'approximately', 'around', 'roughly', 'some', 'an estimated', 'estimated'], ['approximately']],
  [
    ['nearly', 'almost', 'close to', 'just under'],
    ['approximately', 'at-most', 'fewer-than'],
  ],
  [['up to', 'at most', 'no more than', 'as many as'], ['at-most']],
  [
    ['fewer than', 'less than', 'under', 'below'],
    ['fewer-than', 'at-most'],
  ],
  [['between', 'range', 'from to'], ['range']],
];

/**
 * Measure names that count the same thing; the first of a row is the one
 * they are compared as. Kept small on purpose: a synonym here hides a wrong
 * measure from the score, so only plain equivalents belong.
 */
const MEASURE_SYNONYMS = [
  ['killed', 'deaths', 'dead', 'death toll', 'fatalities', 'died'],
  ['injured', 'wounded', 'injuries', 'hurt'],
  ['people', 'protesters', 'demonstrators', 'participants', 'marchers'],
  ['arrested', 'arrests', 'detained', 'detentions'],
  ['hospitalised', 'hospitalized', 'hospitalisations', 'hospitalizations'],
  ['cases', 'infections'],
];

/** Annotations prefix a measure outside any shared list with this; such measures are not scored. */
const FREE_MEASURE_PREFIX = 'other:';

/**
 * Words of an annotated speaker that say what someone is, not who: a role
 * ("press secretary") or a kind of body ("the ministry", "authorities").
 * The annotation is read in parts, the words outside brackets and each
 * bracket ("Pat Ryder (Pentagon press secretary)", "a U.S. military official
 * (via Reuters)"). A part's key words are its other words ("Ministry of
 * Education": education), or, in a part of roles only ("U.S. officials"),
 * its roles. The speaker is right when the claim names a key word of any part.
 */
const SPEAKER_ROLE_WORDS = [
  'spokesperson spokesman spokeswoman spokesmen press secretary deputy minister official president vice prime chief head',
  'director general senior representative source anonymous unnamed',
  // kinds of body
  'ministry department agency office authority authorities government military media state',
  // how it was said
  'said says told according statement data figures',
].flatMap((line) => line.split(' '));

/** Words that are never a key word: "the", and the "U.S." of "U.S. officials". */
const SPEAKER_FUNCTION_WORDS = 'the a an of and or for in on at to by via from with its his her their us u s'.split(' ');

module.exports = { QUALIFIER_WORDS, MEASURE_SYNONYMS, FREE_MEASURE_PREFIX, SPEAKER_ROLE_WORDS, SPEAKER_FUNCTION_WORDS };
