import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { HasilBaris } from './jenis';

const angka = (n: number | null | undefined, satuan?: string) => {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  const s = n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
  return satuan ? `${s} ${satuan}` : s;
};

const status = (h: HasilBaris) => (h.galat ? `FAIL (galat: ${h.galat})` : h.lulus === null ? 'SKIP (belum tersedia)' : h.lulus ? 'PASS' : 'FAIL');

export function tabelMarkdown(hasil: HasilBaris[]): string {
  const baris = [
    '| Baris | Median | p95 | Baseline (median / p95) | Rasio | Anggaran | Hasil |',
    '|---|---:|---:|---:|---:|---|---|',
    ...hasil.map((h) => {
      const base = h.baseline ? `${angka(h.baseline.median)} / ${angka(h.baseline.p95)} ${h.satuan} (${h.baseline.judul})` : '—';
      const rasio = h.rasio === null || h.rasio === undefined ? '—' : `${h.rasio.toFixed(2)}×`;
      const catatan = h.catatan ? ` — ${h.catatan}` : '';
      return `| ${h.judul} | ${angka(h.median, h.satuan)} | ${angka(h.p95, h.satuan)} | ${base} | ${rasio} | ${h.anggaran} | ${status(h)}${catatan} |`;
    }),
  ];
  return baris.join('\n');
}

export function tulisJson(file: string, isi: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(isi, null, 2)}\n`);
}
