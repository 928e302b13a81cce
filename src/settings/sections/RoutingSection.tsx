import { Link } from 'react-router';
import { nodeKind } from '../../engine';
import { CheckboxField } from '../../ui/CheckboxField';
import { SettingsSection } from '../SettingsSection';
import type { SectionProps } from './types';

/** Node counts by kind, most used first: "Queue × 2". */
export function nodeCounts(nodes: readonly { type: string }[]): { title: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const n of nodes) {
    const title = nodeKind(n.type)?.title ?? n.type;
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return [...counts].map(([title, count]) => ({ title, count })).sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}

/** How many of the number's issues the section lists; the designer's Issues panel has them all. */
const SHOWN_ISSUES = 5;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Inbound routing: what the flow holds, whether it is valid, and the unavailable-users switch. */
export function RoutingSection({ number, project, issues, onChange }: SectionProps) {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const counts = nodeCounts(number.flow.nodes);
  const worktime = project.workspace.worktimeEnabled;
  const skip = number.settings.skipUnavailableUsers;
  return (
    <SettingsSection id="settings-routing" title="Inbound routing">
      <p>
        The call flow has {plural(number.flow.nodes.length, 'node')} and {plural(number.flow.edges.length, 'connection')}. This number:{' '}
        {errors === 0 && warnings === 0
          ? <span className="badge ok">Valid</span>
          : <span className={`badge ${errors ? 'error' : 'warning'}`}>{[errors ? plural(errors, 'error') : null, warnings ? plural(warnings, 'warning') : null].filter(Boolean).join(', ')}</span>}
      </p>
      {issues.length > 0 && (
        // What the count is about: it includes this page's settings and the workspace data the number uses, not only its flow.
        <ul aria-label="Problems with this number" className="issue-list">
          {issues.slice(0, SHOWN_ISSUES).map((i, k) => <li key={k} className={i.severity}>{i.severity === 'error' ? 'Error' : 'Warning'}: {i.message}</li>)}
          {issues.length > SHOWN_ISSUES && <li>…and {issues.length - SHOWN_ISSUES} more: see Issues in the designer.</li>}
        </ul>
      )}
      {counts.length > 0 && (
        <ul aria-label="Nodes by kind" className="inline-list">
          {counts.map((c) => <li key={c.title}>{c.title} × {c.count}</li>)}
        </ul>
      )}
      <p><Link to={`/numbers/${encodeURIComponent(number.id)}`}>Edit the call flow in the designer</Link></p>
      <CheckboxField
        label="Do not route calls to users who have not started their working day or are on a break"
        field="settings.skipUnavailableUsers"
        checked={skip}
        // Turning it off stays possible without the module, so a stale setting can be cleared.
        disabled={!worktime && !skip}
        onChange={(checked) => onChange((s) => ({ ...s, skipUnavailableUsers: checked }))}
        description={worktime
          ? 'Applies to employees rung by the flow, not to mobiles.'
          : <>Needs the worktime management module, which is off for this workspace. <Link to="/workspace">Turn it on in Workspace</Link>.</>}
      />
    </SettingsSection>
  );
}
