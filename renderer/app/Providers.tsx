/** Ant Design in Vietnamese (vi_VN, dayjs 'vi') and the App context that gives message/modal/notification. */
import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { APP_THEME } from './theme';

dayjs.locale('vi');


export function Providers({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={viVN} theme={APP_THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
