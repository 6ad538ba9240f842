/** One rule reference in the clause picker: its address, then its wording (or that the official text is missing). */
import { Typography } from 'antd';

export function RuleChoice({ code, text }: { code: string; text: string }) {
  return (
    <div data-testid="rule-choice" style={{ whiteSpace: 'normal', lineHeight: 1.35, padding: '2px 0' }}>
      <Typography.Text strong style={{ fontSize: 13 }}>{code}</Typography.Text>
      <div style={{ fontSize: 13, color: text ? undefined : '#8c8c8c' }}>{text || 'Chưa có văn bản chính thức'}</div>
    </div>
  );
}
