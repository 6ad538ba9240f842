/** Tổng quan: what still needs doing, the year in small charts, the ward, what the data holds and where it lives. */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Statistic } from 'antd';
import type { StartupState, StoreInfo } from '../../../shared/api/types';
import { PageTitle } from '../../components/PageTitle';
import { KIND_LABELS, formatDayVi } from '../../lib/format';
import { useApiCall } from '../../lib/useApiCall';
import type { RouteKey } from '../../app/routes';
import { OverviewRulesNotice } from '../rules/OverviewRulesNotice';
import { OverviewCharts } from './OverviewCharts';
import { OverviewTodo } from './OverviewTodo';

export function OverviewPage({ onNavigate }: { onNavigate: (route: RouteKey) => void }) {
  const call = useApiCall();
  const [startup, setStartup] = useState<StartupState | null>(null);
  const [info, setInfo] = useState<StoreInfo | null>(null);

  useEffect(() => {
    let isCurrent = true;
    // Each shown as it arrives: the to-do list (what the clerk came for) waits only for getStartup, not for
    // the record counts, which read every year's file at a large ward.
    void (async () => {
      const startupResult = await call((api) => api.getStartup());
      if (isCurrent && startupResult.ok) setStartup(startupResult.data);
    })();
    void (async () => {
      const infoResult = await call((api) => api.getStoreInfo());
      if (isCurrent && infoResult.ok) setInfo(infoResult.data);
    })();
    return () => {
      isCurrent = false;
    };
  }, [call]);

  return (
    <div data-testid="overview">
      <PageTitle>Tổng quan</PageTitle>
      {startup && !startup.isInitialised && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          data-testid="not-initialised"
          title="Chưa khai báo thông tin phường/xã"
          description="Hãy khai báo tên phường/xã và người sử dụng trước khi nhập cán bộ, vi phạm hay chấm điểm thi đua."
          action={
            <Button type="primary" onClick={() => onNavigate('settings')}>
              Đến Cài đặt
            </Button>
          }
        />
      )}
      <OverviewRulesNotice onOpenRules={() => onNavigate('rules')} />
      {startup?.isInitialised && <OverviewTodo onNavigate={onNavigate} />}
      {startup?.isInitialised && <OverviewCharts year={new Date().getFullYear()} />}
      {!info ? (
        <Skeleton active />
      ) : (
        <>
          <Descriptions
            bordered
            column={1}
            styles={{ label: { width: 280 } }}
            style={{ marginBottom: 24 }}
            items={[
              { key: 'ward', label: 'Phường/xã', children: <span data-testid="ward-name">{info.wardName || 'Chưa khai báo'}</span> },
              { key: 'folder', label: 'Thư mục dữ liệu', children: info.dataFolder },
              { key: 'daily', label: 'Sao lưu tự động gần nhất', children: formatDayVi(info.lastAutoBackupDay) || 'Chưa có' },
              { key: 'backups', label: 'Số bản sao lưu', children: info.backups },
            ]}
          />
          <Row gutter={[16, 16]}>
            {KIND_LABELS.map(({ kind, label }) => (
              <Col key={kind} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic title={label} value={info.counts[kind] ?? 0} groupSeparator="." />
                </Card>
              </Col>
            ))}
          </Row>
        </>
      )}
    </div>
  );
}
