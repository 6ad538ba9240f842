/** Cán bộ: the roster, its units, commitments and the Excel import, as tabs over one loaded roster. */
import { Tabs } from 'antd';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { CommitmentsTab } from './CommitmentsTab';
import { ImportWizard } from './ImportWizard';
import { RosterTab } from './RosterTab';
import { UnitsTab } from './UnitsTab';
import { useRoster } from './useRoster';

export function StaffPage() {
  const roster = useRoster();
  const reload = () => void roster.reload();
  return (
    <div data-testid="staff-page">
      <PageTitle>Cán bộ</PageTitle>
      {roster.error ? <LoadError what="danh sách cán bộ" error={roster.error} onRetry={roster.retry} /> : null}
      <Tabs
        defaultActiveKey="list"
        destroyOnHidden={false}
        items={[
          { key: 'list', label: 'Danh sách', children: <RosterTab roster={roster} onChanged={reload} /> },
          { key: 'units', label: 'Đơn vị', children: <UnitsTab roster={roster} onChanged={reload} /> },
          { key: 'commitments', label: 'Cam kết', children: <CommitmentsTab roster={roster} onChanged={reload} /> },
          { key: 'import', label: 'Nhập từ Excel', children: <ImportWizard onImported={reload} /> },
        ]}
      />
    </div>
  );
}
