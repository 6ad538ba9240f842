/** Content, size, frame and output of a poster. */
import { Form, InputNumber, Input, Radio, Select, Space, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { POSTER_PAPERS, TILE_SHEETS } from '../../../shared/domain/posterSizes';
import { FONT_LABELS, FRAME_LABELS, POSTER_FRAMES, POSTER_THEMES, THEMES, type PosterFont } from '../../../shared/domain/posterThemes';
import { POSTER_OUTPUTS } from '../../../shared/api/posterContract';
import { INITIAL_VALUES, OUTPUT_LABELS, type PosterFormValues } from './posterFormValues';
import { LogoPicker } from './LogoPicker';
import type { Logo } from './posterFormValues';

interface Props {
  form: FormInstance<PosterFormValues>;
  ruleSets: { id: string; label: string }[];
  fonts: PosterFont[];
  logo: Logo | null;
  onLogo: (logo: Logo | null) => void;
  onChange: () => void;
}

const options = <T extends string>(values: readonly T[], label: (v: T) => string) => values.map((value) => ({ value, label: label(value) }));

export function PosterForm({ form, ruleSets, fonts, logo, onLogo, onChange }: Props) {
  const source = Form.useWatch('source', form);
  const output = Form.useWatch('output', form);
  const paper = Form.useWatch('paper', form);
  const isWall = output === 'print' || output === 'tiles';
  return (
    <Form form={form} layout="vertical" initialValues={INITIAL_VALUES} onValuesChange={onChange} size="small" data-testid="poster-form">
      <Form.Item label="Bộ quy tắc" name="ruleSetId">
        <Select options={ruleSets.map((r) => ({ value: r.id, label: r.label }))} aria-label="Bộ quy tắc" />
      </Form.Item>
      <Form.Item label="Nội dung" name="source">
        <Radio.Group options={[{ value: 'whole', label: 'Cả bộ' }, { value: 'articles', label: 'Chọn điều' }, { value: 'motto', label: 'Phương châm' }]} />
      </Form.Item>
      {source === 'articles' && (
        <Form.Item label="Các điều (ví dụ 1,3-6)" name="articles">
          <Input placeholder="1,3-6" />
        </Form.Item>
      )}
      <Form.Item label="Đầu ra" name="output">
        <Radio.Group options={options(POSTER_OUTPUTS, (o) => OUTPUT_LABELS[o])} style={{ display: 'flex', flexDirection: 'column' }} />
      </Form.Item>
      {isWall && (
        <Space wrap>
          <Form.Item label="Khổ giấy" name="paper">
            <Select style={{ width: 110 }} options={[...options(POSTER_PAPERS, (p) => p), { value: 'custom', label: 'Tự chọn' }]} aria-label="Khổ giấy" />
          </Form.Item>
          {paper === 'custom' && (
            <>
              <Form.Item label="Rộng (mm)" name="customWidth"><InputNumber decimalSeparator="," min={90} max={2000} /></Form.Item>
              <Form.Item label="Cao (mm)" name="customHeight"><InputNumber decimalSeparator="," min={90} max={2000} /></Form.Item>
            </>
          )}
        </Space>
      )}
      {output !== 'deskTent' && (
        <Form.Item label="Khổ ngang" name="isLandscape" valuePropName="checked"><Switch /></Form.Item>
      )}
      {output === 'print' && (
        <Space wrap>
          <Form.Item label="Lề xén (mm)" name="bleedMm"><InputNumber decimalSeparator="," min={0} max={10} /></Form.Item>
          <Form.Item label="Dấu cắt" name="hasCropMarks" valuePropName="checked"><Switch /></Form.Item>
        </Space>
      )}
      {output === 'tiles' && (
        <Space wrap>
          <Form.Item label="Tờ in" name="tileSheet"><Select style={{ width: 90 }} options={options(TILE_SHEETS, (s) => s)} /></Form.Item>
          <Form.Item label="Chồng mép (mm)" name="overlapMm"><InputNumber decimalSeparator="," min={0} max={30} /></Form.Item>
        </Space>
      )}
      <Form.Item label="Khung" name="frame"><Select options={options(POSTER_FRAMES, (f) => FRAME_LABELS[f])} aria-label="Khung" /></Form.Item>
      <Space wrap>
        <Form.Item label="Màu" name="theme"><Select style={{ width: 130 }} options={options(POSTER_THEMES, (t) => THEMES[t].label)} /></Form.Item>
        <Form.Item label="Phông chữ" name="font"><Select style={{ width: 210 }} options={options(fonts, (f) => FONT_LABELS[f])} /></Form.Item>
      </Space>
      <Form.Item label="Quốc hiệu, Tiêu ngữ" name="hasNationalHeader" valuePropName="checked"><Switch /></Form.Item>
      <LogoPicker logo={logo} onLogo={onLogo} />
    </Form>
  );
}
