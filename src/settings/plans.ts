import type { Plan } from '../engine';
import { PLAN_LABELS, PLANS } from '../engine';

/** The plan-gated features of behaviour.md's Plans table that the settings screens show. */
export type PlanFeature = 'rating' | 'leadSource' | 'outboundSelectable' | 'distributionAll';

const FROM_START: readonly Plan[] = PLANS.filter((p) => p !== 'free' && p !== 'project_plus');
const FROM_PROJECT: readonly Plan[] = PLANS.filter((p) => p !== 'free');

const FEATURE_PLANS: Record<PlanFeature, readonly Plan[]> = {
  rating: FROM_START,
  leadSource: FROM_START,
  outboundSelectable: FROM_START,
  distributionAll: FROM_PROJECT,
};

/** Plans that include `feature`, cheapest first. */
export function unlockingPlans(feature: PlanFeature): readonly Plan[] {
  return FEATURE_PLANS[feature];
}

/** Does `plan` include `feature`? */
export function planAllows(plan: Plan, feature: PlanFeature): boolean {
  return FEATURE_PLANS[feature].includes(plan);
}

/** Vendor names of the plans that include `feature`. */
export function unlockingPlanNames(feature: PlanFeature): string[] {
  return FEATURE_PLANS[feature].map((p) => PLAN_LABELS[p]);
}

/** Accessible recordings a month (A1): a number, or null for unlimited. */
export function recordingAllowance(plan: Plan): number | null {
  if (plan === 'free' || plan === 'project_plus') return 100;
  if (plan === 'start_plus') return 500;
  return null;
}
