import type { BarisBench } from '../jenis';
import { agenda } from './agenda';
import { dasbor } from './dasbor';
import { ekspor } from './ekspor';
import { memori } from './memori';
import { mulai } from './mulai';
import { pencarian } from './pencarian';
import { penomoran } from './penomoran';

/** Every line of `npm run bench`, in order. A module adds its own file here; memory stays last (it reads the peak). */
export const BARIS: BarisBench[] = [penomoran, pencarian, agenda, dasbor, ekspor, mulai, memori];
