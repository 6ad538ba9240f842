/** Who is working, with "Khóa" (lock now) and "Đổi người dùng" (switch without restarting). */
import { Button, Flex, Typography } from 'antd';
import type { SignedInUser } from '../../../shared/api/accessContract';

interface Props {
  user: SignedInUser;
  onLock: () => void;
  onSwitch: () => void;
}

export function AccountBar({ user, onLock, onSwitch }: Props) {
  return (
    <Flex vertical gap={2} style={{ marginTop: 8 }} data-testid="account-bar">
      <Typography.Text strong ellipsis>{user.name}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{user.roleLabel}</Typography.Text>
      <Flex gap={4} wrap>
        <Button size="small" onClick={onLock}>Khóa</Button>
        <Button size="small" onClick={onSwitch}>Đổi người dùng</Button>
      </Flex>
    </Flex>
  );
}
