import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { adminKeys, fetchSetupStatus } from '../../api/adminApi.ts';

/** Sends everyone to the setup page while the installation has no school yet (first start without demo data). */
export function SetupGate({ children }: { children: ReactNode }) {
  const status = useQuery({ queryKey: adminKeys.setup, queryFn: fetchSetupStatus, staleTime: 60_000 });
  if (status.data?.needed) return <Navigate to="/setup" replace />;
  return <>{children}</>;
}
