// Repository-relative paths of the documents the rules and the documented statuses quote.
export const SEED = {
  ntcloseWinternl: 'seeds/000_255dac23c9aa068f.txt',
  ntclose: 'seeds/001_e837603edf00260b.txt',
  closeHandle: 'seeds/002_f39b2262c262606d.txt',
  fltClose: 'seeds/003_686e935d880c2e7e.txt',
  zwClose: 'seeds/004_45318a9a4b4bf2a3.txt',
} as const;

export const companion = (path: string): string => `seeds/companions/${path}`;
