/** A hook: call the api and show a failed Result's Vietnamese message to the person. */
import { useCallback } from 'react';
import { App } from 'antd';
import type { Api } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { callApi } from './api';

export type ApiCall = <T>(run: (api: Api) => Promise<Result<T>>) => Promise<Result<T>>;

export function useApiCall(): ApiCall {
  const { message } = App.useApp();
  return useCallback<ApiCall>(
    async (run) => {
      const result = await callApi(run);
      if (!result.ok) void message.error({ content: result.error.message, duration: 8 });
      return result;
    },
    [message],
  );
}
