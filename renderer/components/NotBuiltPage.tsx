/** What an area that is not built yet shows: said plainly, nothing pretended. */
import { Empty, Typography } from 'antd';

export function NotBuiltPage({ title }: { title: string }) {
  return (
    <div data-testid="not-built">
      <Typography.Title level={3}>{title}</Typography.Title>
      <Empty description="Chức năng này đang được xây dựng, chưa dùng được." />
    </div>
  );
}
