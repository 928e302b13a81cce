import type { FlowIssue, PhoneNumber } from '../engine';
import { nodeLabel } from './describe';

/** Validation issues that stop a simulation, each with the node it is about. */
export function IssueList({ issues, number }: { issues: readonly FlowIssue[]; number: PhoneNumber }) {
  return (
    <ul aria-label="Errors" className="sim-issues">
      {issues.map((i, k) => (
        <li key={k}>
          {i.nodeId && <strong>{nodeLabel(number, i.nodeId)}: </strong>}
          {i.message} <span className="sim-muted">({i.code})</span>
        </li>
      ))}
    </ul>
  );
}
