/**
 * A file the page saves (an Excel export, a PDF, a template) goes through the system's Save dialog,
 * in Vietnamese, starting in Documents, with the file's own type offered.
 */
import path from 'node:path';

export interface SaveDialogChoice {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
}

const TYPES: Record<string, string> = {
  xlsx: 'Bảng tính Excel',
  pdf: 'Tài liệu PDF',
  docx: 'Văn bản Word',
  wcbak: 'Bản sao lưu Ward Conduct',
  png: 'Ảnh PNG',
};

/** Strips folders and characters Windows forbids from a suggested name. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/[. ]+$/, '').trim();
  return base || 'tep-ward-conduct';
}

export function saveDialogFor(suggestedName: string, documentsDir: string): SaveDialogChoice {
  const name = safeFileName(suggestedName);
  const ext = path.extname(name).slice(1).toLowerCase();
  const typeName = TYPES[ext];
  return {
    title: 'Lưu tệp',
    defaultPath: path.join(documentsDir, name),
    buttonLabel: 'Lưu',
    filters: [...(typeName ? [{ name: typeName, extensions: [ext] }] : []), { name: 'Mọi tệp', extensions: ['*'] }],
  };
}
