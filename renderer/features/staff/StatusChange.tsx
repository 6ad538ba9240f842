/** Changing a person's status (chuyển công tác, nghỉ hưu, thôi việc) with the day it took effect. */
import { useState } from 'react';
import { App as AntApp, Button, DatePicker, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { StaffDetail } from '../../../shared/api/rosterTypes';
import type { StaffStatus } from '../../../shared/schema/staff';
import { useApiCall } from '../../lib/useApiCall';
import { STATUS_OPTIONS } from './staffFormat';
import { detailToFields, toDayjs, toIsoDay } from './staffFormValues';
import { VI_DAY_FORMATS } from '../../lib/dayInput';

interface Props {
  detail: StaffDetail;
  onSaved: (saved: StaffDetail) => void;
}

export function StatusChange({ detail, onSaved }: Props) {
  const call = useApiCall();
  const { message } = AntApp.useApp();
  const [status, setStatus] = useState<StaffStatus>(detail.status);
  const [day, setDay] = useState<Dayjs | null>(toDayjs(detail.statusDate));
  const [isSaving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    const fields = { ...detailToFields(detail), status, statusDate: toIsoDay(day) };
    const result = await call((api) => api.updateStaff({ id: detail.id, fields }));
    setSaving(false);
    if (!result.ok) return;
    void message.success(`Đã cập nhật trạng thái của ${result.data.fullName}.`);
    onSaved(result.data);
  }

  const isUnchanged = status === detail.status && toIsoDay(day) === detail.statusDate;
  return (
    <Space wrap>
      <Select aria-label="Trạng thái mới" style={{ width: 190 }} value={status} onChange={setStatus} options={STATUS_OPTIONS} />
      <DatePicker aria-label="Ngày thay đổi trạng thái" format={VI_DAY_FORMATS} placeholder="Ngày thay đổi" value={day} onChange={setDay} />
      <Button onClick={() => void save()} loading={isSaving} disabled={isUnchanged}>
        Cập nhật trạng thái
      </Button>
    </Space>
  );
}
