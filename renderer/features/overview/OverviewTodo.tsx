/** Tổng quan's to-do list: what is overdue or missing now, each with its count and the screen that fixes it. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Badge, Button, Card, List, Skeleton, Typography } from 'antd';
import type { RouteKey } from '../../app/routes';
import { takeEarly } from '../../app/earlyCalls';
import { apiQuery } from '../../lib/queryClient';

/**
 * The to-do list's query, which Tổng quan starts at once. The first one takes the call the page's entry
 * made (app/earlyCalls) when it is still on its way and answers; every later one asks the services.
 */
export const todoQuery = queryOptions({
  queryKey: ['overview', 'todo'],
  queryFn: async () => {
    const early = takeEarly('todo');
    const result = early ? await early : null;
    return result?.ok ? result.data : apiQuery((api) => api.getTodo({}));
  },
});

export function OverviewTodo({ onNavigate }: { onNavigate: (route: RouteKey) => void }) {
  const { data } = useQuery(todoQuery);
  if (!data) return <Skeleton active />;
  const open = data.items.filter((i) => i.count > 0).length;
  return (
    <Card title={open === 0 ? 'Việc cần làm: không còn việc tồn đọng' : `Việc cần làm (${open} mục)`} size="small" style={{ marginBottom: 24 }} data-testid="todo-list">
      <List
        size="small"
        dataSource={data.items}
        renderItem={(item) => (
          <List.Item
            data-testid={`todo-${item.key}`}
            data-count={item.count}
            actions={item.count > 0 ? [<Button key="go" size="small" type="link" onClick={() => onNavigate(item.route)}>{item.action}</Button>] : []}
          >
            <List.Item.Meta
              avatar={<Badge count={item.count} showZero color={item.count > 0 ? '#cf1322' : '#52c41a'} overflowCount={9999} />}
              title={item.label}
              description={item.count > 0 ? <Typography.Text type="secondary">{item.examples.join(' · ')}</Typography.Text> : 'Không có'}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
