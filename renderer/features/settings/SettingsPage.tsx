/** Cài đặt: the ward profile, the data folder, and backups with restore. */
import { useCallback, useEffect, useState } from 'react';
import { Card, Flex, Skeleton, Typography } from 'antd';
import type { ProfileView } from '../../../shared/api/types';
import { PageTitle } from '../../components/PageTitle';
import { useApiCall } from '../../lib/useApiCall';
import { BackupsPanel } from './BackupsPanel';
import { ProfileForm } from './ProfileForm';
import { UsersPanel } from './UsersPanel';

export function SettingsPage() {
  const call = useApiCall();
  const [profile, setProfile] = useState<ProfileView | null>(null);
  const [version, setVersion] = useState(0);
  const [backupsVersion, setBackupsVersion] = useState(0);

  const loadProfile = useCallback(async () => {
    const result = await call((api) => api.getProfile());
    if (result.ok) {
      setProfile(result.data);
      setVersion((v) => v + 1);
    }
  }, [call]);

  // Saving may have taken the day's automatic backup: show it in the list.
  function onProfileSaved(saved: ProfileView) {
    setProfile(saved);
    setBackupsVersion((v) => v + 1);
  }

  useEffect(() => {
    void loadProfile();
  }, [loadProfile]);

  return (
    <Flex vertical gap={24} data-testid="settings">
      <PageTitle>Cài đặt</PageTitle>
      <Card title="Thông tin phường/xã">
        {profile ? <ProfileForm key={version} profile={profile} onSaved={onProfileSaved} /> : <Skeleton active />}
      </Card>
      <Card title="Thư mục dữ liệu">
        <Typography.Text code copyable data-testid="data-folder">
          {profile?.dataFolder ?? ''}
        </Typography.Text>
      </Card>
      <BackupsPanel key={backupsVersion} onRestored={() => void loadProfile()} />
      <UsersPanel />
    </Flex>
  );
}
