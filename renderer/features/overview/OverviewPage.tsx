/** Tổng quan: what still needs doing, the year in small charts, the ward, what the data holds and where it lives. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Statistic } from 'antd';
import type { StartupState, StoreInfo } from '../../../shared/api/types';
import { PageTitle } from '../../components/PageTitle';
import { KIND_LABELS, formatDayVi } from '../../lib/format';
import { useAfterPaint } from '../../lib/afterPaint';
import { useApiCall } from '../../lib/useApiCall';
import type { RouteKey } from '../../app/routes';
import { useStartupState } from '../../app/startupState';
import { OverviewRulesNotice } from '../rules/OverviewRulesNotice';
import { OverviewTodo, todoQuery } from './OverviewTodo';

// The small charts (ECharts) come after the to-do list: their code is loaded then, not with the first screen.
const OverviewCharts = lazy(async () => ({ default: (await import('./OverviewCharts')).OverviewCharts }));

export function OverviewPage({ onNavigate }: { onNavigate: (route: RouteKey) => void }) {
  const call = useApiCall();
  // The state the app opened with, so the list does not wait for a call; asked again below (the ward may
  // have been declared in Cài đặt since).
  const opened = useStartupState();
  const [startup, setStartup] = useState<StartupState | null>(opened);
  const [info, setInfo] = useState<StoreInfo | null>(null);
  // Asked for at once: the list is what the clerk came for. Everything else on the page — the rules
  // notice, the record counts (which read every year's file at a large ward) and the small charts (the
  // year's figures, the heaviest call) — is asked for and drawn once the list is there, so none of it
  // competes with the list for the services or for the page's first render — nor, being asked for once
  // the list's frame is painted, holds back that frame (the charts' script alone is half a megabyte).
  const todo = useQuery(todoQuery);
  const isListSettled = useAfterPaint(!todo.isPending || startup?.isInitialised === false);

  useEffect(() => {
    if (!isListSettled) return;
    let isCurrent = true;
    void (async () => {
      const startupResult = await call((api) => api.getStartup());
      // Only isInitialised is shown: an unchanged answer does not draw the page again.
      if (isCurrent && startupResult.ok) setStartup((known) => (known?.isInitialised === startupResult.data.isInitialised ? known : startupResult.data));
    })();
    return () => {
      isCurrent = false;
    };
  }, [call, isListSettled]);

  useEffect(() => {
    if (!isListSettled) return;
    let isCurrent = true;
    void (async () => {
      const infoResult = await call((api) => api.getStoreInfo());
      if (isCurrent && infoResult.ok) setInfo(infoResult.data);
    })();
    return () => {
      isCurrent = false;
    };
  }, [call, isListSettled]);

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
      {isListSettled && <OverviewRulesNotice onOpenRules={() => onNavigate('rules')} />}
      {startup?.isInitialised && <OverviewTodo onNavigate={onNavigate} />}
      {startup?.isInitialised && isListSettled && !todo.isPending && (
        <Suspense fallback={null}>
          <OverviewCharts year={new Date().getFullYear()} />
        </Suspense>
      )}
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
