/** The dry run per sheet: the table found (header row, columns, units) and the rows read as structure, not people. */
import { Alert, Descriptions, Flex, Typography } from 'antd';
import type { ImportPlan, StructureCounts } from '../../../shared/api/rosterTypes';
import { STRUCTURE_LABELS, type StructureKind } from '../../../shared/domain/rosterStructure';

interface Props {
  plan: ImportPlan;
}

function structureText(skipped: StructureCounts): string {
  const kinds = (Object.keys(STRUCTURE_LABELS) as StructureKind[]).filter((k) => skipped[k] > 0);
  return kinds.length === 0 ? 'không có' : kinds.map((k) => `${STRUCTURE_LABELS[k]}: ${skipped[k]}`).join('; ');
}

export function ImportSheetsReport({ plan }: Props) {
  return (
    <Flex vertical gap={8} data-testid="import-sheets">
      {plan.ignoredSheets.map((s) => (
        <Alert key={s.sheetName} type="info" showIcon title={`Bỏ qua trang tính “${s.sheetName}”: ${s.reason}.`} />
      ))}
      {plan.sheets.map((sheet) => (
        <Descriptions
          key={sheet.sheetName}
          size="small"
          bordered
          column={1}
          title={<Typography.Text strong>Trang tính “{sheet.sheetName}”</Typography.Text>}
          data-testid="import-sheet"
          items={[
            { key: 'header', label: 'Dòng tiêu đề', children: sheet.headerRow },
            { key: 'columns', label: 'Cột nhận ra', children: sheet.columns.map((c) => c.label).join(', ') },
            { key: 'units', label: 'Đơn vị theo bố cục', children: sheet.units.length > 0 ? sheet.units.join('; ') : '(không có)' },
            { key: 'people', label: 'Dòng người', children: sheet.peopleRows },
            { key: 'skipped', label: 'Bỏ qua (không phải người)', children: structureText(sheet.skipped) },
          ]}
        />
      ))}
    </Flex>
  );
}
