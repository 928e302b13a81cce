import './designer.css';
import { memo, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { FlowIssue } from '../engine';
import { Icon } from '../ui/Icon';

/** "2 errors, 1 warning", or "No issues". */
export function countIssues(issues: readonly FlowIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  if (!issues.length) return 'No issues';
  const parts: string[] = [];
  if (errors) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** Where a settings issue is fixed, at its field: the workspace screen for workspace data, else the number's settings. */
export function settingsHref(numberId: string, field: string): string {
  return field.startsWith('workspace.') ? `/workspace#${encodeURIComponent(field)}` : `/numbers/${encodeURIComponent(numberId)}/settings#${encodeURIComponent(field)}`;
}

/** How many issues are listed before "Show all". */
export const SHOWN_AT_FIRST = 100;

export interface IssuesPanelProps {
  numberId: string;
  /** Null while the flow's first check is still running. */
  issues: readonly FlowIssue[] | null;
  /** Takes the user to the node (or edge) an issue is about. */
  onShowIssue: (issue: FlowIssue) => void;
  /** Resolves a node id to a name users know ("Welcome"). */
  nodeName?: (nodeId: string) => string | undefined;
}

/**
 * Live validation results, errors first. An issue about a node or an edge is a button that
 * selects and centres it; one about a number setting links to the settings screen.
 */
export const IssuesPanel = memo(function IssuesPanel({ numberId, issues, onShowIssue, nodeName }: IssuesPanelProps) {
  const [showAll, setShowAll] = useState(false);
  const sorted = useMemo(() => [...(issues ?? [])].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)), [issues]);
  // A broken 1,000-node flow has as many issues; listing them all on every edit would stall typing.
  const shown = showAll ? sorted : sorted.slice(0, SHOWN_AT_FIRST);
  return (
    <section className="cf-issues" aria-labelledby="cf-issues-title">
      <h2 id="cf-issues-title">Issues <small>({issues ? countIssues(issues) : 'checking…'})</small></h2>
      {!issues ? (
        <p>Checking the flow…</p>
      ) : sorted.length === 0 ? (
        <p>No problems found. This flow is ready to publish.</p>
      ) : (
        <ul>
          {shown.map((issue, i) => {
            const where = issue.nodeId ? nodeName?.(issue.nodeId) ?? issue.nodeId : null;
            const label = `${issue.severity === 'error' ? 'Error' : 'Warning'}: ${where ? `${where} — ` : ''}${issue.message}`;
            const text = (
              <>
                <Icon name={issue.severity} size={14} /> 
                {where && <strong>{where} — </strong>}
                {issue.message}
              </>
            );
            return (
              <li key={`${issue.code}-${i}`} className={issue.severity === 'error' ? 'is-error' : 'is-warning'}>
                {issue.nodeId || issue.edgeId ? (
                  <button type="button" aria-label={label} onClick={() => onShowIssue(issue)}>{text}</button>
                ) : issue.field ? (
                  <Link to={settingsHref(numberId, issue.field)} aria-label={label} title={`Setting ${issue.field}`}>{text}</Link>
                ) : (
                  <span aria-label={label}>{text}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < sorted.length && (
        <button type="button" onClick={() => setShowAll(true)}>Show all {sorted.length} issues</button>
      )}
    </section>
  );
});
