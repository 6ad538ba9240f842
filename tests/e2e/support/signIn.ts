/** The sign-in screen as a clerk uses it: pick the name, type the PIN, press Đăng nhập. */
import type { Page } from 'playwright-core';

export async function signIn(page: Page, name: string, pin: string): Promise<void> {
  const screen = page.getByTestId('sign-in');
  await screen.getByLabel('Người dùng').click();
  await page.locator('.ant-select-item-option', { hasText: name }).click();
  await screen.getByLabel('Mã PIN').fill(pin);
  await screen.getByRole('button', { name: 'Đăng nhập' }).click();
}
