/** Per unit: how many have signed the commitment out of how many, with a progress bar. */
import { Card, Col, Progress, Row, Typography } from 'antd';
import type { UnitView } from '../../../shared/api/rosterTypes';

interface Props {
  units: UnitView[];
  signed: number;
  total: number;
}

const percent = (signed: number, total: number) => (total > 0 ? Math.round((signed / total) * 100) : 0);

export function CommitmentProgress({ units, signed, total }: Props) {
  return (
    <Row gutter={[12, 12]} data-testid="commitment-progress">
      <Col xs={24} md={12} xl={8}>
        <Card size="small" title="Toàn phường">
          <Typography.Text>
            Đã ký {signed}/{total}
          </Typography.Text>
          <Progress percent={percent(signed, total)} status="active" />
        </Card>
      </Col>
      {units
        .filter((u) => u.staffCount > 0)
        .map((u) => (
          <Col key={u.id} xs={24} md={12} xl={8}>
            <Card size="small" title={u.name} data-testid="unit-commitment">
              <Typography.Text>
                Đã ký {u.signedCount}/{u.staffCount}
              </Typography.Text>
              <Progress percent={percent(u.signedCount, u.staffCount)} />
            </Card>
          </Col>
        ))}
    </Row>
  );
}
