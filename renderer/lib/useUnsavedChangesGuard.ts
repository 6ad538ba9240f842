/**
 * While a form or grid holds unsaved input, closing the window (the app: main asks "Có nội dung chưa
 * lưu"; a browser: its own question) or reloading the page is held back.
 */
import { useEffect } from 'react';

export function useUnsavedChangesGuard(isDirty: boolean): void {
  useEffect(() => {
    if (!isDirty) return undefined;
    const hold = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older engines need returnValue set to ask.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [isDirty]);
}
