/** The Electron main process's decisions, as pure modules under Node (the Electron binary cannot run here). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_USER_MODEL_ID, CLOSE_QUESTION, isClosingAnyway } from '../../electron/main/closeGuard';
import { safeFileName, saveDialogFor } from '../../electron/main/downloads';
import { FORBIDDEN_ROLES, menuTemplate, rolesOf } from '../../electron/main/menuTemplate';
import { initialBounds, MIN_SIZE, parseWindowState } from '../../electron/main/windowState';

const noop = () => undefined;

describe('the application menu', () => {
  it('is Vietnamese, in the order Tệp, Sửa, Xem, Cửa sổ, Trợ giúp, and has no reload or developer tools', () => {
    const template = menuTemplate({ showAbout: noop, openDataFolder: noop }, 'win32');
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    const roles = rolesOf(template);
    for (const role of FORBIDDEN_ROLES) expect(roles).not.toContain(role);
    expect(roles).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'minimize', 'close']));
    const labels = template.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu.map((sub) => sub.label ?? '') : []));
    // Every item that is not a separator has a Vietnamese label (no Electron default English).
    expect(labels.filter(Boolean).every((label) => /[ạ-ỹàáâãèéêìíòóôõùúýăđ]/i.test(label) || label.includes('Ward Conduct'))).toBe(true);
  });
});

describe('the window on a 1366×768 screen at 125 %', () => {
  const office = [{ x: 0, y: 0, width: 1093, height: 582 }];

  it('has a minimum size that fits the maximised work area', () => {
    expect(MIN_SIZE.width).toBeLessThanOrEqual(1093);
    expect(MIN_SIZE.height).toBeLessThanOrEqual(574);
  });

  it('opens centred within the work area the first time, never larger than the screen', () => {
    const bounds = initialBounds(null, office);
    expect(bounds.width).toBeLessThanOrEqual(1093);
    expect(bounds.height).toBeLessThanOrEqual(582);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.y).toBeGreaterThanOrEqual(0);
  });

  it('reopens where it was, and comes back on screen when that monitor is gone', () => {
    const twoScreens = [{ x: 0, y: 0, width: 1920, height: 1040 }, { x: 1920, y: 0, width: 1280, height: 984 }];
    const saved = { bounds: { x: 2000, y: 50, width: 1100, height: 800 }, isMaximized: false };
    expect(initialBounds(saved, twoScreens)).toEqual(saved.bounds);
    const back = initialBounds(saved, [twoScreens[0]!]);
    expect(back.x + back.width).toBeLessThanOrEqual(1920);
    expect(back.width).toBe(1280);
  });

  it('shrinks a remembered big window to the small screen', () => {
    const saved = { bounds: { x: 10, y: 10, width: 1800, height: 1000 }, isMaximized: true };
    expect(initialBounds(saved, office)).toEqual({ x: 0, y: 0, width: 1093, height: 582 });
  });

  it('reads a saved state and ignores a damaged one', () => {
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":1200,"height":700},"isMaximized":true}')).toEqual({ bounds: { x: 1, y: 2, width: 1200, height: 700 }, isMaximized: true });
    expect(parseWindowState('{"bounds":{"x":"a"}}')).toBeNull();
    expect(parseWindowState('not json')).toBeNull();
    expect(parseWindowState(null)).toBeNull();
  });
});

describe('saving a file from the page', () => {
  it('asks where to save in Vietnamese, in Documents, offering the file type', () => {
    const choice = saveDialogFor('danh-sach-can-bo.xlsx', path.join('C:', 'Users', 'an', 'Documents'));
    expect(choice.title).toBe('Lưu tệp');
    expect(choice.defaultPath).toBe(path.join('C:', 'Users', 'an', 'Documents', 'danh-sach-can-bo.xlsx'));
    expect(choice.filters[0]).toEqual({ name: 'Bảng tính Excel', extensions: ['xlsx'] });
  });

  it('never lets a suggested name climb out of the folder or carry forbidden characters', () => {
    expect(safeFileName('../../Windows/system32/a:b?.pdf')).toBe('a-b-.pdf');
    expect(safeFileName('...')).toBe('tep-ward-conduct');
  });
});

describe('closing with unsaved input', () => {
  it('offers to stay (the default) or to close without saving', () => {
    expect(CLOSE_QUESTION.buttons[CLOSE_QUESTION.defaultId]).toBe('Ở lại để lưu');
    expect(isClosingAnyway(CLOSE_QUESTION.defaultId)).toBe(false);
    expect(isClosingAnyway(CLOSE_QUESTION.buttons.indexOf('Đóng, không lưu'))).toBe(true);
  });

  it('uses the installer appId as the Windows AppUserModelID', () => {
    const config = parse(readFileSync('electron-builder.yml', 'utf8')) as { appId: string };
    expect(APP_USER_MODEL_ID).toBe(config.appId);
  });
});
