/** Thi đua: periods, the scoring grid, the Excel round trip and year-end titles, as tabs over one selection. */
import { useState } from 'react';
import { Tabs } from 'antd';
import { PageTitle } from '../../components/PageTitle';
import { CriteriaTab } from './CriteriaTab';
import { ImportTab } from './ImportTab';
import { PeriodsTab } from './PeriodsTab';
import { ScoringTab } from './ScoringTab';
import { TitlesTab } from './TitlesTab';
import { defaultSelection, type Selection } from './selection';

export function ScorecardsPage() {
  const [selection, setSelection] = useState<Selection>(defaultSelection);
  const [tab, setTab] = useState('grid');
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <div data-testid="scorecards-page">
      <PageTitle>Thi đua</PageTitle>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'grid', label: 'Chấm điểm', children: <ScoringTab selection={selection} onSelect={setSelection} version={version} onChanged={changed} /> },
          { key: 'periods', label: 'Kỳ đánh giá', children: <PeriodsTab selection={selection} version={version} onChanged={changed} onOpen={(s) => { setSelection(s); setTab('grid'); }} /> },
          { key: 'import', label: 'Nhập từ Excel', children: <ImportTab onImported={changed} /> },
          { key: 'titles', label: 'Danh hiệu cuối năm', children: <TitlesTab year={Number(selection.period.slice(0, 4))} version={version} /> },
          { key: 'criteria', label: 'Bộ tiêu chí', children: <CriteriaTab /> },
        ]}
      />
    </div>
  );
}
