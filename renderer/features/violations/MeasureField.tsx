/**
 * The measure chooser: offers what the service says the law allows for these people on the decision
 * date, and lists the refused forms (disabled) with the reason, so nobody has to guess.
 */
import { useEffect, useState } from 'react';
import { Select, Typography } from 'antd';
import type { MeasureChoice } from '../../../shared/domain/disciplineForms';
import type { HandlingMeasure } from '../../../shared/schema/violation';
import { useApiCall } from '../../lib/useApiCall';

interface Props {
  staffIds: string[];
  decisionDate: string;
  value?: HandlingMeasure | null;
  onChange?: (value: HandlingMeasure | null) => void;
}

export function MeasureField({ staffIds, decisionDate, value, onChange }: Props) {
  const call = useApiCall();
  const [choice, setChoice] = useState<MeasureChoice | null>(null);
  const key = staffIds.join(',');
  useEffect(() => {
    let isCurrent = true;
    void call((api) => api.allowedMeasures({ staffIds: key.split(','), decisionDate })).then((result) => {
      if (isCurrent && result.ok) setChoice(result.data);
    });
    return () => {
      isCurrent = false;
    };
  }, [call, key, decisionDate]);
  const options = [
    ...(choice?.allowed ?? []).map((o) => ({ value: o.value, label: o.isDiscipline ? `${o.label} (${o.basis})` : o.label })),
    ...(choice?.refused ?? []).map((o) => ({ value: o.value, disabled: true, label: <span title={o.reason}>{o.label} — <Typography.Text type="secondary">{o.reason}</Typography.Text></span> })),
  ];
  return (
    <Select
      aria-label="Biện pháp xử lý"
      data-testid="measure-select"
      value={value ?? undefined}
      onChange={(v: HandlingMeasure) => onChange?.(v)}
      options={options}
      loading={!choice}
      popupMatchSelectWidth={false}
      listHeight={380}
      optionRender={(option) => <div style={{ whiteSpace: 'normal', maxWidth: 640 }}>{option.label}</div>}
    />
  );
}
