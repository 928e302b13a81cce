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

/** The workspace after a simulated call: its usage counters move on (a lead is added only on request: addRecord). */
export function workspaceAfterCall(ws: Workspace, result: CallResult): Workspace {
  return { ...ws, usage: result.usage };
}

/** The workspace with one more CRM record. */
export function addRecord(ws: Workspace, record: CrmRecord): Workspace {
  return { ...ws, crm: { ...ws.crm, records: [...ws.crm.records, record] } };
}
