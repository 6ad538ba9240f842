/** Tells the person which parts cannot be printed (no official text yet) and asks before printing the excerpt. */
import { Alert, Checkbox } from 'antd';
import type { PosterPlanView } from '../../../shared/api/posterContract';

interface Props {
  plan: PosterPlanView;
  isAccepted: boolean;
  onAccept: (value: boolean) => void;
}

export function ExcerptNotice({ plan, isAccepted, onAccept }: Props) {
  if (plan.refusal) return <Alert type="error" showIcon data-testid="poster-refusal" title="Không thể in bảng niêm yết" description={plan.refusal} />;
  if (plan.omitted.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="poster-excerpt"
      title="Chỉ in được bản trích"
      description={
        <>
          <div>Các phần sau chưa có văn bản chính thức nên sẽ không được in: {plan.omitted.join('; ')}.</div>
          <div>Bảng niêm yết sẽ ghi rõ: “Trích — chỉ gồm các điều đã có văn bản chính thức”.</div>
          <Checkbox checked={isAccepted} onChange={(e) => onAccept(e.target.checked)} style={{ marginTop: 8 }}>
            Tôi đồng ý in bản trích
          </Checkbox>
        </>
      }
    />
  );
}
