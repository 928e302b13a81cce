import type { CallEvent } from '../engine';
import { mmss } from './zoned';

export interface TimelineProps {
  events: readonly CallEvent[];
  /** A node's name for the timeline ("Main menu"). */
  nodeName: (nodeId: string) => string;
}

/** The call's events as they happen: simulated time, node and what the caller hears or what happens. */
export function Timeline({ events, nodeName }: TimelineProps) {
  if (events.length === 0) return <p className="sim-muted">No events yet.</p>;
  return (
    <ol className="sim-timeline" aria-label="Timeline">
      {events.map((e, i) => (
        <li key={i} data-type={e.type}>
          <time className="sim-t">{mmss(e.t)}</time>
          {e.nodeId && <span className="sim-node">{nodeName(e.nodeId)}</span>}
          <span className="sim-text">{e.text}</span>
        </li>
      ))}
    </ol>
  );
}
