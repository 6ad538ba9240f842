/** Nhập văn bản: read a decision's text, review and correct it beside the source, save it. */
import { useState } from 'react';
import type { RuleImportPreview, RuleSetSummary, RuleSetView } from '../../../shared/api/rulesTypes';
import { ImportReviewStep } from './ImportReviewStep';
import { ImportSavedResult } from './ImportSavedResult';
import { ImportSourceStep } from './ImportSourceStep';

interface Props {
  sets: RuleSetSummary[];
  targetId: string | null;
  onSaved: () => void;
  onOpen: (view: RuleSetView) => void;
}

type Step = { name: 'source' } | { name: 'review'; preview: RuleImportPreview; sourceName: string } | { name: 'saved'; view: RuleSetView };

export function RuleImportPanel({ sets, targetId, onSaved, onOpen }: Props) {
  const [step, setStep] = useState<Step>({ name: 'source' });
  switch (step.name) {
    case 'source':
      return <ImportSourceStep onRead={(preview, sourceName) => setStep({ name: 'review', preview, sourceName })} />;
    case 'review':
      return (
        <ImportReviewStep
          preview={step.preview}
          sourceName={step.sourceName}
          sets={sets}
          targetId={targetId}
          onBack={() => setStep({ name: 'source' })}
          onSaved={(view) => {
            setStep({ name: 'saved', view });
            onSaved();
          }}
        />
      );
    case 'saved':
      return <ImportSavedResult view={step.view} onOpen={() => onOpen(step.view)} onAnother={() => setStep({ name: 'source' })} />;
  }
}
