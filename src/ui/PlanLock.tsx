import { Icon } from './Icon';
export interface PlanLockProps {
  /** What is locked, as the start of a sentence: "Call rating". */
  feature: string;
  /** Names of the plans that unlock it, cheapest first. */
  plans: readonly string[];
  /** The workspace's plan name. */
  current: string;
  id?: string;
}

/** "A or B" / "A, B or C". */
export function joinOr(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Says that a feature is locked by the plan, what it needs and which plans unlock it. */
export function PlanLock({ feature, plans, current, id }: PlanLockProps) {
  return (
    <p className="plan-lock" id={id}>
      <Icon name="lock" size={14} /> 
      {feature} needs the {joinOr(plans)} plan; this workspace is on {current}.
    </p>
  );
}
