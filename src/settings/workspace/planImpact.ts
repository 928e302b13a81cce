import type { Plan, Project } from '../../engine';
import { validateNumber } from '../../engine';

const PLAN_CODES = new Set(['plan-feature', 'ivr-depth']);

/** One thing a number cannot use on the workspace's plan. */
export interface PlanLoss {
  numberId: string;
  numberName: string;
  message: string;
}

/**
 * What each number loses on `plan`: validateNumber's plan issues for every number, as if the
 * workspace were on that plan. Workspace-wide issues (a queue group's distribution) are listed once.
 */
export function planLosses(project: Project, plan: Plan = project.workspace.plan): PlanLoss[] {
  const candidate: Project = plan === project.workspace.plan ? project : { ...project, workspace: { ...project.workspace, plan } };
  const seen = new Set<string>();
  const out: PlanLoss[] = [];
  for (const n of candidate.numbers) {
    for (const issue of validateNumber(candidate, n.id)) {
      if (!PLAN_CODES.has(issue.code)) continue;
      const key = issue.field?.startsWith('workspace.') ? issue.message : `${n.id}\u0000${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ numberId: n.id, numberName: n.name.trim() || n.number, message: issue.message });
    }
  }
  return out;
}
