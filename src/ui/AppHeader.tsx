import type { ReactNode } from 'react';
import { PLAN_LABELS } from '../engine/view';
import type { Workspace } from '../engine';
import { Icon } from './Icon';

/**
 * The bar at the top of every screen: the workspace and its plan, then `children` (navigation,
 * actions). The same bar is painted before the app has loaded (ShellSkeleton, the canvas
 * preview), so that nothing below it moves when the app replaces them.
 */
export function AppHeader({ workspace, children }: { workspace: Workspace | null; children?: ReactNode }) {
  return (
    <header className="app-header">
      <span className="brand"><Icon name="phone-incoming" size={22} /></span>
      <div className="workspace-title">
        <strong>{workspace?.name ?? 'Callflow Studio'}</strong>
        {workspace && <span className="plan-badge" title="Plan">{PLAN_LABELS[workspace.plan]} plan</span>}
      </div>
      {children}
    </header>
  );
}
