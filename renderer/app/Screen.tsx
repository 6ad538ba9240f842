/**
 * Picks the screen for a route. Tổng quan (the first screen) is in the main bundle; the other screens are
 * loaded when first opened, so the app's first paint does not wait for their code (nor for ECharts).
 */
import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import { NotBuiltPage } from '../components/NotBuiltPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { routeLabel, type RouteKey } from './routes';

const StaffPage = lazy(async () => ({ default: (await import('../features/staff/StaffPage')).StaffPage }));
const RulesPage = lazy(async () => ({ default: (await import('../features/rules/RulesPage')).RulesPage }));
const PostersPage = lazy(async () => ({ default: (await import('../features/posters/PostersPage')).PostersPage }));
const ViolationsPage = lazy(async () => ({ default: (await import('../features/violations/ViolationsPage')).ViolationsPage }));
const SettingsPage = lazy(async () => ({ default: (await import('../features/settings/SettingsPage')).SettingsPage }));
const ScorecardsPage = lazy(async () => ({ default: (await import('../features/scorecards/ScorecardsPage')).ScorecardsPage }));
const ReportsPage = lazy(async () => ({ default: (await import('../features/reports/ReportsPage')).ReportsPage }));

interface Props {
  route: RouteKey;
  onNavigate: (route: RouteKey) => void;
}

function RouteScreen({ route, onNavigate }: Props) {
  switch (route) {
    case 'overview':
      return <OverviewPage onNavigate={onNavigate} />;
    case 'staff':
      return <StaffPage />;
    case 'rules':
      return <RulesPage />;
    case 'posters':
      return <PostersPage />;
    case 'violations':
      return <ViolationsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'scorecards':
      return <ScorecardsPage />;
    case 'reports':
      return <ReportsPage />;
    default:
      return <NotBuiltPage title={routeLabel(route)} />;
  }
}

export function Screen(props: Props) {
  return (
    <Suspense fallback={<Skeleton active />}>
      <RouteScreen {...props} />
    </Suspense>
  );
}
