import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint keeps the layers apart', () => {
  it('refuses Node, Electron and React in the project shared/ folder', async () => {
    expect(await boundaryErrors('shared/domain/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await boundaryErrors('shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await boundaryErrors('shared/domain/x.ts', "import React from 'react';\nexport const a = React;\n")).toHaveLength(1);
    expect(await boundaryErrors('shared/domain/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).toHaveLength(0);
  });

  it('refuses electron/ code in the renderer', async () => {
    expect(await boundaryErrors('renderer/app/x.ts', "import { Store } from '../../electron/store/dataStore';\nexport const a = Store;\n")).toHaveLength(1);
    expect(await boundaryErrors('renderer/app/x.ts', "import { ok } from '../../shared/api/result';\nexport const a = ok;\n")).toHaveLength(0);
  });

  it("refuses 'electron' in services, the store and the CLI", async () => {
    expect(await boundaryErrors('electron/services/x.ts', "import { dialog } from 'electron';\nexport const a = dialog;\n")).toHaveLength(1);
    expect(await boundaryErrors('electron/store/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await boundaryErrors('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(0);
  });
});
