/** Cài đặt: the ward profile, the data folder, and backups with restore (from the list or from a chosen file). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Flex, Skeleton, Typography } from 'antd';
import type { ProfileView } from '../../../shared/api/types';
import { LoadError } from '../../components/LoadError';
import { PageTitle } from '../../components/PageTitle';
import { apiQuery, queryKeys } from '../../lib/queryClient';
import { BackupsPanel } from './BackupsPanel';
import { ProfileForm } from './ProfileForm';
import { UsersPanel } from './UsersPanel';
import { AccessLogPanel } from './AccessLogPanel';
import { RetentionPanel } from './RetentionPanel';
import { EncryptionPanel } from './EncryptionPanel';
import { useIsAdmin, useIsSignedInAdmin } from '../access/useIsAdmin';

export function SettingsPage() {
  const queryClient = useQueryClient();
  const isAdmin = useIsAdmin();
  const isSignedInAdmin = useIsSignedInAdmin();
  const profile = useQuery({ queryKey: queryKeys.profile, queryFn: () => apiQuery((api) => api.getProfile()) });

  // Saving may have taken the day's automatic backup: show it in the list.
  function onProfileSaved(saved: ProfileView) {
    queryClient.setQueryData(queryKeys.profile, saved);
    void queryClient.invalidateQueries({ queryKey: queryKeys.backups });
  }

  // A restore replaces every record: everything cached belongs to the old data.
  function onRestored() {
    void queryClient.invalidateQueries();
  }

  return (
    <Flex vertical gap={24} data-testid="settings">
      <PageTitle>Cài đặt</PageTitle>
      <Card title="Thông tin phường/xã">
        {profile.isError && <LoadError what="thông tin phường/xã" error={profile.error} onRetry={() => void profile.refetch()} />}
        {profile.isPending && <Skeleton active />}
        {/* A fresh load (after a restore) shows the loaded values; a save keeps what the form shows. */}
        {profile.data && <ProfileForm key={profile.dataUpdatedAt} profile={profile.data} onSaved={onProfileSaved} />}
      </Card>
      <Card title="Thư mục dữ liệu">
        <Typography.Text code copyable data-testid="data-folder">
          {profile.data?.dataFolder ?? ''}
        </Typography.Text>
      </Card>
      <BackupsPanel onRestored={onRestored} />
      <UsersPanel />
      {isSignedInAdmin && <AccessLogPanel />}
      {isAdmin && <EncryptionPanel />}
      {isAdmin && <RetentionPanel />}
    </Flex>
  );
}
