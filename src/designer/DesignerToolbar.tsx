import { LiveText } from '../ui/announcer';
import { memo, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { FlowIssue } from '../engine';
import { focusLost } from '../ui/focusLost';
import { countIssues } from './IssuesPanel';
import { PublishControl } from './PublishControl';
import type { PublishControlProps } from './PublishControl';
import type { DesignerCommands } from './useDesignerCommands';

export interface DesignerToolbarProps {
  /** The screen's heading, shown first. */
  title?: ReactNode;
  /** Shown between the heading and the buttons: the "Find a node" box. */
  finder?: ReactNode;
  canUndo: boolean;
  canRedo: boolean;
  /** Something was copied to paste. */
  canPaste?: boolean;
  /** Something Cut, Copy and Delete can act on: an edge, or a node other than the Inbound call node (never copied or deleted). */
  hasSelection: boolean;
  commands: DesignerCommands;
  /** Null while the flow's first check is still running. */
  issues: readonly FlowIssue[] | null;
  errorCount: number;
  onPublish: PublishControlProps['onPublish'];
  minimap: boolean;
  onToggleMinimap: (show: boolean) => void;
  /** Nodes without a position are being placed (the designer opened a bundle that left them out). */
  placing?: boolean;
  /** Shows or hides the simulator column (`controls`: its element id), when the screen has one. */
  simulator?: { shown: boolean; controls: string; onToggle: (show: boolean) => void } | null;
}

/** Undo, redo, clipboard, delete, auto-layout, the issue count and Publish. */
export const DesignerToolbar = memo(function DesignerToolbar(props: DesignerToolbarProps) {
  const { commands, canUndo, canRedo, hasSelection, issues, errorCount } = props;
  const [layingOut, setLayingOut] = useState(false);
  const layoutButton = useRef<HTMLButtonElement>(null);
  const autoLayout = async () => {
    setLayingOut(true);
    try {
      await commands.autoLayout();
    } finally {
      setLayingOut(false);
    }
  };
  // Escape cancels a running layout wherever the keyboard is, unless something nearer used the key.
  useEffect(() => {
    if (!layingOut) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) commands.cancelLayout();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [layingOut, commands]);
  // The Cancel button goes when the layout ends, and Auto-layout was disabled: give the keyboard back to it.
  const wasLayingOut = useRef(false);
  useEffect(() => {
    if (wasLayingOut.current && !layingOut && focusLost()) layoutButton.current?.focus();
    wasLayingOut.current = layingOut;
  }, [layingOut]);
  const busy = layingOut || props.placing === true;
  const counts = issues ? countIssues(issues) : 'Checking the flow…';
  return (
    <div className="cf-designer__head">
      {props.title}
      {props.finder}
      <div className="cf-designer__toolbar" role="toolbar" aria-label="Designer">
        <button type="button" onClick={commands.undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">Undo</button>
        <button type="button" onClick={commands.redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y">Redo</button>
        <button type="button" onClick={commands.cut} disabled={!hasSelection} aria-keyshortcuts="Control+X">Cut</button>
        <button type="button" onClick={commands.copy} disabled={!hasSelection} aria-keyshortcuts="Control+C">Copy</button>
        <button type="button" onClick={commands.paste} disabled={props.canPaste === false} aria-keyshortcuts="Control+V">Paste</button>
        <button type="button" onClick={commands.remove} disabled={!hasSelection} aria-keyshortcuts="Delete">Delete</button>
        <button type="button" ref={layoutButton} onClick={() => void autoLayout()} disabled={busy} aria-busy={busy}>Auto-layout</button>
        <button type="button" aria-pressed={props.minimap} onClick={() => props.onToggleMinimap(!props.minimap)}>Overview map</button>
        {props.simulator && (
          <button type="button" aria-pressed={props.simulator.shown} aria-controls={props.simulator.controls} onClick={() => props.simulator?.onToggle(!props.simulator.shown)}>
            Simulator
          </button>
        )}
        {/* The old layout stays on the canvas meanwhile: ELK runs in a worker (layout.ts). */}
        {busy && (
          <span className="cf-count cf-count--busy">
            <LiveText>Laying out…</LiveText>
            {layingOut && <button type="button" onClick={commands.cancelLayout} aria-keyshortcuts="Escape" aria-label="Cancel auto-layout">Cancel</button>}
          </span>
        )}
        <span className="cf-spacer" />
        {/* One width whatever it says (designer.css): a long count is cut short on screen, read in full by a screen reader and shown in full on hover. */}
        <span role="status" className={errorCount ? 'cf-count cf-count--issues is-error' : 'cf-count cf-count--issues'} title={counts}>{counts}</span>
        <PublishControl errorCount={errorCount} onPublish={props.onPublish} />
      </div>
    </div>
  );
});
