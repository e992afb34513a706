import { median, p95 } from './statistik';
import type { Core } from '../db/app';

/** What every benchmark line gets from the runner. */
export interface KonteksBench {
  skala: number;
  cepat: boolean;
  /** How many timed rounds a line should run (fewer with --quick). */
  putaran: number;
  appRoot: string;
  /** The last day of the generated period: "today" for the dashboard and the numbering. */
  sampai: string;
  /** Letter counts of the generated data (from the generator's summary). */
  ringkasan: Record<string, unknown>;
  /** A read-mostly core on this run's working copy, shared by the read lines. */
  core: Core;
  /** A fresh data folder holding a private copy of the cached database, for lines that write. */
  salinan(nama: string): string;
  /** A folder for files a line writes (exports). */
  folderKerja(nama: string): string;
  catat(pesan: string): void;
}

export type Satuan = 'ms' | 'nomor/dtk' | 'MB';

export interface HasilBaris {
  id: string;
  judul: string;
  satuan: Satuan;
  /** Median and p95 of the samples (for throughput lines: of the runs). */
  median: number | null;
  p95: number | null;
  sampel: number;
  /** The same work done the raw way on the same file in the same run. */
  baseline?: { judul: string; median: number; p95: number } | null;
  /** Our value over the baseline's, in the direction the budget states (time: ours/raw; throughput: ours/raw). */
  rasio?: number | null;
  anggaran: string;
  /** null: skipped (the feature is not there yet). */
  lulus: boolean | null;
  /** A correctness failure (duplicates, wrong counts): fails the run even with --quick, where times are not judged. */
  galat?: string;
  catatan?: string;
}

export interface BarisBench {
  id: string;
  judul: string;
  jalankan(k: KonteksBench): Promise<HasilBaris[]>;
}

export function dilewati(id: string, judul: string, satuan: Satuan, anggaran: string, alasan: string): HasilBaris {
  return { id, judul, satuan, median: null, p95: null, sampel: 0, anggaran, lulus: null, catatan: alasan };
}

/** A line judged on the p95 of its timings against a budget in milliseconds. */
export function barisWaktu(id: string, judul: string, sampel: number[], batasMs: number, catatan?: string): HasilBaris {
  return {
    id,
    judul,
    satuan: 'ms',
    median: median(sampel),
    p95: p95(sampel),
    sampel: sampel.length,
    anggaran: batasMs >= 1000 ? `≤ ${batasMs / 1000} dtk` : `p95 ≤ ${batasMs} ms`,
    lulus: p95(sampel) <= batasMs,
    catatan,
  };
}
