import { useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useProjectSelector } from '../store/react';
import { DisconnectNotices } from '../settings/disconnect/DisconnectNotices';
import { useFocusOnScreenChange, usePageTitle } from './pageTitle';
import { LeaveGuard } from './LeaveGuard';
import { ResetDemo } from './ResetDemo';
import { AppHeader } from '../ui/AppHeader';
import { StorageNotices } from './StorageNotices';
import { ScreenBoundary } from './ScreenBoundary';
import { Announcer } from '../ui/announcer';

/** The shell around every screen: header with the workspace and its plan, navigation, storage notices, and the page's live region for notices that come and go (Announcer). */
export function Layout() {
  const workspace = useProjectSelector((s) => s.project?.workspace ?? null);
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  usePageTitle();
  useFocusOnScreenChange(main);
  return (
    <Announcer>
      <div className="shell">
        <a className="skip-link" href="#main">Skip to content</a>
        <AppHeader workspace={workspace}>
          <nav aria-label="Main">
            <NavLink to="/numbers" end>Numbers</NavLink>
            <NavLink to="/workspace">Workspace</NavLink>
          </nav>
          <ResetDemo />
        </AppHeader>
        <LeaveGuard />
        <StorageNotices />
        <DisconnectNotices />
        <main id="main" className="shell-main" tabIndex={-1} ref={main}>
          <ScreenBoundary pathname={pathname}>
            <Outlet />
          </ScreenBoundary>
        </main>
      </div>
    </Announcer>
  );
}
