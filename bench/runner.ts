import { mkdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Core } from '../db/app';
import { chromiumPdfRenderer } from '../db/core/pdf-chromium';
import { SAMPAI_BENCH, salinData, siapkanData } from './data';
import type { HasilBaris, KonteksBench } from './jenis';
import { tabelMarkdown, tulisJson } from './laporan';
import { BARIS } from './lines';

export interface OpsiBench {
  appRoot: string;
  skala: number;
  cepat: boolean;
  hanya: string[] | null;
}

const status = (h: HasilBaris) => (h.galat ? 'GALAT' : h.lulus === null ? 'SKIP' : h.lulus ? 'PASS' : 'FAIL');

/**
 * Builds (or reuses) the data, gives every line a context, and collects their results into one
 * table. Returns the process exit code: correctness errors always fail; time budgets fail only
 * a full run (--quick runs on a small scale, where times mean little).
 */
export async function jalankanBench(opsi: OpsiBench): Promise<number> {
  const mulai = performance.now();
  const catat = (p: string) => process.stderr.write(`${p}\n`);
  const data = await siapkanData(opsi.appRoot, opsi.skala, catat);
  const kerja = join(opsi.appRoot, '.cache', 'bench', 'run');
  rmSync(kerja, { recursive: true, force: true });
  mkdirSync(kerja, { recursive: true });

  const core = Core.open({ dataDir: salinData(data, join(kerja, 'baca')), appRoot: opsi.appRoot, pdf: chromiumPdfRenderer() });
  const k: KonteksBench = {
    skala: opsi.skala,
    cepat: opsi.cepat,
    putaran: opsi.cepat ? 3 : 10,
    appRoot: opsi.appRoot,
    sampai: SAMPAI_BENCH,
    ringkasan: data.ringkasan,
    core,
    salinan: (nama) => salinData(data, join(kerja, nama)),
    folderKerja: (nama) => {
      const dir = join(kerja, nama);
      mkdirSync(dir, { recursive: true });
      return dir;
    },
    catat,
  };

  const hasil: HasilBaris[] = [];
  try {
    for (const baris of BARIS) {
      if (opsi.hanya && !opsi.hanya.includes(baris.id)) continue;
      catat(`▶ ${baris.judul}`);
      const t = performance.now();
      try {
        const h = await baris.jalankan(k);
        hasil.push(...h);
        for (const x of h) catat(`  ${status(x)} ${x.judul}${x.galat ? `: ${x.galat}` : ''}`);
      } catch (err) {
        const pesan = err instanceof Error ? err.message : String(err);
        catat(`  GALAT ${baris.judul}: ${pesan}`);
        hasil.push({ id: baris.id, judul: baris.judul, satuan: 'ms', median: null, p95: null, sampel: 0, anggaran: '—', lulus: false, galat: pesan });
      }
      catat(`  (${((performance.now() - t) / 1000).toFixed(1)} dtk)`);
    }
  } finally {
    await core.close();
  }

  const durasi = (performance.now() - mulai) / 1000;
  const mesin = { cpu: cpus()[0]?.model ?? '?', inti: cpus().length, memoriGB: Math.round(totalmem() / 2 ** 30), platform: process.platform, node: process.version };
  process.stdout.write(`\n## Sekretariat bench — skala ${opsi.skala}${opsi.cepat ? ' (cepat)' : ''}\n\n`);
  process.stdout.write(`${mesin.inti} inti, ${mesin.memoriGB} GB, ${mesin.cpu}; data: ${data.ringkasan.suratMasuk} surat masuk, ${data.ringkasan.suratKeluar} surat keluar; ${durasi.toFixed(0)} dtk\n\n`);
  process.stdout.write(`${tabelMarkdown(hasil)}\n`);
  tulisJson(join(opsi.appRoot, 'bench', 'results', 'latest.json'), {
    waktu: new Date().toISOString(),
    skala: opsi.skala,
    cepat: opsi.cepat,
    mesin,
    data: data.ringkasan,
    durasiDetik: Math.round(durasi),
    hasil,
  });
  rmSync(kerja, { recursive: true, force: true });

  if (hasil.some((h) => h.galat)) return 1;
  if (!opsi.cepat && hasil.some((h) => h.lulus === false)) return 1;
  return 0;
}
