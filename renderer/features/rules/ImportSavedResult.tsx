/** Step 3: what was saved — the set, its new version and how much of it is checked. */
import { Button, Result } from 'antd';
import type { RuleSetView } from '../../../shared/api/rulesTypes';

interface Props {
  view: RuleSetView;
  onOpen: () => void;
  onAnother: () => void;
}

export function ImportSavedResult({ view, onOpen, onAnother }: Props) {
  const { ruleSet, counts } = view;
  return (
    <Result
      status="success"
      data-testid="rule-import-saved"
      title={`Đã lưu ${ruleSet.shortName} — phiên bản ${ruleSet.version}`}
      subTitle={`${ruleSet.title}. ${counts.articles} điều, trong đó ${counts.verifiedArticles} điều đã đối chiếu với văn bản chính thức.`}
      extra={[
        <Button type="primary" key="open" onClick={onOpen}>
          Xem bộ quy tắc
        </Button>,
        <Button key="another" onClick={onAnother}>
          Nhập văn bản khác
        </Button>,
      ]}
    />
  );
}
