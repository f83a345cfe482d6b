import { ESTIMATE_POLICIES, type EstimatePolicy, type Rejected } from '../records';
import { defaults } from '../config/defaults';
import { ClaimReconcilerError, format } from '../errors/messages';
import { getDefaultLexicon, type Lexicon } from '../lexicon/lexicon';

/** The tolerances `reconcile()` reads; each defaults to the value of the same name in `lib/config/defaults.ts`. */
export interface ReconcileTolerances {
  approximateMinRelative: number;
  approximateMaxRelative: number;
  approximateMinAbsolute: number;
  nearlyRelative: number;
  eventDateSlackDays: number;
  sameTimeSlackDays: number;
  levelWindowDays: number;
  sameFigureTolerance: number;
  severityMedium: number;
  severityHigh: number;
  severityMinScale: number;
  subjectFuzzyCutoff: number;
  findingCountFloor: number;
  findingSteadySpread: number;
  findingSteadyMinDates: number;
}

/** Options of `reconcile()`: tolerances (defaults in `defaults`), the lexicon, the estimate policy, and records rejected upstream. */
export interface ReconcileOptions extends Partial<ReconcileTolerances> {
  lexicon?: Lexicon;
  policy?: EstimatePolicy;
  /** Records already rejected upstream (by a loader); they are carried into the result. */
  rejected?: readonly Rejected[];
  /** Name of where the claims came from, used in rejection messages. */
  origin?: string;
}

/** Options with every default filled in and checked: what the stages read. */
export interface ReconcileSettings extends ReconcileTolerances {
  lexicon: Lexicon;
  policy: EstimatePolicy;
}

const TOLERANCE_NAMES: readonly (keyof ReconcileTolerances)[] = [
  'approximateMinRelative',
  'approximateMaxRelative',
  'approximateMinAbsolute',
  'nearlyRelative',
  'eventDateSlackDays',
  'sameTimeSlackDays',
  'levelWindowDays',
  'sameFigureTolerance',
  'severityMedium',
  'severityHigh',
  'severityMinScale',
  'subjectFuzzyCutoff',
  'findingCountFloor',
  'findingSteadySpread',
  'findingSteadyMinDates',
];

/** Fill in the defaults; a tolerance that is not a finite number ≥ 0, or an unknown policy, is the caller's error. */
export function resolveSettings(options: ReconcileOptions): ReconcileSettings {
  const tolerances = Object.create(null) as ReconcileTolerances;
  for (const name of TOLERANCE_NAMES) {
    const given: unknown = Object.prototype.hasOwnProperty.call(options, name) ? options[name] : undefined;
    const value = given === undefined ? defaults[name] : given;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new ClaimReconcilerError('invalid-option', format('badTolerance', name, value), { field: name });
    }
    tolerances[name] = value;
  }
  const policy: unknown = options.policy ?? defaults.estimatePolicy;
  if (!(ESTIMATE_POLICIES as readonly unknown[]).includes(policy)) {
    throw new ClaimReconcilerError('invalid-option', format('unknownPolicy', policy, ESTIMATE_POLICIES.join(', ')), { field: 'policy' });
  }
  return { ...tolerances, lexicon: options.lexicon ?? getDefaultLexicon(), policy: policy as EstimatePolicy };
}
