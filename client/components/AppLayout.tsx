import { Outlet } from 'react-router';
import { OfflineBanner } from './OfflineBanner.tsx';
import { TopBar } from './TopBar.tsx';

export function AppLayout() {
  return (
    <div className="app-layout">
      <TopBar />
      <OfflineBanner />
      <Outlet />
    </div>
  );
}
