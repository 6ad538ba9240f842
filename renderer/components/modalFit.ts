/**
 * Props that keep a dialog inside a small window (1093×574 CSS px at 1366×768 and 125 %): near the top,
 * its body scrolling inside, so the title and the OK / Cancel buttons stay on screen.
 */
import type { ModalProps } from 'antd';

export const FIT_MODAL = {
  style: { top: 12, paddingBottom: 0, maxWidth: 'calc(100vw - 24px)' },
  styles: { body: { maxHeight: 'calc(100vh - 150px)', overflowY: 'auto', overflowX: 'hidden', paddingRight: 4 } },
} satisfies Pick<ModalProps, 'style' | 'styles'>;
