/** Quy tắc ứng xử: the rule sets, one set's content, and the import of a decision's official text. */
import { useEffect, useMemo, useState } from 'react';
import { Tabs } from 'antd';
import { PageTitle } from '../../components/PageTitle';
import { OfficialTextPrompt } from './OfficialTextPrompt';
import { RuleImportPanel } from './RuleImportPanel';
import { RuleSetBrowser, type RuleSetChoice } from './RuleSetBrowser';
import { RuleSetTable } from './RuleSetTable';
import { clearImportRequest, isImportPending } from './importRequest';
import { QD_522_ID, isOfficialTextMissing } from './ruleSetFormat';
import { useRuleSets } from './useRuleSets';

type TabKey = 'list' | 'browse' | 'import';

export function RulesPage() {
  const { sets, isLoading, reload } = useRuleSets();
  const [isImportRequested] = useState(isImportPending);
  const [tab, setTab] = useState<TabKey>(isImportRequested ? 'import' : 'list');
  const [choice, setChoice] = useState<RuleSetChoice | null>(null);
  const [targetId, setTargetId] = useState<string | null>(isImportRequested ? QD_522_ID : null);

  const firstId = sets[0]?.id;
  const shownChoice = useMemo(() => choice ?? (firstId ? { id: firstId } : null), [choice, firstId]);

  useEffect(() => clearImportRequest(), []);

  const browse = (next: RuleSetChoice) => {
    setChoice(next);
    setTab('browse');
  };

  return (
    <div data-testid="rules-page">
      <PageTitle>Quy tắc ứng xử</PageTitle>
      {isOfficialTextMissing(sets) && (
        <OfficialTextPrompt
          actionLabel="Nhập văn bản chính thức"
          onAction={() => {
            setTargetId(QD_522_ID);
            setTab('import');
          }}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        destroyOnHidden={false}
        items={[
          { key: 'list', label: 'Các bộ quy tắc', children: <RuleSetTable sets={sets} isLoading={isLoading} onOpen={(id) => browse({ id })} /> },
          {
            key: 'browse',
            label: 'Xem nội dung',
            children: <RuleSetBrowser sets={sets} choice={shownChoice} onChoose={setChoice} />,
          },
          {
            key: 'import',
            label: 'Nhập văn bản',
            children: (
              <RuleImportPanel
                key={targetId ?? ''}
                sets={sets}
                targetId={targetId}
                onSaved={() => void reload()}
                onOpen={(view) => browse({ id: view.ruleSet.id, version: view.ruleSet.version })}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
