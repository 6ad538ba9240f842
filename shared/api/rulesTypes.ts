/** Output types of the rule-set methods. */
import type { ArticleCounts } from '../domain/ruleNodes';
import type { ParseWarning } from '../domain/ruleParser';
import type { DecisionHint } from '../domain/ruleTextLines';
import type { RuleDecision, RuleNode, RuleSetStatus, RuleSetVersion } from '../schema/ruleSet';

/** 'shipped' = a file of the program (resources/rules), 'imported' = entered by the ward. */
export type RuleSetOrigin = 'shipped' | 'imported';

export interface RuleSetSummary {
  id: string;
  /** The latest version. */
  version: number;
  versions: number[];
  title: string;
  shortName: string;
  decision: RuleDecision;
  effectiveDate: string;
  status: RuleSetStatus;
  origin: RuleSetOrigin;
  counts: ArticleCounts;
}

export interface RuleSetView {
  ruleSet: RuleSetVersion;
  origin: RuleSetOrigin;
  versions: number[];
  counts: ArticleCounts;
  /** Who saved it and when (imported versions only). */
  savedAt?: string;
  savedBy?: string;
}

export interface RuleImportPreview {
  /** The "QUY TẮC …" title found in the text, or null. */
  title: string | null;
  decisionHint: DecisionHint | null;
  tree: RuleNode[];
  warnings: ParseWarning[];
  /** The text as read (NFC), so the person can compare it with the tree. */
  sourceText: string;
  counts: { chapters: number; articles: number; nodes: number };
}
