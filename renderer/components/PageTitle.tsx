/** The heading of a screen. */
import { Typography } from 'antd';

export function PageTitle({ children }: { children: string }) {
  return (
    <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 8 }}>
      {children}
    </Typography.Title>
  );
}
