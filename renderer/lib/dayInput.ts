/**
 * How a day may be typed into a date picker: shown dd/mm/yyyy, and read back from the ways a clerk
 * types it — "05/03/2026", "5/3/2026", "5-3-2026", "5.3.2026", "05032026" or "5/3/26".
 */
export const VI_DAY_FORMATS: string[] = ['DD/MM/YYYY', 'D/M/YYYY', 'D-M-YYYY', 'D.M.YYYY', 'DDMMYYYY', 'D/M/YY'];

/** A month: shown mm/yyyy, typed "3/2026" or "032026" too. */
export const VI_MONTH_FORMATS: string[] = ['MM/YYYY', 'M/YYYY', 'M-YYYY', 'MMYYYY'];
