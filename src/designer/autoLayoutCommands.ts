/**
 * The designer's Auto-layout and its Cancel: one layout job at a time, and what to do with its
 * result when the flow was edited while ELK worked. Kept apart from `useDesignerCommands` because
 * the job and its cancelling are state of their own; the hook hands in what it reads and writes.
 */
import type { Flow } from '../engine';
import type { FlowChange } from './flowChanges';
import { sameShape } from './flowDiff';
import { isAbort, layoutFlow } from './layout';

export interface AutoLayoutDeps {
  /** The flow as it is now (it may change while the layout runs). */
  flow: () => Flow;
  emit: (change: FlowChange) => boolean;
  say: (text: string) => void;
  /** Shows the flow: all of it (true), its start when too large (false); null: the canvas has no size. */
  showFlow: (flow: Flow) => boolean | null;
}

export function autoLayoutCommands({ flow: current, emit, say, showFlow }: AutoLayoutDeps) {
  /** The auto-layout running now, to cancel. */
  let layoutJob: AbortController | null = null;

  return {
    /** Lays the flow out off the page; false when cancelled, failed or overtaken by an edit. */
    async autoLayout() {
      const flow = current();
      layoutJob?.abort();
      const job = (layoutJob = new AbortController());
      let laidOut: Flow;
      try {
        laidOut = await layoutFlow(flow, { signal: job.signal });
      } catch (e) {
        say(isAbort(e) ? 'Auto-layout cancelled: the flow is as it was.' : `Auto-layout failed: ${e instanceof Error ? e.message : String(e)}`);
        return false;
      } finally {
        if (layoutJob === job) layoutJob = null;
      }
      // Edits made while ELK worked: positions go onto them when nodes and connections are the
      // same (a label typed meanwhile); a node or connection added or removed needs a new layout.
      const now = current();
      if (now !== flow) {
        if (!sameShape(now, flow)) {
          say('The flow changed while it was laid out: the layout was not applied.');
          return false;
        }
        const at = new Map(laidOut.nodes.map((n) => [n.id, n.position]));
        laidOut = { nodes: now.nodes.map((n) => ({ ...n, position: at.get(n.id) ?? n.position })), edges: now.edges };
      }
      if (laidOut.nodes.every((n, i) => n.position?.x === now.nodes[i]?.position?.x && n.position?.y === now.nodes[i]?.position?.y)) {
        // Nothing moved: no step for Undo to take back.
        say('Already laid out: nothing moved.');
        return true;
      }
      emit({ type: 'replaceFlow', flow: laidOut, reason: 'layout' });
      const n = `${flow.nodes.length} node${flow.nodes.length === 1 ? '' : 's'}`;
      // The view is known from declared sizes now: the message says what it will show.
      const whole = showFlow(laidOut);
      if (whole === false) say(`Laid out ${n}. The flow is too large to show at once: the view is on its start; use Find a node or the overview map.`);
      else say(whole ? `Laid out ${n}; the view shows them all.` : `Laid out ${n}.`);
      return true;
    },
    /** Stops a running auto-layout (its Cancel button, Escape): the flow stays as it was. */
    cancelLayout() {
      layoutJob?.abort();
    },
  };
}
