import { formatPhonesIn } from '../engine';
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
    // A log region: a screen reader hears each event of a live call as it is added (rings, keys, the outcome).
    <div role="log" aria-label="Call log">
      <ol className="sim-timeline" aria-label="Timeline">
        {events.map((e, i) => {
          // Named once per run of events in the same node: the line before says where the call is.
          const node = e.nodeId && e.nodeId !== events[i - 1]?.nodeId ? nodeName(e.nodeId) : null;
          return (
            <li key={i} data-type={e.type}>
              {/* Rounded, as the call log's "after 8 s" and the outcome's duration are. */}
              <time className="sim-t">{mmss(Math.round(e.t))}</time>
              {/* A node's entry says its name already: said twice, it read "Welcome Welcome". */}
              {node && !e.text.startsWith(node) && <span className="sim-node">{node}</span>}
              <span className="sim-text">{formatPhonesIn(e.text)}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
