/** Picks the screen for a route. */
import { NotBuiltPage } from '../components/NotBuiltPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { PostersPage } from '../features/posters/PostersPage';
import { RulesPage } from '../features/rules/RulesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffPage } from '../features/staff/StaffPage';
import { ViolationsPage } from '../features/violations/ViolationsPage';
import { ScorecardsPage } from '../features/scorecards/ScorecardsPage';
import { routeLabel, type RouteKey } from './routes';
import { ReportsPage } from '../features/reports/ReportsPage';

interface Props {
  route: RouteKey;
  onNavigate: (route: RouteKey) => void;
}

export function Screen({ route, onNavigate }: Props) {
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
