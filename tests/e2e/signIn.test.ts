/**
 * Issue 16 on screen: a ward whose data folder has users. The clerk signs in (a wrong PIN first),
 * switches to the administrator without restarting, who finds Người dùng in Cài đặt; then the app
 * locks itself after the idle time and asks for the PIN again.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/dispatch';
import { Session } from '../../electron/services/session';
import { signIn } from './support/signIn';
import { useWardHarness } from './support/wardHarness';

async function addUsers(folder: string): Promise<void> {
  const session = new Session(folder, { app: 'E2E setup', now: () => new Date() });
  await session.open();
  const handlers = createHandlers(session);
  for (const [name, input] of [
    ['createUser', { name: 'Phạm Quản Trị', role: 'quan-tri', pin: '2468' }],
    ['createUser', { name: 'Lê Thị Hường', role: 'van-phong', pin: '1357' }],
    ['updateSecuritySettings', { lockAfterMinutes: 2 }],
  ] as const) {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw new Error(result.error.message);
  }
  await session.close();
}

describe('signing in, switching user and locking after idle', () => {
  const openWard = useWardHarness('sign-in', { seed: addUsers, harness: { isOpeningPage: false } });

  it('asks who is working, refuses a wrong PIN, switches user without restarting and locks after the idle time', async () => {
    const { harness } = await openWard();
    const { page } = harness;
    await page.clock.install();
    await page.goto(harness.openUrl);

    await page.getByTestId('sign-in').waitFor();
    await harness.screenshot('sign-in-01-screen');
    await signIn(page, 'Lê Thị Hường', '0000');
    await page.getByText('Tên người dùng hoặc mã PIN không đúng.').waitFor();
    expect(harness.session.user).toBeNull();
    await signIn(page, 'Lê Thị Hường', '1357');
    const bar = page.getByTestId('account-bar');
    await bar.getByText('Văn phòng').waitFor();
    expect(harness.session.user?.name).toBe('Lê Thị Hường');
    await harness.screenshot('sign-in-02-clerk');
    // The clerk is not the administrator: Cài đặt has no Người dùng panel.
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await page.getByTestId('settings').waitFor();
    expect(await page.getByTestId('users-panel').count()).toBe(0);

    await bar.getByRole('button', { name: 'Đổi người dùng' }).click();
    await page.getByTestId('sign-in-reason').getByText('Chọn người dùng để tiếp tục.').waitFor();
    expect(harness.session.user).toBeNull();
    await signIn(page, 'Phạm Quản Trị', '2468');
    await page.getByTestId('account-bar').getByText('Quản trị', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    const panel = page.getByTestId('users-panel');
    await panel.getByRole('cell', { name: 'Lê Thị Hường' }).waitFor();
    await harness.screenshot('sign-in-03-admin-users');

    // Two minutes without input: the app locks and the service forgets who was signed in.
    await page.clock.fastForward('02:05');
    await page.getByTestId('sign-in-reason').getByText('Đã khóa vì không sử dụng 2 phút. Hãy đăng nhập lại.').waitFor();
    expect(harness.session.user).toBeNull();
    await harness.screenshot('sign-in-04-locked');
    expect(harness.pageErrors).toEqual([]);
  });
});
