/** The screens of the left navigation, in order. A plain state router: no URLs needed in a desktop window. */
export type RouteKey = 'overview' | 'staff' | 'rules' | 'violations' | 'scorecards' | 'posters' | 'reports' | 'settings';

export const ROUTES: { key: RouteKey; label: string }[] = [
  { key: 'overview', label: 'Tổng quan' },
  { key: 'staff', label: 'Cán bộ' },
  { key: 'rules', label: 'Quy tắc ứng xử' },
  { key: 'violations', label: 'Vi phạm' },
  { key: 'scorecards', label: 'Thi đua' },
  { key: 'posters', label: 'Bảng niêm yết' },
  { key: 'reports', label: 'Báo cáo' },
  { key: 'settings', label: 'Cài đặt' },
];

export function routeLabel(key: RouteKey): string {
  return ROUTES.find((route) => route.key === key)?.label ?? '';
}
