import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallEvent, CallResult, CallScenario, PhoneNumber, Usage } from '../engine';
import { useStore } from '../store/react';
import { finishCall, transferCall } from './engineRun';
import { employeeName } from './describe';
import { addRecord, leadRecord, workspaceAfterCall } from './effects';
import { scenarioOf } from './recorder';
import { fitPatience } from './replay';
import type { CallControls } from './useCall';

/** A finished call's result and the actions on it: rate, transfer. */
export interface CallOutcomeState {
  result: CallResult;
  /** The call as a scenario that replays it. */
  scenario: CallScenario;
  /** The workspace's usage counters when the call began, which a replay starts from. */
  usage: Usage;
  /** The caller is at the rating prompt (A3). */
  rating: boolean;
  rate: (key: number | null) => void;
  transfer: (employeeId: string) => void;
  /** The employee on a connected call now: whom it connected to, or the last one it was transferred to. */
  onCall: string | null;
  /** Set when the call created a lead (A2) that is not in the CRM yet: adds it, on request only. */
  addLead: (() => void) | null;
  /** Set after a transfer that `changeResponsibleOnTransfer` would apply to the caller's CRM record: applies it, on request only. */
  reassign: { label: string; apply: () => void } | null;
  /** The call's transfers, as timeline lines at the call's end. */
  transfers: CallEvent[];
  /**
   * Logs the call now if it waits at the rating prompt (kept unrated), so that a new call
   * starts from the counters this one moved on (the "evenly" cursor, the month's recordings).
   */
  settle: () => void;
  notices: string[];
}

/**
 * Turns a finished call into its result (the engine's after-call rules, A1–A4) and persists
 * its effects once: the call log and the usage counters. A lead the call created (A2) goes into
 * the CRM only when the trainer asks (`addLead`): a caller in the CRM is no longer a stranger,
 * and a scenario saved from this very call would then take another path when run again. A
 * connected call on a number with rating waits for the caller's key first, so the logged
 * result carries it.
 */
