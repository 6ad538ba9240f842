/** A hook: "In…" hands the PDF to the computer's PDF viewer (openForPrinting) and says what to choose there. */
import { useCallback, useState } from 'react';
import { App } from 'antd';
import { readFileBase64 } from './download';
import { useApiCall } from './useApiCall';
import { isWebDoor, openPdfInNewTab } from './webDoor';

export const PRINT_HINT = 'Đã mở tệp trong trình xem PDF — chọn In (Ctrl+P), khổ giấy và tỉ lệ 100 %.';
/** Posters and tiles must come out at their real size: the viewer's "fit" option would shrink them. */
export const POSTER_PRINT_HINT = "Đã mở tệp trong trình xem PDF — chọn In (Ctrl+P), khổ giấy và tỉ lệ 100 %, không chọn 'Vừa trang'.";
/** In a browser (ward-conduct serve) the PDF opens in a new tab of the browser itself: same advice, other place. */
export function webPrintHint(hint: string): string {
  return hint.replace('trong trình xem PDF', 'trong thẻ mới của trình duyệt');
}

export interface PrintablePdf {
  blob: Blob;
  fileName: string;
}

export function usePdfPrint(hint: string = PRINT_HINT): { print: (pdf: PrintablePdf) => Promise<boolean>; isPrinting: boolean } {
  const call = useApiCall();
  const { message } = App.useApp();
  const [isPrinting, setPrinting] = useState(false);
  const print = useCallback(
    async ({ blob, fileName }: PrintablePdf) => {
      setPrinting(true);
      const dataBase64 = await readFileBase64(blob);
      const result = await call((api) => api.openForPrinting({ fileName, dataBase64 }));
      setPrinting(false);
      if (result.ok && isWebDoor()) openPdfInNewTab(blob);
      if (result.ok) void message.success({ content: isWebDoor() ? webPrintHint(hint) : hint, duration: 12 });
      return result.ok;
    },
    [call, message, hint],
  );
  return { print, isPrinting };
}
