/** Xem nội dung: one rule set version as a tree, a version picker and a search without diacritics. */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Empty, Flex, Input, Select, Skeleton, Tag, Typography } from 'antd';
import type { RuleSetSummary, RuleSetView } from '../../../shared/api/rulesTypes';
import { searchRuleNodes } from '../../../shared/domain/ruleNodes';
import { useApiCall } from '../../lib/useApiCall';
import { RuleSetInfo } from './RuleSetInfo';
import { RuleTree } from './RuleTree';

export interface RuleSetChoice {
  id: string;
  version?: number;
}

interface Props {
  sets: RuleSetSummary[];
  choice: RuleSetChoice | null;
  onChoose: (choice: RuleSetChoice) => void;
}

export function RuleSetBrowser({ sets, choice, onChoose }: Props) {
  const call = useApiCall();
  const [view, setView] = useState<RuleSetView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    if (!choice) return;
    let isCurrent = true;
    void (async () => {
      const result = await call((api) => api.getRuleSet(choice.version === undefined ? { id: choice.id } : choice));
      if (!isCurrent) return;
      setView(result.ok ? result.data : null);
      setError(result.ok ? null : result.error.message);
    })();
    return () => {
      isCurrent = false;
    };
  }, [call, choice]);

  const hits = useMemo(() => (view ? searchRuleNodes(view.ruleSet, query) : []), [view, query]);
  const matches = useMemo(() => new Set(hits.map((hit) => hit.node)), [hits]);

  if (!choice) return <Empty description="Hãy chọn một bộ quy tắc trong danh sách." />;
  const versions = view?.versions ?? [];
  const latest = versions[versions.length - 1];
  return (
    <Flex vertical gap={16} data-testid="rule-set-browser">
      <Flex gap={12} wrap align="center">
        <Select
          aria-label="Bộ quy tắc"
          style={{ minWidth: 320 }}
          value={choice.id}
          onChange={(id: string) => onChoose({ id })}
          options={sets.map((set) => ({ value: set.id, label: `${set.shortName} — ${set.title}` }))}
          popupMatchSelectWidth={false}
        />
        {versions.length > 1 && (
          <Select
            aria-label="Phiên bản"
            style={{ width: 220 }}
            value={view?.ruleSet.version}
            onChange={(version: number) => onChoose({ id: choice.id, version })}
            options={versions.map((v) => ({ value: v, label: v === latest ? `Phiên bản ${v} (mới nhất)` : `Phiên bản ${v}` }))}
          />
        )}
        <Input.Search
          allowClear
          aria-label="Tìm trong bộ quy tắc"
          placeholder="Tìm điều, khoản… (gõ có dấu hoặc không dấu)"
          style={{ width: 380 }}
          onChange={(event) => setQuery(event.target.value)}
          onSearch={setQuery}
        />
      </Flex>
      {error && <Alert type="error" showIcon title="Không mở được bộ quy tắc" description={error} />}
      {!view && !error && <Skeleton active />}
      {view && (
        <>
          <RuleSetInfo view={view} />
          {query.trim() !== '' && (
            <div data-testid="rule-search-summary">
              <Typography.Text strong>{hits.length === 0 ? 'Không tìm thấy mục nào.' : `Tìm thấy ${hits.length} mục: `}</Typography.Text>
              {hits.slice(0, 30).map((hit, index) => (
                <Tag key={index} color="gold">
                  {hit.label}
                </Tag>
              ))}
            </div>
          )}
          <RuleTree nodes={view.ruleSet.nodes} query={query} matches={matches} />
        </>
      )}
    </Flex>
  );
}
