import { Outlet } from 'react-router';
import { TopBar } from './TopBar.tsx';

export function AppLayout() {
  return (
    <div className="app-layout">
      <TopBar />
      <Outlet />
    </div>
  );
}
