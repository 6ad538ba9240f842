/**
 * The application menu, in Vietnamese, as plain data (tested under Node). No Reload / Force Reload /
 * DevTools: a reload would drop whatever the clerk has typed and not yet saved.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** "Giới thiệu": the program's name, version and data folder. */
  showAbout: () => void;
  /** "Mở thư mục dữ liệu" in the system file manager. */
  openDataFolder: () => void;
}

/** Roles that reload or open developer tools: never in the menu. */
export const FORBIDDEN_ROLES = ['reload', 'forceReload', 'toggleDevTools'] as const;

export function menuTemplate(actions: MenuActions, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Mở thư mục dữ liệu', click: actions.openDataFolder },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit', accelerator: platform === 'darwin' ? 'Cmd+Q' : 'Alt+F4' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Cửa sổ',
      submenu: [
        { label: 'Thu nhỏ xuống thanh tác vụ', role: 'minimize' },
        { label: 'Đóng cửa sổ', role: 'close' },
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [{ label: 'Giới thiệu Ward Conduct', click: actions.showAbout }],
    },
  ];
}

/** Every role in a template, nested menus included (for the test and for a reader). */
export function rolesOf(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? rolesOf(item.submenu) : [])]);
}
