import { describe, expect, it } from 'vitest';
import { parseTallyFile } from '../../shared/domain/councilTallyFile';

describe('the secretary\'s count file', () => {
  it('reads the CSV the secretary typed in Excel: a comment, a header, Vietnamese labels, semicolons, a BOM', () => {
    const csv = '\uFEFF# Hội đồng 12/12/2026\r\nMục;Số phiếu\r\nSố phiếu phát ra;9\r\nthu_ve;8\r\nKhông hợp lệ;1\r\n1;7\r\n02;5\r\n';
    expect(parseTallyFile('kiem-phieu.csv', csv)).toEqual({ ok: true, input: { issued: 9, returned: 8, spoiled: 1, votes: { '1': 7, '2': 5 } } });
  });

  it('says which line it cannot read, and what is missing', () => {
    expect(parseTallyFile('a.csv', 'phat_ra,9\nthu_ve,9\nBình,7\n')).toEqual({ ok: false, message: 'Dòng 3: không hiểu "Bình" (dùng phat_ra, thu_ve, khong_hop_le hoặc số thứ tự trên phiếu).' });
    expect(parseTallyFile('a.csv', 'phat_ra,9\n1,bảy\n')).toEqual({ ok: false, message: 'Dòng 2: "bảy" không phải số phiếu.' });
    expect(parseTallyFile('a.csv', 'phat_ra,9\n1,7\n')).toEqual({ ok: false, message: 'Tệp kiểm phiếu thiếu dòng thu_ve (số phiếu thu về).' });
    expect(parseTallyFile('a.csv', 'thu_ve,9\n')).toEqual({ ok: false, message: 'Tệp kiểm phiếu thiếu dòng phat_ra (số phiếu phát ra).' });
  });

  it('takes ballots typed one by one as JSON', () => {
    const json = JSON.stringify({ issued: 3, ballots: [{ serial: 1, isSpoiled: false, approved: [1, 2] }] });
    expect(parseTallyFile('phieu.json', json)).toEqual({ ok: true, input: { issued: 3, ballots: [{ serial: 1, isSpoiled: false, approved: [1, 2] }] } });
    expect(parseTallyFile('phieu.json', '{')).toEqual({ ok: false, message: 'Tệp JSON không đọc được.' });
  });
});
