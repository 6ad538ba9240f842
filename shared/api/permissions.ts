/**
 * Who may call what: every contract method names the permission it needs, every role the
 * permissions it has. `dispatch` checks this for every door (IPC, CLI, browser door).
 * A unit test fails when a method of the contract has no entry here.
 */
import type { MethodName } from './contract';

export const ROLES = ['quan-tri', 'van-phong', 'thu-truong', 'lanh-dao', 'hoi-dong'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  'quan-tri': 'Quản trị',
  'van-phong': 'Văn phòng',
  'thu-truong': 'Thủ trưởng đơn vị',
  'lanh-dao': 'Lãnh đạo UBND',
  'hoi-dong': 'Thành viên Hội đồng',
};

export const PERMISSIONS = ['public', 'read', 'readPersonal', 'enter', 'readScores', 'score', 'council', 'conclude', 'close', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  public: 'mở ứng dụng và đăng nhập',
  read: 'xem danh mục',
  readPersonal: 'xem hồ sơ vi phạm, đánh giá và thông tin cá nhân',
  enter: 'nhập và sửa dữ liệu',
  readScores: 'xem bảng điểm',
  score: 'chấm điểm',
  council: 'chấm điểm của Hội đồng',
  conclude: 'kết luận vi phạm, đính chính sau kết luận',
  close: 'khóa kỳ chấm điểm, xếp loại, đề nghị danh hiệu',
  admin: 'cài đặt, người dùng, sao lưu và khôi phục',
};

/**
 * Roles → permissions. Administration is kept apart from deciding: the administrator manages
 * settings, users and backups but does not conclude violations or close periods.
 * A head of unit scores only their own unit (the scope check is in services/access/unitScope.ts).
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  'quan-tri': ['public', 'read', 'readPersonal', 'enter', 'admin'],
  'van-phong': ['public', 'read', 'readPersonal', 'enter', 'readScores', 'score'],
  'thu-truong': ['public', 'read', 'readScores', 'score'],
  'lanh-dao': ['public', 'read', 'readPersonal', 'readScores', 'score', 'council', 'conclude', 'close'],
  'hoi-dong': ['public', 'read', 'readPersonal', 'readScores', 'council'],
};

/**
 * The permission each method needs. Partial in type so a method added on another branch still
 * compiles; dispatch then asks for `admin`, and tests/unit/permissions.test.ts fails until it is listed.
 */
