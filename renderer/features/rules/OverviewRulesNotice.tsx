/** A small notice for Tổng quan while QĐ 522 has no official text; opens the import in Quy tắc ứng xử. */
import { useEffect, useState } from 'react';
import { useApiCall } from '../../lib/useApiCall';
import { OfficialTextPrompt } from './OfficialTextPrompt';
import { requestImportOnOpen } from './importRequest';
import { isOfficialTextMissing } from './ruleSetFormat';

export function OverviewRulesNotice({ onOpenRules }: { onOpenRules: () => void }) {
  const call = useApiCall();
  const [isMissing, setMissing] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      const result = await call((api) => api.listRuleSets());
      if (isCurrent && result.ok) setMissing(isOfficialTextMissing(result.data));
    })();
    return () => {
      isCurrent = false;
    };
  }, [call]);

  if (!isMissing) return null;
  return (
    <OfficialTextPrompt
      actionLabel="Nhập văn bản chính thức"
      onAction={() => {
        requestImportOnOpen();
        onOpenRules();
      }}
    />
  );
}
