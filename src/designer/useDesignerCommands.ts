import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import { nodeKind } from '../engine';
import type { Flow, FlowIssue, FlowNode, Position, Workspace } from '../engine';
import { autoLayoutCommands } from './autoLayoutCommands';
import { copyNodes, pasteChange } from './clipboard';
import type { Clip } from './clipboard';
import type { FlowChange } from './flowChanges';
import type { FlowEditor } from './flowEditor';
import { createNode } from './newNode';
import { nodeLayout } from './nodes/geometry';
import { clearOfOthers, freeSpot } from './placement';
import { selectNodes } from './selection';
import type { Selection } from './selection';
import { describeDiff, diffFlows } from './flowDiff';
import { nodeDisplayName } from './nodeName';
import { boxesOf, flowInView, flowOverview, nodeBox, panIntoView, showOverview } from './viewBox';
import { focusLost } from '../ui/focusLost';

/** Room between a selected node and one added beside it: enough for the connection's curve. */
const BESIDE_GAP = 80;

// One clipboard for the tab, so that nodes can be copied from one number's flow to another's.
let clipboard: { clip: Clip; pastes: number } | null = null;
/** Is there something to paste (copied in this tab, from any number's flow)? */
export const hasClipboard = () => clipboard !== null;

export interface DesignerState {
  flow: Flow;
  selection: Selection;
  setSelection: (s: Selection) => void;
  editor: FlowEditor;
  workspace: Workspace;
  canvas: RefObject<HTMLElement | null>;
  /** The "Find a node" box, which Ctrl+F focuses. */
  finder?: RefObject<HTMLInputElement | null>;
  /** Told when something was copied: Paste has something to paste. */
  onCopied?: () => void;
  /** Says what an edit did, for screen readers (a polite live region): focus stays where it was. */
  announce?: (text: string) => void;
}

/**
 * What the toolbar, palette, keyboard and issues panel can ask of the designer. The returned
 * object's functions read the latest state through a ref, so their identity stays stable.
 */
