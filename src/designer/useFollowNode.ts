import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { nodeBox, panIntoView } from './viewBox';

/** Space kept between a followed node and the canvas's edges. */
const MARGIN = 24;

/**
 * Keeps the simulator's node in view: when the live call (or a path shown from the Paths tab)
 * moves to a node that is off screen, or under the overview map, the view pans to it at the
 * same zoom. A node already in view never moves the view, so a trainer's own panning is left alone.
 * `map`: the overview map's corner, while it is shown.
 */
export function useFollowNode(nodeId: string | null | undefined, canvas: RefObject<HTMLElement | null>, map: { width: number; height: number } | null) {
  const rf = useReactFlow();
  useEffect(() => {
    const box = nodeId ? nodeBox(rf, nodeId) : null;
    if (box) panIntoView(rf, canvas.current, box, { margin: MARGIN, avoid: map });
  }, [nodeId, rf, canvas, map]);
}
