/**
 * The vendor's plans and their names. Apart from the workspace schema, so that the canvas can
 * show a plan and check a kind's requirements without loading zod (see view.ts).
 */
export const PLANS = ['free', 'project_plus', 'start_plus', 'crm_plus', 'standard', 'professional'] as const;

/** Plan names as the vendor writes them. */
export const PLAN_LABELS: Record<(typeof PLANS)[number], string> = {
  free: 'Free',
  project_plus: 'Project+',
  start_plus: 'Start+',
  crm_plus: 'CRM+',
  standard: 'Standard',
  professional: 'Professional',
};
