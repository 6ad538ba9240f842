/** Where rule sets come from: files shipped with the program (read-only) and the store's ruleSets.json. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../shared/api/result';
import { resourcesDir } from '../resources/resourcesDir';
import type { RuleSetOrigin } from '../../shared/api/rulesTypes';
import type { StoredRuleSet } from '../../shared/schema/recordSchemas';
import { ruleSetFileName, ruleSetVersionSchema, type RuleSetVersion } from '../../shared/schema/ruleSet';
import type { Session } from './session';

export type { StoredRuleSet } from '../../shared/schema/recordSchemas';

export interface RuleSetEntry {
  ruleSet: RuleSetVersion;
  origin: RuleSetOrigin;
  record?: StoredRuleSet;
}

/** <resources>/rules when packaged, the project's resources/rules otherwise (never the current folder). */
export function defaultRulesDir(): string {
  return resourcesDir('rules');
}

const SHIPPED_NAME = /^[a-z0-9-]+\.v\d+\.json$/;

/** Every shipped version. A damaged shipped file is a fault of the program, not of the ward's data. */
export async function loadShippedRuleSets(rulesDir: string): Promise<RuleSetVersion[]> {
  let names: string[];
  try {
    names = (await fs.readdir(rulesDir)).filter((n) => SHIPPED_NAME.test(n)).sort();
  } catch {
    return [];
  }
  const sets: RuleSetVersion[] = [];
  for (const name of names) {
    let parsed: RuleSetVersion;
    try {
      parsed = ruleSetVersionSchema.parse(JSON.parse(await fs.readFile(path.join(rulesDir, name), 'utf8')));
    } catch {
      throw new ServiceError('INTERNAL', `Tệp quy tắc kèm theo chương trình bị hỏng: ${name}. Hãy cài lại chương trình.`);
    }
    if (ruleSetFileName(parsed.id, parsed.version) !== name) {
      throw new ServiceError('INTERNAL', `Tệp quy tắc ${name} ghi mã hoặc phiên bản khác với tên tệp.`);
    }
    sets.push(parsed);
  }
  return sets;
}

export function storedRuleSets(session: Session): StoredRuleSet[] {
  return session.store.collection('ruleSets').records.filter((r) => !r.deletedAt);
}

/** Shipped and imported versions together, by id then version. */
export async function allRuleSetEntries(session: Session, rulesDir: string): Promise<RuleSetEntry[]> {
  const shipped: RuleSetEntry[] = (await loadShippedRuleSets(rulesDir)).map((ruleSet) => ({ ruleSet, origin: 'shipped' }));
  const imported: RuleSetEntry[] = storedRuleSets(session).map((record) => ({ ruleSet: record.ruleSet, origin: 'imported', record }));
  return [...shipped, ...imported].sort((a, b) => a.ruleSet.id.localeCompare(b.ruleSet.id) || a.ruleSet.version - b.ruleSet.version);
}
