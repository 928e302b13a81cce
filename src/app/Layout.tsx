import { useRef } from 'react';
import { NavLink, Outlet } from 'react-router';
import { PLAN_LABELS } from '../engine';
import { useProjectSelector } from '../store/react';
import { DisconnectNotices } from '../settings/disconnect/DisconnectNotices';
import { useFocusOnScreenChange, usePageTitle } from './pageTitle';
import { LeaveGuard } from './LeaveGuard';
import { ResetDemo } from './ResetDemo';
import { StorageNotices } from './StorageNotices';
import { Icon } from '../ui/Icon';

/** The shell around every screen: header with the workspace and its plan, navigation, storage notices. */
export function Layout() {
  const workspace = useProjectSelector((s) => s.project?.workspace ?? null);
  const main = useRef<HTMLElement>(null);
  usePageTitle();
  useFocusOnScreenChange(main);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <span className="brand"><Icon name="phone-incoming" size={22} /></span>
        <div className="workspace-title">
          <strong>{workspace?.name ?? 'Callflow Studio'}</strong>
          {workspace && <span className="plan-badge" title="Plan">{PLAN_LABELS[workspace.plan]} plan</span>}
        </div>
        <nav aria-label="Main">
          <NavLink to="/numbers" end>Numbers</NavLink>
          <NavLink to="/workspace">Workspace</NavLink>
        </nav>
        <ResetDemo />
      </header>
      <LeaveGuard />
      <StorageNotices />
      <DisconnectNotices />
      <main id="main" className="shell-main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
    </div>
  );
}
