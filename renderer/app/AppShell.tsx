/** The main window: left navigation and the current screen. */
import { useState } from 'react';
import { Layout, Menu, Typography } from 'antd';
import { ROUTES, type RouteKey } from './routes';
import { Screen } from './Screen';
import { ErrorBoundary } from './ErrorBoundary';

export function AppShell() {
  const [route, setRoute] = useState<RouteKey>('overview');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={230} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '20px 24px 12px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            Ward Conduct
          </Typography.Title>
          <Typography.Text type="secondary">Quy tắc ứng xử</Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[route]}
          items={ROUTES.map(({ key, label }) => ({ key, label }))}
          onClick={({ key }) => {
            const chosen = ROUTES.find((item) => item.key === key);
            if (chosen) setRoute(chosen.key);
          }}
          style={{ borderInlineEnd: 'none' }}
          aria-label="Điều hướng"
        />
      </Layout.Sider>
      <Layout.Content style={{ padding: 32, background: '#fff' }}>
        <ErrorBoundary key={route}>
          <Screen route={route} onNavigate={setRoute} />
        </ErrorBoundary>
      </Layout.Content>
    </Layout>
  );
}
