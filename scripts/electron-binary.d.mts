export declare const DEFAULT_MIRROR: string;
export declare function electronDir(root: string): string;
export declare function isBinaryInstalled(dir: string): boolean;
export declare function mirrorHost(env: Record<string, string | undefined>): { host: string; port: number } | null;
export declare function installDecision(env: Record<string, string | undefined>, installed: boolean): 'skip' | 'present' | 'fetch';
export declare function canReach(target: { host: string; port: number } | null, timeoutMs?: number): Promise<boolean>;
