import { useDeferredValue, useMemo } from 'react';
import { issuesOf } from '../engine';
import type { FlowIssue, Project } from '../engine';

/**
 * What validation says about a number, or `null` while its first check is still to come.
 *
 * The first render shows the flow without waiting for validation (tens of milliseconds on a
 * 1,000-node flow); the check runs in the deferred render right after, and after each edit it
 * trails typing by a frame instead of blocking it. Every caller shares one check per project
 * version (`issuesOf`).
 */
export function useNumberIssues(project: Project, numberId: string): readonly FlowIssue[] | null {
  const deferred = useDeferredValue<Project | null>(project, null);
  return useMemo(() => (deferred ? issuesOf(deferred, numberId) : null), [deferred, numberId]);
}
