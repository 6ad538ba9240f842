/**
 * The main window: left navigation and the current screen, over one query cache for this data folder.
 * The navigation folds to icons-width on a small window (1366×768 at 125 % is about 1093×574 CSS px)
 * and asks before leaving a screen that holds unsaved work.
 */
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { Layout, Menu, Typography } from 'antd';
import { createQueryClient } from '../lib/queryClient';
import { todoQuery } from '../features/overview/OverviewTodo';
import { takeSettled } from './earlyCalls';
import { UnsavedChangesProvider, useConfirmDiscard } from '../lib/unsavedChanges';
import { ROUTES, type RouteKey } from './routes';
import { Screen } from './Screen';
import { ErrorBoundary } from './ErrorBoundary';

/** antd's xl breakpoint: below 1200 px wide (1366×768 at 125 %) the navigation and margins are narrower. */
const WIDE_QUERY = '(min-width: 1200px)';

function subscribeToWidth(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * Whether the window is narrower than antd's xl, known in the first render (antd's Grid.useBreakpoint
 * learns it in a layout effect after the first render and draws the whole shell, Tổng quan's list
 * included, a second time before the first frame).
 */
function useIsCompact(): boolean {
  return !useSyncExternalStore(subscribeToWidth, () => window.matchMedia(WIDE_QUERY).matches);
}

function Shell({ accountSlot }: { accountSlot?: ReactNode }) {
  const [route, setRoute] = useState<RouteKey>('overview');
  const isCompact = useIsCompact();
  const [collapsed, setCollapsed] = useState(false);
  const confirmDiscard = useConfirmDiscard();
  const go = (next: RouteKey) => {
    if (next === route) return;
    confirmDiscard(() => setRoute(next), { title: 'Rời màn hình này?' });
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={isCompact ? 190 : 230}
        collapsedWidth={56}
        collapsible
        collapsed={collapsed}
        onCollapse={(value) => setCollapsed(value)}
        theme="light"
        style={{ borderRight: '1px solid #f0f0f0' }}
        data-testid="app-sider"
      >
        {!collapsed && (
          <div style={{ padding: isCompact ? '12px 16px 8px' : '20px 24px 12px' }}>
            <Typography.Title level={isCompact ? 5 : 4} style={{ margin: 0 }}>
              Ward Conduct
            </Typography.Title>
            <Typography.Text type="secondary">Quy tắc ứng xử</Typography.Text>
            {accountSlot}
          </div>
        )}
        <Menu
          mode="inline"
          inlineCollapsed={collapsed}
          selectedKeys={[route]}
          items={ROUTES.map(({ key, label }) => ({ key, label, icon: collapsed ? <span aria-hidden>{label.slice(0, 2)}</span> : undefined }))}
          onClick={({ key }) => {
            const chosen = ROUTES.find((item) => item.key === key);
            if (chosen) go(chosen.key);
          }}
          style={{ borderInlineEnd: 'none' }}
          aria-label="Điều hướng"
        />
      </Layout.Sider>
      <Layout.Content style={{ padding: isCompact ? 16 : 32, background: '#fff', minWidth: 0 }}>
        <ErrorBoundary key={route}>
          <Screen route={route} onNavigate={go} />
        </ErrorBoundary>
      </Layout.Content>
    </Layout>
  );
}

/** accountSlot: who is signed in, with lock and switch (features/access), when the data folder has users. */
export function AppShell({ accountSlot }: { accountSlot?: ReactNode } = {}) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    // Tổng quan's to-do list as the page's entry asked for it (app/earlyCalls), when it has arrived: the
    // first screen shows it in its first render (and asks again in the background, as on every visit).
    const todo = takeSettled('todo');
    if (todo) client.setQueryData(todoQuery.queryKey, todo);
    return client;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <UnsavedChangesProvider>
        <Shell accountSlot={accountSlot} />
      </UnsavedChangesProvider>
    </QueryClientProvider>
  );
}
