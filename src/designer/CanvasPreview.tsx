import { ReactFlowProvider, useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { PhoneNumber, Workspace } from '../engine';
import { AppHeader } from '../ui/AppHeader';
import { FlowCanvas } from './FlowCanvas';
import { handCanvasOver } from './handoff';
import type { Frame } from './handoff';
import { MINIMAP_NODE_LIMIT, simulatorFits } from './screenLayout';
import { useFrame } from './useFrame';

export interface CanvasPreviewProps {
  number: PhoneNumber;
  workspace: Workspace;
  /** Called once the canvas has its size, so that its nodes are on screen. */
  onShown?: () => void;
}

/**
 * The designer's page as it will look, with the flow on its canvas and the panels still empty:
 * what a designer address paints from its direct read of IndexedDB (src/app/early.ts) while the
 * store, the engine's checks, the simulator and the designer's own code load. It is the real
 * canvas, read-only; the page keeps it inert, over the designer, until the designer's canvas
 * shows on the same view (handoff.ts).
 */
export function CanvasPreview({ number, workspace, onShown }: CanvasPreviewProps) {
  const box = useRef<HTMLDivElement>(null);
  const frame = useFrame(box);
  const flow = number.flow;
  return (
    <div className="shell">
      <AppHeader workspace={workspace}>
        {/* The same bar as the app's, so that the canvas below sits where the designer's will. */}
        <nav><a href="/numbers">Numbers</a><a href="/workspace">Workspace</a></nav>
        <button type="button">Reset demo</button>
      </AppHeader>
      <main className="shell-main">
        <section className="cf-designer cf-designer--preview">
          <div className="cf-designer__head">
            {/* The name alone: formatting the number takes libphonenumber, which the first paint does without. */}
            <h1 className="cf-designer__title">{number.name}</h1>
          </div>
          <div className="cf-designer__body">
            <div className="cf-palette" />
            <div className="cf-designer__canvas" ref={box}>
              {frame !== undefined && (
                <ReactFlowProvider>
                  <FlowCanvas flow={flow} workspace={workspace} name={number.name} minimap={flow.nodes.length <= MINIMAP_NODE_LIMIT} frame={frame} onShown={onShown} />
                  {frame && <HandOver numberId={number.id} frame={frame} />}
                </ReactFlowProvider>
              )}
            </div>
            <div className="cf-designer__side" />
            {simulatorFits() && <div className="cf-designer__aside" />}
          </div>
        </section>
      </main>
    </div>
  );
}

const transformOf = (s: ReactFlowState) => s.transform;

/** Leaves the view the preview shows, and where, for the designer to open on. */
function HandOver({ numberId, frame }: { numberId: string; frame: Frame }) {
  const [x, y, zoom] = useStore(transformOf);
  useEffect(() => handCanvasOver({ numberId, frame, viewport: { x, y, zoom } }), [numberId, frame, x, y, zoom]);
  return null;
}
