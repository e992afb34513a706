import { z } from 'zod';
import { method } from './contract';

export interface InfoSistem {
  versi: string;
  dataDir: string;
  /** Default folder for exported reports: <data>/ekspor. */
  folderEkspor: string;
  hariIni: string;
  migrasi: string[];
}

export const sistemApi = {
  'sistem.info': method<InfoSistem>()({ input: z.strictObject({}), ringkasan: 'Versi aplikasi, folder data, dan folder ekspor bawaan.' }),
};