export function useCallOutcome(call: CallControls, number: PhoneNumber): CallOutcomeState | null {
  const store = useStore();
  const { session, view } = call;
  const [rated, setRated] = useState<{ id: number; key: number | null } | null>(null);
  const [notices, setNotices] = useState<{ id: number; list: string[] }>({ id: 0, list: [] });
  // The call's lead, once added to the CRM; and whom a transfer made responsible before that.
  const [lead, setLead] = useState<{ id: number; recordId: string | null; transferredTo: string | null }>({ id: 0, recordId: null, transferredTo: null });
  const [transferred, setTransferred] = useState<{ id: number; to: string; all: string[] } | null>(null);
  // A responsible change a transfer would make in the CRM, offered until applied.
  const [reassign, setReassign] = useState<{ id: number; label: string; apply: () => void } | null>(null);
  const persisted = useRef<number | null>(null);
  const output = view?.output ?? null;
  const needsRating = !!output && output.outcome.kind === 'connected' && number.settings.rating.enabled;
  const ratingGiven = rated && session && rated.id === session.id ? rated : null;

  const computed = useMemo(() => {
    if (!session || !output) return null;
    const recording = { ...session.recording, rating: ratingGiven?.key ?? null };
    let scenario = scenarioOf(session.base, recording);
    if (recording.hungUpAt !== null) {
      scenario = { ...scenario, patienceSeconds: fitPatience(session.project, scenario, output.path, recording.hungUpAt) };
    }
    return { scenario, usage: session.project.workspace.usage, result: finishCall(session.project, scenario, output) };
  }, [session, output, ratingGiven]);

  const persist = useCallback((id: number, scenario: CallScenario, result: CallResult) => {
    if (persisted.current === id) return;
    persisted.current = id;
    store.updateWorkspace((ws) => workspaceAfterCall(ws, result));
    void store.logCall({ numberId: scenario.numberId, scenario, result });
  }, [store]);

  const ready = !!computed && (!needsRating || !!ratingGiven);
  useEffect(() => {
    if (ready && computed && session) persist(session.id, computed.scenario, computed.result);
  }, [ready, computed, session, persist]);

  // A call left at the rating prompt (a new call started, the panel closed) is kept unrated.
  const latestId = useRef<number | null>(null);
  latestId.current = session?.id ?? null;
  const unmounted = useRef(false);
  useEffect(() => () => void (unmounted.current = true), []);
  useEffect(() => {
    if (!computed || !session || ready) return;
    const id = session.id;
    return () => {
      if (unmounted.current || latestId.current !== id) persist(id, computed.scenario, computed.result);
    };
  }, [computed, session, ready, persist]);

  if (!computed || !session) return null;
  const id = session.id;
  const ours = lead.id === id ? lead : { id, recordId: null, transferredTo: null };
  const notify = (list: string[]) => setNotices((n) => ({ id, list: [...(n.id === id ? n.list : []), ...list] }));
  const connectedTo = computed.result.outcome.kind === 'connected' ? computed.result.outcome.employeeId : null;
  return {
    ...computed,
    onCall: connectedTo && transferred?.id === id ? transferred.to : connectedTo,
    rating: needsRating && !ratingGiven,
    rate: (key) => setRated({ id, key }),
    addLead: computed.result.crm.leadCreated && !ours.recordId ? () => {
      const { scenario, result } = computed;
      const record = leadRecord(`lead-${id}-${Date.now().toString(36)}`, scenario, result);
      const owner = ours.transferredTo && number.settings.crm.changeResponsibleOnTransfer ? ours.transferredTo : record.responsibleId;
      store.updateWorkspace((ws) => addRecord(ws, { ...record, responsibleId: owner }));
      setLead({ ...ours, recordId: record.id });
      const project = store.getSnapshot().project;
      notify([`${record.name} is in the CRM now${owner && project ? `, ${employeeName(project.workspace, owner)} responsible` : ''}.`]);
    } : null,
    transfer: (employeeId) => {
      const project = store.getSnapshot().project;
      if (!project) return;
      const { scenario, result } = computed;
      setTransferred((t) => ({ id, to: employeeId, all: [...(t?.id === id ? t.all : []), employeeId] }));
      setReassign(null);
      if (result.crm.leadCreated && !ours.recordId) {
        // The lead is not in the CRM (yet): adding it later makes the new person responsible.
        setLead({ ...ours, transferredTo: employeeId });
        const to = employeeName(project.workspace, employeeId);
        notify([`Transferred to ${to}.`, number.settings.crm.changeResponsibleOnTransfer
          ? `If you add the caller's lead to the CRM, ${to} will be responsible.`
          : 'The CRM responsible stays as it was: “change responsible on transfer” is off for this number.']);
        return;
      }
      const moved = transferCall(project, { numberId: scenario.numberId, from: scenario.from, crm: result.crm }, employeeId);
      const to = employeeName(project.workspace, employeeId);
      const list = [`Transferred to ${to}.`];
      const record = project.workspace.crm.records.find((r) => r.id === moved.recordId);
      if (moved.responsibleChanged) {
        // A rehearsal does not rewrite the CRM by itself (a later call for this caller would ring
        // someone else, and the designer's Undo cannot take it back): the trainer applies it.
        const name = record?.name ?? 'the caller';
        list.push(`“Change responsible on transfer” is on: ${to} would become responsible for ${name}.`);
        setReassign({
          id,
          label: `Make ${to} responsible for ${name} in the CRM`,
          apply: () => {
            store.updateWorkspace((ws) => ({ ...ws, crm: { ...ws.crm, records: ws.crm.records.map((r) => (r.id === moved.recordId ? { ...r, responsibleId: employeeId } : r)) } }));
            setReassign(null);
            notify([`${name} is now ${to}'s in the CRM.`]);
          },
        });
      } else if (!number.settings.crm.changeResponsibleOnTransfer) {
        list.push('The CRM responsible stays as it was: “change responsible on transfer” is off for this number.');
      } else if (!record) {
        list.push('No CRM record to reassign: the caller is unknown and no lead was created.');
      }
      notify(list);
    },
    notices: notices.id === id ? notices.list : [],
    settle: () => persist(id, computed.scenario, computed.result),
    reassign: reassign?.id === id ? reassign : null,
    transfers: transferred?.id === id ? transferred.all.map((to) => ({
      t: computed.result.durationSeconds, type: 'call.transferred', text: `Transferred to ${employeeName(store.getSnapshot().project?.workspace ?? session.project.workspace, to)}`,
    })) : [],
  };
}
