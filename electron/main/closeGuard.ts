/**
 * Closing with unsaved input: the page's beforeunload handler (renderer/lib/useUnsavedChangesGuard.ts)
 * holds the close, and main asks the person what to do.
 */
export interface CloseQuestion {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

export const CLOSE_QUESTION: CloseQuestion = {
  type: 'warning',
  title: 'Ward Conduct',
  message: 'Có nội dung chưa lưu.',
  detail: 'Nếu đóng bây giờ, những gì vừa nhập mà chưa bấm Lưu sẽ mất.',
  buttons: ['Ở lại để lưu', 'Đóng, không lưu'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** True when the answer (the button index) means "close anyway". */
export function isClosingAnyway(response: number): boolean {
  return response === 1;
}

/** Windows groups taskbar buttons and notifications by this id: the installer's appId (electron-builder.yml). */
export const APP_USER_MODEL_ID = 'vn.hanoi.wardconduct';
