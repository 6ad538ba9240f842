/**
 * The drill-down of a report's figure: the records it counts — people, violations or commendations —
 * each row opening its record as elsewhere in the app (the person page, the violation, the commendation).
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Drawer, Table, Tag, Typography } from 'antd';
import type { ReportSourceKind, ReportSourcePerson } from '../../../shared/api/reportTypes';
import type { UnitView } from '../../../shared/api/rosterTypes';
import type { CommendationRow, ViolationRow } from '../../../shared/api/violationsTypes';
import { formatIsoDay } from '../../../shared/domain/violationDates';
import { LoadError } from '../../components/LoadError';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { StaffDrawer } from '../staff/StaffDrawer';
import { WithViolationRefs } from '../staff/record/WithViolationRefs';
import { CommendationFormModal } from '../violations/CommendationFormModal';
import { ViolationDrawer } from '../violations/ViolationDrawer';

export interface SourceRequest {
  /** "Bảng 3 — Phòng Văn hóa - Xã hội, năm 2026". */
  title: string;
  source: ReportSourceKind;
  ids: string[];
  year: number;
}

const PAGE = { pageSize: 20, hideOnSinglePage: true, size: 'small' as const, showSizeChanger: false };

export function ReportSourcesDrawer({ request, units, onClose }: { request: SourceRequest; units: UnitView[]; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<string | null>(null);
  const [violation, setViolation] = useState<string | null>(null);
  const [commendation, setCommendation] = useState<CommendationRow | null>(null);
  const query = useQuery({
    queryKey: ['reports', 'sources', request.source, request.year, request.ids],
    queryFn: () => apiQuery((api) => api.getReportSources({ source: request.source, ids: request.ids, year: request.year })),
  });
  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: ['reports'] });
    void queryClient.invalidateQueries({ queryKey: queryKeys.violations });
  };
  const data = query.data;
  return (
    <Drawer open size={760} title={`${request.title}: ${request.ids.length} bản ghi`} onClose={onClose} data-testid="report-sources">
      {query.isError && <LoadError what="các bản ghi của số liệu này" error={query.error} onRetry={() => void query.refetch()} />}
      <Typography.Paragraph type="secondary">Bấm vào một dòng để mở bản ghi.{data && data.missing > 0 ? ` ${data.missing} bản ghi đã bị xóa sau khi lập số liệu.` : ''}</Typography.Paragraph>
      {(request.source === 'staff' || request.source === 'titleProposals' || request.source === 'grantedTitles') && (
        <Table<ReportSourcePerson>
          size="small" rowKey={(r) => `${r.id}|${r.note}`} loading={query.isPending} dataSource={data?.people ?? []} pagination={PAGE}
          data-testid="report-sources-people"
          onRow={(r) => ({ onClick: () => r.code && setPerson(r.id), style: { cursor: r.code ? 'pointer' : 'default' } })}
          columns={[
            { key: 'code', title: 'Mã', dataIndex: 'code', width: 90 },
            { key: 'name', title: 'Họ và tên', dataIndex: 'fullName' },
            { key: 'unit', title: 'Đơn vị', dataIndex: 'unitName', ellipsis: true },
            ...(request.source === 'titleProposals' || request.source === 'grantedTitles' ? [{ key: 'note', title: 'Danh hiệu', dataIndex: 'note', width: 180 }] : [{ key: 'position', title: 'Chức vụ', dataIndex: 'position', width: 160, ellipsis: true }]),
          ]}
        />
      )}
      {request.source === 'violations' && (
        <Table<ViolationRow>
          size="small" rowKey="id" loading={query.isPending} dataSource={data?.violations ?? []} pagination={PAGE}
          data-testid="report-sources-violations"
          onRow={(r) => ({ onClick: () => setViolation(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { key: 'date', title: 'Ngày', dataIndex: 'date', width: 100, render: (d: string) => formatIsoDay(d) },
            { key: 'people', title: 'Người vi phạm', render: (_: unknown, r) => r.people.map((p) => p.fullName).join(', '), width: 200, ellipsis: true },
            { key: 'description', title: 'Nội dung', dataIndex: 'description', ellipsis: true },
            { key: 'state', title: 'Trạng thái', dataIndex: 'stateLabel', width: 130, render: (label: string) => <Tag>{label}</Tag> },
          ]}
        />
      )}
      {request.source === 'commendations' && (
        <Table<CommendationRow>
          size="small" rowKey="id" loading={query.isPending} dataSource={data?.commendations ?? []} pagination={PAGE}
          data-testid="report-sources-commendations"
          onRow={(r) => ({ onClick: () => setCommendation(r), style: { cursor: 'pointer' } })}
          columns={[
            { key: 'date', title: 'Ngày', dataIndex: 'date', width: 100, render: (d: string) => formatIsoDay(d) },
            { key: 'who', title: 'Cá nhân, tập thể', render: (_: unknown, r) => r.unitName || r.people.map((p) => p.fullName).join(', '), width: 220, ellipsis: true },
            { key: 'form', title: 'Hình thức', dataIndex: 'formLabel', width: 160 },
            { key: 'reason', title: 'Lý do', dataIndex: 'reason', ellipsis: true },
          ]}
        />
      )}
      {person && <StaffDrawer id={person} units={units} onClose={() => setPerson(null)} onChanged={changed} />}
      {violation && (
        <WithViolationRefs>{(refs) => <ViolationDrawer id={violation} refs={refs} onClose={() => setViolation(null)} onChanged={changed} />}</WithViolationRefs>
      )}
      {commendation && (
        <WithViolationRefs>
          {(refs) => <CommendationFormModal refs={refs} row={commendation} onClose={() => setCommendation(null)} onSaved={() => { setCommendation(null); changed(); }} />}
        </WithViolationRefs>
      )}
    </Drawer>
  );
}
