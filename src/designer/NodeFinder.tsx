import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import type { Flow, Workspace } from '../engine';
import { findNodes } from './findNodes';

export interface NodeFinderProps {
  flow: Flow;
  workspace: Workspace;
  /** Selects the node, brings it into view and moves focus to it. */
  onPick: (nodeId: string) => void;
  /** The box, for the designer's Ctrl+F. */
  ref?: Ref<HTMLInputElement>;
}

/**
 * "Find a node": a combobox over every node of the flow by label, kind, id or card text. On a
 * big flow most nodes are off screen and not rendered (so Tab cannot reach them, nor the
 * browser's find); this is how the keyboard, and anyone who knows a name, gets to them.
 */
export const NodeFinder = memo(function NodeFinder({ flow, workspace, onPick, ref }: NodeFinderProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  // Typing stays quick on a 2,000-node flow: the list follows a moment later.
  const deferred = useDeferredValue(query);
  const { found, total } = useMemo(() => findNodes(flow, workspace, deferred), [flow, workspace, deferred]);
  const shown = open && deferred.trim() !== '';
  const current = shown && found.length ? Math.min(active, found.length - 1) : -1;

  const pick = (nodeId: string) => {
    setOpen(false);
    onPick(nodeId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step && found.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (Math.min(a, found.length - 1) + step + found.length) % found.length);
    } else if (e.key === 'Enter' && current >= 0) {
      e.preventDefault();
      pick(found[current]!.id);
    } else if (e.key === 'Escape') {
      // First Escape closes the list, the second clears the box.
      e.preventDefault();
      if (shown) setOpen(false);
      else setQuery('');
    }
  };

  const status = !shown ? '' : total === 0 ? `No node matches “${deferred.trim()}”`
    : total > found.length ? `${total} nodes match; the first ${found.length} are listed. Type more to narrow.`
      : `${total} node${total === 1 ? '' : 's'} found`;
  return (
    <div className="cf-finder" role="search" aria-label="Nodes">
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-label="Find a node"
        placeholder="Find a node…"
        aria-keyshortcuts="Control+F"
        aria-expanded={shown && found.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? `${id}-${current}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="cf-finder__panel" hidden={!shown}>
        <ul id={`${id}-list`} role="listbox" aria-label="Matching nodes" hidden={found.length === 0}>
          {shown && found.map((n, i) => (
            <li
              key={n.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === current}
              // Keeps focus in the box, so that the list is not closed by its blur before the click.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(n.id)}
            >
              <strong>{n.name}</strong> <span className="cf-finder__kind">{n.name.endsWith(`(${n.id})`) ? n.kind : `${n.kind} · ${n.id}`}</span>
              {n.detail && <span className="cf-finder__detail">{n.detail}</span>}
            </li>
          ))}
        </ul>
        {/* Seen here, heard through the status below. */}
        <p className="cf-finder__note" aria-hidden="true">{status}</p>
      </div>
      <p role="status" className="visually-hidden">{status}</p>
    </div>
  );
});
