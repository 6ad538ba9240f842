/** Where things live inside a data folder. */
import path from 'node:path';

export interface DataPaths {
  root: string;
  db: string;
  backups: string;
  evidence: string;
  snapshots: string;
}

export function dataPaths(root: string): DataPaths {
  return {
    root,
    db: path.join(root, 'db'),
    backups: path.join(root, 'backups'),
    evidence: path.join(root, 'evidence'),
    snapshots: path.join(root, 'snapshots'),
  };
}

/** Chooses the data folder: --data, then WARD_CONDUCT_DATA, then the app's own folder. */
export function resolveDataFolder(explicit: string | undefined, env: NodeJS.ProcessEnv, appDefault: string): string {
  if (explicit && explicit.trim()) return path.resolve(explicit);
  const fromEnv = env.WARD_CONDUCT_DATA;
  if (fromEnv && fromEnv.trim()) return path.resolve(fromEnv);
  return appDefault;
}

/** The app's own data folder, the same one Electron's app.getPath('userData') gives on each OS. */
export function defaultDataFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  const appName = 'Ward Conduct';
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appName, 'data');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', appName, 'data');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appName, 'data');
}
