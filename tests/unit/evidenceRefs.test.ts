import { describe, expect, it } from 'vitest';
import { collectEvidenceRefs, evidenceName, hashOfEvidenceName } from '../../electron/store/evidenceRefs';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('the evidence files a backup must account for', () => {
  it('finds the files a violation holds and those only its history still names, once each', () => {
    const photo = { sha256: A, fileName: 'ảnh.jpg', ext: 'jpg', mediaType: 'image/jpeg', size: 120, year: '2026', addedAt: '', addedBy: '' };
    const minutes = { ...photo, sha256: B, ext: '', size: 7, fileName: 'bien-ban' };
    const files = {
      'violations-2026.json': { kind: 'violations', records: [{ id: 'v1', evidence: [photo], history: [{ changes: { evidence: { from: [photo, minutes], to: [photo] } } }] }] },
      'staff.json': { kind: 'staff', records: [{ id: 's1', sha256: 'không phải mã băm', year: '2026', ext: 'jpg' }] },
    };
    expect(collectEvidenceRefs(files)).toEqual([
      { name: `evidence/2026/${A}.jpg`, sha256: A, size: 120 },
      { name: `evidence/2026/${B}.bin`, sha256: B, size: 7 },
    ]);
  });

  it('accepts only names inside evidence/<yyyy>/ with a hex hash', () => {
    expect(hashOfEvidenceName(evidenceName({ year: '2026', sha256: A, ext: 'pdf' }))).toBe(A);
    expect(hashOfEvidenceName(`evidence/2026/../../db/${A}.json`)).toBeNull();
    expect(hashOfEvidenceName(`db/meta.json`)).toBeNull();
  });
});
