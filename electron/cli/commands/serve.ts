/**
 * serve: the app in the computer's own browser, on 127.0.0.1 only, over the same services and data as the
 * app and the CLI. The store stays locked by this command while it serves; Ctrl+C stops it.
 */
import { rendererDir } from '../../resources/resourcesDir';
import { startWebServer } from '../../web/webServer';
import { newCallClock } from '../../services/callClock';
import { warmReportPath } from '../../services/reports/reportWarmup';
import { openBrowser } from '../openBrowser';
import { EXIT, UsageError, type CommandContext } from '../io';
import { withSession } from '../session';
import type { CommandSpec } from './spec';

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Cổng không hợp lệ: ${value} (một số từ 1 đến 65535, hoặc 0 để tự chọn).`);
  return port;
}

/** Resolves on Ctrl+C or a stop signal from the system. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function announce(ctx: CommandContext, openUrl: string, url: string, isOpening: boolean): Promise<void> {
  const opened = isOpening && (await openBrowser(openUrl));
  if (ctx.isJson) {
    ctx.io.out(JSON.stringify({ ok: true, data: { url, openUrl, dataFolder: ctx.dataFolder } }));
    return;
  }
  ctx.io.out(`Ward Conduct đang chạy cho trình duyệt của máy này, dữ liệu tại ${ctx.dataFolder}.`);
  // The address carries the run's token in its fragment: it is shown to the person here, on their own
  // terminal, and never reaches the server's requests or any log.
  ctx.io.out(opened ? `Đã mở trình duyệt. Nếu trình duyệt chưa hiện Ward Conduct, hãy mở địa chỉ: ${openUrl}` : `Mở địa chỉ này trong trình duyệt (Chrome, Edge, Firefox): ${openUrl}`);
  ctx.io.out('Nhấn Ctrl+C để dừng. Chỉ máy này mở được địa chỉ trên.');
}

export const serveCommand: CommandSpec = {
  name: 'serve',
  usage: 'serve [--port <cổng>] [--no-open]',
  summary: 'Mở Ward Conduct trong trình duyệt của máy này (chỉ địa chỉ 127.0.0.1), trên cùng dữ liệu với ứng dụng.',
  options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
  positionals: 0,
  run: async (ctx, values: { port?: string; 'no-open'?: boolean }) => {
    const port = parsePort(values.port);
    const root = rendererDir();
    if (!root) {
      ctx.io.err('Lỗi: chưa dựng giao diện của chương trình (không thấy out/renderer). Hãy chạy "npm run build" rồi thử lại.');
      return EXIT.unavailable;
    }
    // Printing in a browser: the page opens the PDF in a new tab itself, so nothing is opened here.
    return withSession(
      ctx,
      async (session) => {
        const callClock = newCallClock();
        const server = await startWebServer({ session, rendererRoot: root, port, callClock }).catch((error: NodeJS.ErrnoException) => {
          ctx.io.err(error.code === 'EADDRINUSE' ? `Lỗi: cổng ${port} đang được chương trình khác dùng. Hãy chọn cổng khác (--port) hoặc bỏ --port.` : `Lỗi: không mở được cổng ${port} (${error.code ?? error.message}).`);
          return null;
        });
        if (!server) return EXIT.unavailable;
        await announce(ctx, server.openUrl, server.url, !values['no-open']);
        // The first report the clerk makes is warm: the report path is prepared while the page is idle.
        const warmup = warmReportPath(session, { lastCallAt: callClock.lastCallAt });
        await untilStopped();
        warmup?.stop();
        await server.close();
        if (!ctx.isJson) ctx.io.out('Đã dừng Ward Conduct.');
        return EXIT.done;
      },
      { openPath: async () => '' },
    );
  },
};
