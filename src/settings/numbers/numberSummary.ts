import { formatPhone, issuesOf } from '../../engine';
import type { NumberKind, PhoneNumber, Project } from '../../engine';

export const KIND_LABELS: Record<NumberKind, string> = {
  rented: 'Rented number',
  sip_office: 'SIP PBX (office)',
  sip_cloud: 'SIP PBX (cloud)',
  app: 'App',
};

const LIFECYCLE_LABELS: Record<PhoneNumber['status'], string | null> = {
  active: null,
  disconnect_pending: 'Disconnect pending',
  disconnected: 'Disconnected',
};

export interface NumberRow {
  id: string;
  kind: string;
  number: string;
  name: string;
  /** Set while the number is being or has been disconnected. */
  lifecycle: string | null;
  errors: number;
  warnings: number;
}

/** What the Numbers table shows for each number: labels, the number for display, and its flow's issue counts. */
export function numberRows(project: Project): NumberRow[] {
  return project.numbers.map((n) => {
    const issues = issuesOf(project, n.id);
    return {
      id: n.id,
      kind: KIND_LABELS[n.kind],
      number: formatPhone(n.number),
      name: n.name,
      lifecycle: LIFECYCLE_LABELS[n.status],
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
    };
  });
}

/** "2 errors, 1 warning", or "Valid". */
export function flowStatusText(errors: number, warnings: number): string {
  const parts = [];
  if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.length === 0 ? 'Valid' : parts.join(', ');
}
