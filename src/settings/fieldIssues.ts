import type { FlowIssue, PhoneNumber, Project } from '../engine';
import { validateNumber } from '../engine';

/** Is `field` the path `at` or inside it (`settings.hours` holds `settings.hours.week.mon.0`)? */
export function fieldWithin(field: string | undefined, at: string): boolean {
  return field !== undefined && (field === at || field.startsWith(`${at}.`));
}

/** The issues about `at` or a field inside it. */
export function issuesAt(issues: readonly FlowIssue[], at: string): FlowIssue[] {
  return issues.filter((i) => fieldWithin(i.field, at));
}

export interface CandidateCheck {
  errors: string[];
  warnings: string[];
}

/**
 * What validateNumber would say about field `at` if number `numberId` were changed by `change`:
 * lets a field refuse a value that clashes with the rest of the project (another number's
 * prefix, one of the workspace's own numbers) before it is saved.
 */
export function checkCandidate(project: Project, numberId: string, change: (n: PhoneNumber) => PhoneNumber, at: string): CandidateCheck {
  const candidate: Project = { ...project, numbers: project.numbers.map((n) => (n.id === numberId ? change(n) : n)) };
  const found = issuesAt(validateNumber(candidate, numberId), at);
  return {
    errors: found.filter((i) => i.severity === 'error').map((i) => i.message),
    warnings: found.filter((i) => i.severity === 'warning').map((i) => i.message),
  };
}

/** Messages of the errors about `at` or a field inside it. */
export function errorsAt(issues: readonly FlowIssue[], at: string): string[] {
  return issuesAt(issues, at).filter((i) => i.severity === 'error').map((i) => i.message);
}

/** Messages of the warnings about `at` or a field inside it. */
export function warningsAt(issues: readonly FlowIssue[], at: string): string[] {
  return issuesAt(issues, at).filter((i) => i.severity === 'warning').map((i) => i.message);
}

/**
 * The issues about workspace data (extensions, phones, CRM): the same for every number, so
 * validating the first number finds them all. None while the workspace has no numbers.
 */
export function workspaceIssues(project: Project): FlowIssue[] {
  const first = project.numbers[0];
  return first ? validateNumber(project, first.id).filter((i) => i.field?.startsWith('workspace.')) : [];
}
