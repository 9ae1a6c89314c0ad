import { useRef } from 'react';
import { NavLink, Outlet } from 'react-router';
import { SearchBox } from '../features/search/SearchBox';
import { SnapshotScheduler } from '../features/workspace/SnapshotScheduler';
import { OfflineIndicator } from './OfflineIndicator';
import { PresenceList } from './PresenceList';
import { SyncStatusMenu } from './SyncStatusMenu';
import { TeamSyncProvider } from './TeamSyncProvider';
import { UpdateBanner } from './UpdateBanner';
import { VersionChangeBanner } from './VersionChangeBanner';
import { useFocusHeadingOnNavigate } from './useFocusHeadingOnNavigate';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

const NAV = [
  { to: '/start', label: 'Start' },
  { to: '/accounts', label: 'Accounts' },
  { to: '/interviews', label: 'Interviews' },
  { to: '/quotes', label: 'Quotes' },
  { to: '/codebook', label: 'Codebook' },
  { to: '/synthesis', label: 'Synthesis' },
  { to: '/icp', label: 'ICP' },
  { to: '/workspace', label: 'Workspace' },
];

export function AppShell() {
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigate(main);
  return (
    <TeamSyncProvider>
      <div className="shell">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="topbar">
          <span className="brand">
            <span aria-hidden="true" className="brand-mark">
              T
            </span>
            Tourbook
          </span>
          <nav aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <OfflineIndicator />
          <SyncStatusMenu />
          <PresenceList />
          <SearchBox />
          <WorkspaceSwitcher />
        </header>
        <SnapshotScheduler />
        <VersionChangeBanner />
        <UpdateBanner />
        <main id="main" tabIndex={-1} ref={main}>
          <Outlet />
        </main>
      </div>
    </TeamSyncProvider>
  );
}
