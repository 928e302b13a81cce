import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { RefObject } from 'react';

/** Space kept between a followed node and the canvas's edges, and the overview map's corner. */
const MARGIN = 24;
const MAP_CORNER = { width: 150 + 15, height: 100 + 15 };

/**
 * Keeps the simulator's node in view: when the live call (or a path shown from the Paths tab)
 * moves to a node that is off screen, or under the overview map, the view pans to it at the
 * same zoom. A node already in view never moves the view, so a trainer's own panning is left alone.
 */
export function useFollowNode(nodeId: string | null | undefined, canvas: RefObject<HTMLElement | null>, minimap: boolean) {
  const rf = useReactFlow();
  useEffect(() => {
    if (!nodeId) return;
    const n = rf.getInternalNode(nodeId);
    const el = canvas.current;
    if (!n || !el) return;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) return;
    const w = n.measured.width ?? n.width ?? 0;
    const h = n.measured.height ?? n.height ?? 0;
    const { x, y } = n.internals.positionAbsolute;
    const tl = rf.flowToScreenPosition({ x, y });
    const br = rf.flowToScreenPosition({ x: x + w, y: y + h });
    const inside = tl.x >= r.left + MARGIN && tl.y >= r.top + MARGIN && br.x <= r.right - MARGIN && br.y <= r.bottom - MARGIN;
    const underMap = minimap && br.x > r.right - MAP_CORNER.width && br.y > r.bottom - MAP_CORNER.height;
    if (inside && !underMap) return;
    void rf.setCenter(x + w / 2, y + h / 2, { zoom: rf.getZoom(), duration: 200 });
  }, [nodeId, rf, canvas, minimap]);
}