export function useDesignerCommands(state: DesignerState) {
  const rf = useReactFlow();
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });

  return useMemo(() => {
    const emit = (change: FlowChange) => latest.current.editor.dispatch(change);
    const selectedIds = () => latest.current.selection.nodes;

    function viewportCentre(): Position {
      const el = latest.current.canvas.current;
      const r = el?.getBoundingClientRect();
      if (!r || !r.width) return { x: 0, y: 0 };
      return rf.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    }

    /** Centres the view on a node, zoomed in enough to read it; resolves once the view has moved. */
    async function centreOn(nodeId: string) {
      const b = nodeBox(rf, nodeId);
      if (!b) return;
      await rf.setCenter(b.x + b.width / 2, b.y + b.height / 2, { zoom: Math.max(rf.getZoom(), 0.8), duration: 250 });
      // React Flow renders the nodes now in view on the next frame.
      await new Promise((r) => window.requestAnimationFrame ? window.requestAnimationFrame(r) : setTimeout(r, 16));
    }

    function addNode(type: string, at?: Position) {
      const { flow, setSelection } = latest.current;
      let position = at && Number.isFinite(at.x) && Number.isFinite(at.y) ? at : undefined;
      if (!position) {
        // Beside the one node selected (the one just added, usually), where its outputs point, so
        // that nodes added one after another line up left to right as calls flow. Otherwise centred
        // on the view's centre rather than hung from its corner. Either way clear of other nodes.
        const { workspace, selection } = latest.current;
        const probe = createNode(flow, type, { x: 0, y: 0 });
        const size = nodeLayout(probe, workspace);
        const taken = boxesOf(flow.nodes, workspace);
        const [only, ...more] = selection.nodes;
        const beside = !more.length && only ? flow.nodes.find((n) => n.id === only && n.position) : undefined;
        const c = viewportCentre();
        const want = beside
          ? { x: beside.position!.x + nodeLayout(beside, workspace).width + BESIDE_GAP, y: beside.position!.y }
          : { x: c.x - size.width / 2, y: c.y - size.height / 2 };
        position = freeSpot(want, size, taken);
      }
      const node = createNode(flow, type, position);
      if (!emit({ type: 'addNode', node })) return;
      setSelection(selectNodes([node.id]));
      // A node just added from the palette may land off screen, cascaded clear of the others.
      if (!at) panIntoView(rf, latest.current.canvas.current, { ...position, ...nodeLayout(node, latest.current.workspace) });
      latest.current.announce?.(`Added ${nodeKind(type)?.title ?? type}, selected: its form is in the inspector.`);
    }

    function removeChange(): FlowChange | null {
      const { flow, selection } = latest.current;
      // The inbound call node stays: deleting it would leave a flow no call can enter.
      const ids = flow.nodes.filter((n) => selection.nodes.has(n.id) && n.type !== 'incoming').map((n) => n.id);
      const edgeIds = [...selection.edges];
      if (!ids.length && !edgeIds.length) return null;
      return { type: 'batch', changes: [{ type: 'removeEdges', ids: edgeIds }, { type: 'removeNodes', ids }] };
    }

    const say = (text: string) => latest.current.announce?.(text);

    /** "Hang up 1", "3 nodes and 2 connections": what a removal or paste took or brought. */
    function what(nodes: readonly FlowNode[], edges: number): string {
      const n = nodes.length === 1 ? nodeDisplayName(nodes[0]!) : nodes.length ? `${nodes.length} nodes` : '';
      const e = edges ? `${edges} connection${edges === 1 ? '' : 's'}` : '';
      return [n, e].filter(Boolean).join(' and ');
    }

    /** The keyboard on the canvas when what had it went away or was disabled. */
    function focusCanvasIfLost() {
      if (!focusLost()) return;
      const app = latest.current.canvas.current?.querySelector<HTMLElement>('[role="application"]');
      if (!app) return;
      if (!app.hasAttribute('tabindex')) app.tabIndex = -1;
      app.focus();
    }

    /** Shows the flow: all of it, or its start when it is too large. Null: the canvas has no size. */
    const showFlow = (flow: Flow) => showOverview(rf, flowOverview(flow, latest.current.workspace, latest.current.canvas.current));

    /** Undo or redo, said for screen readers by what it changed in the flow, once it has rendered. */
    function step(kind: 'Undo' | 'Redo', run: () => boolean) {
      const before = latest.current.flow;
      if (!run()) return say(`Nothing to ${kind.toLowerCase()}.`);
      window.requestAnimationFrame(() => {
        const { flow, workspace, canvas } = latest.current;
        // Undoing an auto-layout puts the nodes back far from where the view now is.
        if (!flowInView(rf, flow, workspace, canvas.current)) showFlow(flow);
        const d = describeDiff(diffFlows(before, flow));
        say(d === 'No changes' ? `${kind} done.` : `${kind} made these changes: ${d}.`);
        // The last step undone disables Undo, which had the focus.
        focusCanvasIfLost();
      });
    }

    /** Applies a removal; the focused node may be gone with it, so the keyboard stays on the canvas. */
    function removeKeepingFocus(change: FlowChange, verb = 'Deleted') {
      const { flow, selection } = latest.current;
      const gone = flow.nodes.filter((n) => selection.nodes.has(n.id) && n.type !== 'incoming');
      const goneEdges = flow.edges.filter((e) => selection.edges.has(e.id) || gone.some((n) => n.id === e.source || n.id === e.target)).length;
      if (!emit(change)) return;
      latest.current.setSelection(selectNodes([]));
      say(`${verb} ${what(gone, goneEdges)}.`);
      // The issue that selected the node goes too, a moment later (the issues list updates after),
      // and a toolbar button the removal disabled keeps the focus in Chrome.
      window.requestAnimationFrame?.(focusCanvasIfLost);
      window.setTimeout(focusCanvasIfLost, 400);
    }

    const layout = autoLayoutCommands({ flow: () => latest.current.flow, emit, say, showFlow });

    function copy() {
      const clip = copyNodes(latest.current.flow, selectedIds());
      if (clip.nodes.length) {
        clipboard = { clip, pastes: 0 };
        latest.current.onCopied?.();
      }
      return clip.nodes.length > 0;
    }

    return {
      addNode,
      undo: () => step('Undo', () => latest.current.editor.undo()),
      redo: () => step('Redo', () => latest.current.editor.redo()),
      copy() {
        const copied = copy();
        if (copied && clipboard) say(`Copied ${what(clipboard.clip.nodes, 0)}.`);
        return copied;
      },
      cut() {
        const change = copy() && removeChange();
        if (change) removeKeepingFocus(change, 'Cut');
      },
      paste() {
        if (!clipboard) return;
        clipboard.pastes++;
        const { flow, workspace } = latest.current;
        const change = clearOfOthers(pasteChange(flow, clipboard.clip, clipboard.pastes), flow, workspace);
        if (!emit(change)) return;
        latest.current.setSelection(selectNodes(change.nodes.map((n) => n.id)));
        say(`Pasted ${what(change.nodes, 0)}, selected.`);
      },
      remove() {
        const change = removeChange();
        if (change) removeKeepingFocus(change);
      },
      ...layout, // autoLayout, cancelLayout
      showIssue(issue: FlowIssue) {
        const { flow, setSelection } = latest.current;
        const nodeId = issue.nodeId ?? flow.edges.find((e) => e.id === issue.edgeId)?.source;
        if (!nodeId) return;
        if (issue.edgeId && !issue.nodeId) setSelection({ nodes: new Set(), edges: new Set([issue.edgeId]) });
        else setSelection(selectNodes([nodeId]));
        void centreOn(nodeId);
        const node = flow.nodes.find((n) => n.id === nodeId);
        if (node) say(`Selected ${nodeDisplayName(node)}: its form is in the inspector.`);
      },
      /** Selects a node, brings it to the middle of the view and puts the keyboard on it (Find a node). */
      goToNode(nodeId: string) {
        latest.current.setSelection(selectNodes([nodeId]));
        void centreOn(nodeId).then(() => {
          // An off-screen node is only rendered once the view has come to it.
          const nodes = latest.current.canvas.current?.querySelectorAll<HTMLElement>('.react-flow__node') ?? [];
          [...nodes].find((el) => el.dataset.id === nodeId)?.focus({ preventScroll: true });
        });
      },
      find() {
        const box = latest.current.finder?.current;
        box?.focus();
        box?.select();
      },
    };
  }, [rf]);
}

export type DesignerCommands = ReturnType<typeof useDesignerCommands>;

