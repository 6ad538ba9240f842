/** The Vi phạm screen: the violation list, commendations and the monthly meeting sheet. */
import { Tabs } from 'antd';
import { PageTitle } from '../../components/PageTitle';
import { CommendationsTab } from './CommendationsTab';
import { MeetingSheetPanel } from './MeetingSheetPanel';
import { ViolationsTab } from './ViolationsTab';
import { useViolationRefs } from './useViolationRefs';

export function ViolationsPage() {
  const refs = useViolationRefs();
  return (
    <div data-testid="violations-page">
      <PageTitle>Vi phạm, biểu dương</PageTitle>
      <Tabs
        items={[
          { key: 'violations', label: 'Vi phạm', children: <ViolationsTab refs={refs} /> },
          { key: 'commendations', label: 'Biểu dương, khen thưởng', children: <CommendationsTab refs={refs} /> },
          { key: 'meeting', label: 'Biên bản sinh hoạt tháng', children: <MeetingSheetPanel refs={refs} /> },
        ]}
      />
    </div>
  );
}
