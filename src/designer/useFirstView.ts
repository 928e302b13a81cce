import { useReactFlow } from '@xyflow/react';
import type { Viewport } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Flow } from '../engine';
import { firstViewOf } from './firstView';
import type { Frame } from './handoff';
import { needsLayout } from './layout';
import type { CallNode } from './nodes/types';

export interface FirstView {
  /** React Flow's `defaultViewport`: set up front when the canvas's place is known. */
  initialViewport: Viewport | undefined;
  /** The node the first view opens on (the inbound call node), as of mount. */
  startId: string | null;
  /** Set once the user pans or zooms: from then on nothing re-centres the canvas. */
  userMoved: RefObject<boolean>;
}

/**
 * The canvas's first view (firstView.ts), from the nodes' declared sizes and the canvas's size:
 * up front when `frame` is known, else as soon as the canvas exists, and again as the canvas
 * resizes until the user moves it. React Flow's own `fitView` waits until rendered nodes have
 * been measured and the page is free again, which on a 2,000-node flow kept the canvas on the
 * wrong view for 120–250 ms. A view handed over (`startView`, handoff.ts) is kept as is.
 */
export function useFirstView(wrapper: RefObject<HTMLDivElement | null>, flow: Flow, nodes: CallNode[], frame: Frame | null | undefined, startView: Viewport | null | undefined): FirstView {
  const { setViewport } = useReactFlow();
  const userMoved = useRef(false);
  // Decided by the flow at mount; the start is its inbound call node.
  const [startId] = useState(() => (flow.nodes.find((n) => n.type === 'incoming') ?? flow.nodes[0])?.id ?? null);
  const latestNodes = useRef(nodes);
  latestNodes.current = nodes;
  // Nodes a bundle left without a position sit in a stand-in column until ELK places them: a
  // first view set on those pointed far from where the Inbound call node lands (an empty canvas).
  const placed = useMemo(() => !needsLayout(flow), [flow]);
  const latestPlaced = useRef(placed);
  latestPlaced.current = placed;

  const showFirstView = useCallback(() => {
    const el = wrapper.current;
    if (!el || userMoved.current || !latestPlaced.current) return;
    const { width, height } = el.getBoundingClientRect();
    const all = latestNodes.current;
    if (width === 0 || height === 0 || all.length === 0) return;
    void setViewport(firstViewOf(all, startId, width, height));
  }, [setViewport, wrapper, startId]);

  // Effects run children first, so React Flow's pan and zoom exist by now. Until the user pans or
  // zooms, the first view follows the canvas's size (side panels mount after it).
  useEffect(() => {
    const el = wrapper.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(showFirstView);
    observer.observe(el);
    return () => observer.disconnect();
  }, [showFirstView, wrapper]);
  // At mount, or once the missing positions arrive.
  useEffect(() => {
    if (placed) showFirstView();
  }, [placed, showFirstView]);
  const [initialViewport] = useState<Viewport | undefined>(() => {
    if (startView) {
      // A view handed over is kept as if the user had chosen it: nothing re-centres it.
      userMoved.current = true;
      return startView;
    }
    if (!frame || frame.width === 0 || frame.height === 0 || !placed || nodes.length === 0) return undefined;
    return firstViewOf(nodes, startId, frame.width, frame.height);
  });
  return { initialViewport, startId, userMoved };
}
