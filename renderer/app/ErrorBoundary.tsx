/** Catches a rendering error so the person sees a way out instead of a blank window. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title="Màn hình này gặp lỗi khi hiển thị"
        subTitle="Dữ liệu của bạn không bị thay đổi. Hãy thử mở lại màn hình."
        extra={
          <Button type="primary" onClick={() => this.setState({ error: null })}>
            Mở lại
          </Button>
        }
      />
    );
  }
}
