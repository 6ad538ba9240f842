/** The rating bands of a criteria set: each rating from a number of points, read back as ranges. */
import { Button, InputNumber, Select, Space } from 'antd';
import { bandRanges } from '../../../shared/domain/criteriaBands';
import { RATINGS, RATING_LABELS, type Rating, type RatingBand } from '../../../shared/schema/criteria';

interface Props {
  bands: RatingBand[];
  maxPoints: number;
  onChange: (bands: RatingBand[]) => void;
}

export function BandsEditor({ bands, maxPoints, onChange }: Props) {
  const ranges = bandRanges(bands, maxPoints);
  const patch = (i: number, change: Partial<RatingBand>) => onChange(bands.map((b, j) => (j === i ? { ...b, ...change } : b)));
  const unused = RATINGS.find((r) => !bands.some((b) => b.rating === r));
  return (
    <div data-testid="bands-editor" style={{ marginBottom: 12 }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>Khung xếp loại (từ … điểm trở lên)</div>
      {bands.map((band, i) => (
        <Space key={i} style={{ display: 'flex', marginBottom: 4 }}>
          <Select aria-label={`Xếp loại của khung ${i + 1}`} value={band.rating} style={{ width: 280 }} options={RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }))} onChange={(v: Rating) => patch(i, { rating: v })} />
          <span>từ</span>
          <InputNumber decimalSeparator="," aria-label={`Điểm từ ${RATING_LABELS[band.rating]}`} min={0} max={maxPoints} step={1} value={band.minPoints} onChange={(v) => patch(i, { minPoints: v ?? 0 })} />
          <span style={{ color: '#555', minWidth: 140 }} data-testid={`band-range-${band.rating}`}>{ranges.find((r) => r.rating === band.rating && r.from === band.minPoints)?.label ?? ''} điểm</span>
          <Button size="small" danger onClick={() => onChange(bands.filter((_, j) => j !== i))}>Xóa</Button>
        </Space>
      ))}
      {unused && <Button size="small" onClick={() => onChange([...bands, { rating: unused, minPoints: 0 }])}>Thêm khung</Button>}
    </div>
  );
}
