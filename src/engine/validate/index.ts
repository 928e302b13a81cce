import type { Project } from '../schema/project';
import type { FlowIssue } from '../schema/result';
import { createContext } from './context';
import { checkHours } from './hoursSettings';
import { checkLoops } from './loops';
import { checkIvrDepth, checkPlanFeatures } from './plans';
import { checkPrompts } from './prompts';
import { checkNodeReferences } from './references';
import { checkNumberSettings } from './settings';
import { checkDangling, checkEdges, checkEntry, checkReachable } from './structure';
import { checkWorkspace } from './workspace';

/**
 * Everything wrong with one number, and with the workspace data it relies on: its flow's
 * structure, what its nodes refer to, what its plan allows, its settings, and the workspace's
 * extensions, phones, queues and CRM records. Errors first, then warnings; within each, in the
 * order flow → settings → workspace. Each issue names a node, an edge or a settings field.
 * Linear in the size of the flow. An unknown `numberId` gives one `unknown-reference` error.
 */
export function validateNumber(project: Project, numberId: string): FlowIssue[] {
  const number = project.numbers.find((n) => n.id === numberId);
  if (!number) {
    return [{ severity: 'error', code: 'unknown-reference', message: `There is no number with id '${numberId}' in this project.`, field: 'numbers' }];
  }
  const ctx = createContext(project, number);
  const entry = checkEntry(ctx);
  checkEdges(ctx);
  checkLoops(ctx);
  checkPlanFeatures(ctx);
  checkIvrDepth(ctx);
  checkNodeReferences(ctx);
  checkDangling(ctx);
  checkPrompts(ctx);
  if (entry !== undefined) checkReachable(ctx, entry);
  checkNumberSettings(ctx);
  checkHours(ctx);
  checkWorkspace(ctx);
  // A stable sort keeps each check's order within a severity.
  return ctx.issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

const remembered = new WeakMap<Project, Map<string, FlowIssue[]>>();

/**
 * validateNumber, remembered per project object and number. Projects are immutable values in
 * the app (an edit makes a new object), so the designer, its issue badges and the simulator
 * beside it share one validation of each version instead of running it once each.
 */
export function issuesOf(project: Project, numberId: string): FlowIssue[] {
  let byNumber = remembered.get(project);
  if (!byNumber) remembered.set(project, (byNumber = new Map()));
  let issues = byNumber.get(numberId);
  if (!issues) byNumber.set(numberId, (issues = validateNumber(project, numberId)));
  return issues;
}

export { isHolidayDate, isIanaTimeZone, minutesOf } from './hoursSettings';
