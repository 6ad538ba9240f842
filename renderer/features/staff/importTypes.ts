/** What the import wizard carries from step to step. */
import type { ImportPlan } from '../../../shared/api/rosterTypes';

export interface ImportFile {
  fileName: string;
  dataBase64: string;
}

/** A person's reading of the sheet: the header row and which column holds which field. */
export interface ImportReading {
  headerRow?: number;
  columns?: Record<string, number>;
}

export interface ImportDraft {
  file: ImportFile;
  reading: ImportReading;
  plan: ImportPlan;
}
