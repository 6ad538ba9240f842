/** The poster part of the handlers: each method calls one service function. */
import type { Handlers } from '../../shared/api/contract';
import { defaultFontsDir } from '../documents/pdf/pdfmake';
import { defaultRulesDir } from './ruleSources';
import { defaultSystemFontDirs, listPosterFonts, makePoster, planPoster, type PosterDeps } from './posterService';
import type { Session } from './session';

type PosterHandlerNames = 'listPosterFonts' | 'planPoster' | 'makePoster';

export function createPosterHandlers(session: Session, overrides: Partial<Omit<PosterDeps, 'session'>> = {}): Pick<Handlers, PosterHandlerNames> {
  const deps: PosterDeps = { session, rulesDir: defaultRulesDir(), fontsDir: defaultFontsDir(), systemFontDirs: defaultSystemFontDirs(), ...overrides };
  return {
    listPosterFonts: async () => ({ fonts: listPosterFonts(deps) }),
    planPoster: async (request) => planPoster(deps, request),
    makePoster: async (request) => {
      const { bytes, ...file } = await makePoster(deps, request);
      return { ...file, dataBase64: Buffer.from(bytes).toString('base64') };
    },
  };
}
