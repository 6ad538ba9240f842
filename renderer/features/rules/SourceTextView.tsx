/**
 * The decision's text as read, with line numbers; lines the parser warned about are tinted. The UI font,
 * not a monospace one: common monospace fonts lack Vietnamese letters such as ố.
 */
import { useMemo } from 'react';
import type { ParseWarning } from '../../../shared/domain/ruleParser';

interface Props {
  text: string;
  warnings: ParseWarning[];
}

export function SourceTextView({ text, warnings }: Props) {
  const lines = useMemo(() => text.split(/\r\n|\r|\n|\u2028|\u2029/), [text]);
  const warned = useMemo(() => new Map(warnings.map((w) => [w.line, w.message])), [warnings]);
  const width = `${String(lines.length).length + 1}ch`;
  return (
    <div
      data-testid="rule-source-text"
      style={{ fontSize: 14, lineHeight: 1.6, border: '1px solid #f0f0f0', borderRadius: 6, maxHeight: '68vh', overflow: 'auto', background: '#fafafa' }}
    >
      {lines.map((line, index) => {
        const warning = warned.get(index + 1);
        return (
          <div key={index} title={warning} style={{ display: 'flex', background: warning ? '#fff7e6' : undefined }}>
            <span style={{ flex: `0 0 ${width}`, textAlign: 'right', paddingInline: '6px 10px', color: '#8c8c8c', userSelect: 'none', fontVariantNumeric: 'tabular-nums', fontSize: 12, borderRight: '1px solid #e8e8e8' }}>
              {index + 1}
            </span>
            <span style={{ paddingInline: 10, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{line || ' '}</span>
          </div>
        );
      })}
    </div>
  );
}
