/** The rule-set part of the handlers: each method calls one service function. */
import type { Handlers } from '../../shared/api/contract';
import type { Session } from './session';
import { defaultRulesDir } from './ruleSources';
import { getRuleSet, listRuleSets, previewRuleImport, saveRuleImport } from './ruleService';

type RuleHandlerNames = 'listRuleSets' | 'getRuleSet' | 'previewRuleImport' | 'saveRuleImport';

export function createRuleHandlers(session: Session, rulesDir: string = defaultRulesDir()): Pick<Handlers, RuleHandlerNames> {
  const deps = { session, rulesDir };
  return {
    listRuleSets: async () => listRuleSets(deps),
    getRuleSet: async ({ id, version }) => getRuleSet(deps, id, version),
    previewRuleImport: async ({ file, text }) =>
      previewRuleImport(file ? { fileName: file.fileName, bytes: new Uint8Array(Buffer.from(file.dataBase64, 'base64')) } : { text: text ?? '' }),
    saveRuleImport: async (input) => saveRuleImport(deps, input),
  };
}
