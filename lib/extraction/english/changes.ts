/**
 * The words of a change: verbs ("rose", "fell", "doubled"), nouns ("an
 * increase of", "a 3% drop") and particles ("up 2.1%", "down from 14.6"),
 * each with the way it goes. docs/extraction.md ("Change and level") says how
 * the stage reads them.
 */
import type { ChangeDirection } from '../../records';

const words = (direction: ChangeDirection | null, list: string): Array<[string, ChangeDirection | null]> =>
  list
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [word, direction]);

/** Verbs of change, every form a news sentence writes them in; null for a change that says no direction. */
export const CHANGE_VERBS: ReadonlyMap<string, ChangeDirection | null> = new Map([
  ...words(
    'up',
    `rose risen rise rises rising increased increases increase increasing climbed climb climbs climbing jumped jump jumps
     jumping grew grow grows growing grown gained gain gains gaining soared soar soars soaring surged surge surges surging
     spiked rallied advanced swelled expanded raised raise raises boosted lifted hiked upped doubled tripled quadrupled
     doubling tripling widened accelerated`,
  ),
  ...words(
    'down',
    `fell fall falls falling fallen dropped drop drops dropping declined decline declines declining decreased decrease
     decreases decreasing dipped dip dips slipped slip slips slid slide slides sank sink sinks sunk plunged plunge plunges
     plummeted tumbled shrank shrink shrinks shrunk contracted eased eases easing lowered lower lowers reduced reduce
     reduces reducing cut cuts cutting slashed trimmed halved halving narrowed slowed lost loses losing shed sheds shedding`,
  ),
  ...words(null, 'changed revised adjusted moved shifted went'),
]);

/** Nouns of change, before "of" ("an increase of 3%") or after the figure ("a 3% increase"). */
export const CHANGE_NOUNS: ReadonlyMap<string, ChangeDirection | null> = new Map([
  ...words('up', 'increase rise gain jump growth hike surge climb uptick boost'),
  ...words('down', 'decrease fall drop decline cut loss reduction dip slump plunge contraction downturn'),
  ...words(null, 'change'),
]);

/** "up 2.1%", "down from 14.6", "went up by 5": particles that give the direction. */
export const CHANGE_PARTICLES: ReadonlyMap<string, ChangeDirection> = new Map([
  ['up', 'up'],
  ['down', 'down'],
  ['higher', 'up'],
  ['lower', 'down'],
]);

/** Words that may stand between a verb of change and its figure: "rose sharply by 5%", "fell a further 2%". */
export const CHANGE_FILLERS: ReadonlySet<string> = new Set([
  'sharply',
  'slightly',
  'steeply',
  'steadily',
  'modestly',
  'marginally',
  'significantly',
  'further',
  'another',
  'an',
  'a',
  'additional',
  'again',
  'only',
  'just',
  'nearly',
]);

/** Before a figure: it is how much the quantity changed ("by 5%"). */
export const AMOUNT_MARKERS: ReadonlySet<string> = new Set(['by']);
/** Before a figure: it is the level the quantity reached ("to 34"). */
export const LEVEL_MARKERS: ReadonlySet<string> = new Set(['to']);