export const METHOD_PERMISSIONS: Partial<Record<MethodName, Permission>> = {
  getStartup: 'public',
  retryOpen: 'public',
  chooseDataFolder: 'public',
  startFreshAfterDamage: 'public',
  dismissNotices: 'public',
  getProfile: 'read',
  updateProfile: 'admin',
  getStoreInfo: 'read',
  checkStore: 'read',
  listBackups: 'read',
  createBackup: 'read',
  exportBackup: 'admin',
  previewBackup: 'admin',
  restoreBackup: 'admin',
  listStaff: 'read',
  getStaff: 'readPersonal',
  revealIdNumber: 'readPersonal',
  createStaff: 'enter',
  updateStaff: 'enter',
  markCommitments: 'enter',
  listUnits: 'read',
  createUnit: 'enter',
  updateUnit: 'enter',
  reorderUnits: 'enter',
  previewStaffImport: 'enter',
  applyStaffImport: 'enter',
  exportStaff: 'readPersonal',
  staffTemplate: 'read',
  printCommitmentForms: 'enter',
  listRuleSets: 'read',
  getRuleSet: 'read',
  previewRuleImport: 'enter',
  saveRuleImport: 'admin',
  listPosterFonts: 'read',
  planPoster: 'read',
  makePoster: 'read',
  listViolations: 'readPersonal',
  getViolation: 'readPersonal',
  createViolation: 'enter',
  updateViolation: 'enter',
  // Concluding (to: 'concluded') needs `conclude`: see INPUT_PERMISSIONS.
  moveViolation: 'enter',
  amendViolation: 'conclude',
  allowedMeasures: 'read',
  addEvidence: 'enter',
  removeEvidence: 'enter',
  getEvidence: 'readPersonal',
  exportViolations: 'readPersonal',
  ruleRefOptions: 'read',
  listCommendations: 'read',
  createCommendation: 'enter',
  updateCommendation: 'enter',
  deleteCommendation: 'enter',
  printMeetingSheet: 'readPersonal',
  printViolationDocument: 'readPersonal',
  printCommendationDocument: 'read',
  listCriteriaSets: 'read',
  getCriteriaSet: 'read',
  saveCriteriaSet: 'admin',
  getScoringSettings: 'read',
  updateScoringSettings: 'admin',
  listPeriods: 'read',
  getScoreGrid: 'readScores',
  // The council's step needs `council`: see INPUT_PERMISSIONS.
  saveScores: 'score',
  saveTaskProducts: 'score',
  getScoreBreakdown: 'readScores',
  printScoreBreakdown: 'readScores',
  closePeriod: 'close',
  amendScores: 'close',
  exportScorecard: 'readPersonal',
  previewScorecardImport: 'enter',
  applyScorecardImport: 'close',
  getTitles: 'readPersonal',
  saveInitiative: 'enter',
  proposeTitle: 'close',
  revokeTitle: 'close',
  evaluateStaff: 'readPersonal',
  listEvaluationRecords: 'readPersonal',
  saveFinding: 'close',
  saveClassification: 'close',
  deleteEvaluationRecord: 'close',
  openForPrinting: 'read',
  getAuthState: 'public',
  signIn: 'public',
  signOut: 'public',
  recoverAdmin: 'public',
  listUsers: 'admin',
  createUser: 'admin',
  resetPin: 'admin',
  updateSecuritySettings: 'admin',
  listAccessLog: 'admin',
  exportAccessLog: 'admin',
  exportPersonData: 'admin',
  getRetention: 'admin',
  updateRetention: 'admin',
  runRetention: 'admin',
  // The council: its members and leaders run the meeting; the chairman (a UBND leader) closes it and grants titles.
  listCouncilMeetings: 'readPersonal',
  getCouncilMeeting: 'readPersonal',
  createCouncilMeeting: 'council',
  updateCouncilMeeting: 'council',
  recordCouncilTally: 'council',
  closeCouncilMeeting: 'close',
  printCouncilDocument: 'readPersonal',
  grantTitles: 'close',
  listGrantedTitles: 'read',
  getPersonTitles: 'read',
  // Reports count records per unit without naming people except in the source appendix.
  getReport: 'readPersonal',
  saveReportNarrative: 'enter',
  exportReport: 'readPersonal',
  getReportSources: 'readPersonal',
  getTodo: 'read',
  listStaffScores: 'readPersonal',
  getPeriodSnapshot: 'readScores',
  // Choosing a backup file leads to a restore: the administrator's.
  stageBackupUpload: 'admin',
  chooseBackupFile: 'admin',
  getEncryption: 'read',
  setEncryption: 'admin',
  setAccountUnlock: 'admin',
  unlockDataFolder: 'public',
};

/** Methods whose need depends on the input: concluding a violation is the leaders' decision, the council's score the council's. */
export const INPUT_PERMISSIONS: Partial<Record<MethodName, (input: unknown) => Permission | null>> = {
  moveViolation: (input) => ((input as { to?: unknown } | null)?.to === 'concluded' ? 'conclude' : null),
  saveScores: (input) => ((input as { step?: unknown } | null)?.step === 'councilScore' ? 'council' : null),
};

export function permissionFor(name: MethodName, input?: unknown): Permission {
  return INPUT_PERMISSIONS[name]?.(input) ?? METHOD_PERMISSIONS[name] ?? 'admin';
}

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
