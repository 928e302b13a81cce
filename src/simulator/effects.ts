import { formatPhone } from '../engine';
import type { CallResult, CallScenario, CrmRecord, Workspace } from '../engine';

/** The lead a call created (A2), as the CRM keeps it: "Lead +84 90 900 0000", owned by whoever took the call. */
export function leadRecord(id: string, scenario: CallScenario, result: CallResult): CrmRecord {
  return {
    id,
    kind: 'lead',
    name: `Lead ${formatPhone(scenario.from)}`,
    phones: [scenario.from],
    responsibleId: result.outcome.kind === 'connected' ? result.outcome.employeeId : null,
  };
}

/** The workspace after a simulated call: its usage counters, and the lead it created. */
export function workspaceAfterCall(ws: Workspace, result: CallResult, lead: CrmRecord | null): Workspace {
  return {
    ...ws,
    usage: result.usage,
    crm: lead ? { ...ws.crm, records: [...ws.crm.records, lead] } : ws.crm,
  };
}
