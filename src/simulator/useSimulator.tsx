import { useNow } from '../ui/clock';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { FlowHighlight } from '../designer/nodes/types';
import type { StoreSnapshot } from '../store';
import { useProjectSelector } from '../store/react';
import { formatPhonesIn } from '../engine';
import { activeNodeOf, travelledEdges } from './highlight';
import { SimulatorPanel } from './SimulatorPanel';
import type { SimTab } from './SimulatorPanel';
import type { CallSetup } from './setup';
import { defaultSetup } from './setup';
import type { Speed } from './useCallClock';
import { useCall } from './useCall';
import { usePageMemory } from './usePageMemory';
import { nowToMinute } from './zoned';

export interface SimulatorOptions {
  numberId: string;
  /** The clock's speed when a call starts; tests start paused. */
  initialSpeed?: Speed;
  /** Initial call setup fields (stories and tests fix the time). */
  initialSetup?: Partial<CallSetup>;
  initialTab?: SimTab;
}

const selectProject = (s: StoreSnapshot) => s.project;

/**
 * The simulator's state for one number: the live call, its setup, and what the canvas should
 * light (active node, travelled edges, who is ringing). Ends the call if the flow is edited.
 */
export function useSimulator({ numberId, initialSpeed = '1x', initialSetup, initialTab }: SimulatorOptions): { panel: ReactNode; highlight: FlowHighlight | undefined } {
  const project = useProjectSelector(selectProject);
  const number = project?.numbers.find((n) => n.id === numberId);
  const call = useCall();
  // The trainer's setup (caller, time, presets) outlives a visit to the workspace or settings page.
  const [setup, setSetup] = usePageMemory<CallSetup | null>('callSetup', numberId, () => null);
  const now = useNow();
  const [firstSetup] = useState(() => ({ at: nowToMinute(now.getTime()), ...initialSetup }));
  const [notice, setNotice] = useState<string | null>(null);
  // A path shown from the Paths tab, with the flow it was shown on.
  const [shownPath, setShownPath] = useState<{ path: string[]; edges?: string[]; flow: unknown } | null>(null);
  const effectiveSetup = setup ?? (project ? { ...defaultSetup(project.workspace, firstSetup.at), ...firstSetup } : null);

  // Editing the flow under a live call ends it: the machine runs the flow it was compiled from.
  const flow = number?.flow;
  const { session, view, abort, start } = call;
  const live = !!view && !view.done;
  useEffect(() => {
    const compiled = session?.project.numbers.find((n) => n.id === numberId)?.flow;
    if (live && flow && compiled && flow !== compiled) {
      abort();
      setNotice('The flow changed, so the call was ended.');
    }
  }, [flow, session, live, abort, numberId]);

  const startCall = useCallback<typeof start>((p, base) => {
    setNotice(null);
    setShownPath(null);
    return start(p, base);
  }, [start]);
  const showPath = useCallback((path: string[], edges?: string[]) => {
    if (live) return;
    abort();
    setShownPath({ path, edges, flow: number?.flow });
  }, [live, abort, number?.flow]);

  const highlight = useMemo((): FlowHighlight | undefined => {
    if (!number) return undefined;
    if (view) {
      // A finished call's marks belong to the flow it ran on: after an edit they would show a route that may no longer exist.
      const ranOn = session?.project.numbers.find((n) => n.id === numberId)?.flow;
      if (view.done && ranOn !== number.flow) return undefined;
      const r = view.context.ringing;
      return {
        activeNodeId: view.done ? (view.context.path.at(-1) ?? null) : activeNodeOf(view.value),
        travelledEdgeIds: travelledEdges(number.flow, view.context.path, view.context.edges),
        ringing: r && !view.done ? { nodeId: r.nodeId, text: `${r.parties.map((p) => formatPhonesIn(p.label)).join(', ')} — ring ${r.ring} of ${r.rings}` } : null,
      };
    }
    if (shownPath && shownPath.flow === number.flow) return { activeNodeId: shownPath.path.at(-1) ?? null, travelledEdgeIds: travelledEdges(number.flow, shownPath.path, shownPath.edges), ringing: null };
    return undefined;
  }, [number, numberId, session, view, shownPath]);

  const panel = project && number && effectiveSetup ? (
    <SimulatorPanel
      project={project}
      number={number}
      call={{ ...call, start: startCall }}
      setup={effectiveSetup}
      onSetup={setSetup}
      notice={notice}
      onShowPath={showPath}
      initialTab={initialTab}
      initialSpeed={initialSpeed}
    />
  ) : null;
  return { panel, highlight };
}
