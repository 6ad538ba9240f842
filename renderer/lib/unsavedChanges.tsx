/**
 * Unsaved work the app must not drop silently: a screen registers what it holds ("12 ô điểm chưa lưu"),
 * and whatever would leave it (the navigation, a period change, closing a form) asks first.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { App } from 'antd';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

class UnsavedRegistry {
  private readonly entries = new Map<symbol, string>();
  set(id: symbol, description: string): void {
    this.entries.set(id, description);
  }
  delete(id: symbol): void {
    this.entries.delete(id);
  }
  descriptions(): string[] {
    return [...this.entries.values()];
  }
}

const RegistryContext = createContext<UnsavedRegistry | null>(null);

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new UnsavedRegistry());
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/**
 * Registers unsaved work while `description` is not null (e.g. "3 ô điểm chưa lưu"); closing the window
 * (or reloading the browser page) is held back meanwhile and asks first.
 */
export function useUnsavedChanges(description: string | null): void {
  const registry = useContext(RegistryContext);
  useUnsavedChangesGuard(description !== null && description !== '');
  useEffect(() => {
    if (!registry || !description) return undefined;
    const id = Symbol('unsaved');
    registry.set(id, description);
    return () => registry.delete(id);
  }, [registry, description]);
}

export interface DiscardQuestion {
  title: string;
  /** What is lost, in words; the registered descriptions when absent. */
  content?: string;
  okText?: string;
}

/**
 * Returns ask(proceed, question, isDirty?): runs proceed at once when nothing is unsaved, otherwise
 * after the person confirms dropping the changes. `isDirty` overrides the registry (for one form).
 */
export function useConfirmDiscard(): (proceed: () => void, question?: DiscardQuestion, isDirty?: boolean) => void {
  const registry = useContext(RegistryContext);
  const { modal } = App.useApp();
  return useCallback(
    (proceed, question, isDirty) => {
      const pending = registry?.descriptions() ?? [];
      const dirty = isDirty ?? pending.length > 0;
      if (!dirty) return proceed();
      modal.confirm({
        title: question?.title ?? 'Bỏ các thay đổi chưa lưu?',
        content: question?.content ?? `Còn ${pending.join('; ')}. Nếu tiếp tục, các thay đổi này sẽ mất.`,
        okText: question?.okText ?? 'Bỏ thay đổi',
        okButtonProps: { danger: true, 'data-testid': 'discard-confirm' },
        cancelText: 'Ở lại',
        autoFocusButton: 'cancel',
        onOk: proceed,
      });
    },
    [registry, modal],
  );
}
