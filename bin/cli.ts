import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { api } from '../shared/api';
import { AppError, toErrorPayload } from '../shared/errors';
import { Core, type Pemanggil } from '../db/app';
import { resolveDataDir } from '../db/core/paths';
import { chromiumPdfRenderer } from '../db/core/pdf-chromium';
import { verifyAudit } from '../db/core/audit';
import { OPSI_DEMO, perintahDemo } from '../db/demo/perintah';
import { BANTUAN_CADANGAN, folderArgumen, OPSI_CADANGAN } from '../db/cadangan/perintah';
import { pulihkan } from '../db/cadangan/restore';
import { verifikasiCadangan } from '../db/cadangan/verifikasi';
import { APP_ROOT } from './root';

/**
 * Automation entry point. Every command prints one JSON document on stdout; on failure it prints
 * {"error": {code, message}} with an Indonesian message and exits with status 1.
 */

const USAGE = `Pemakaian: npm run cli -- [--data-dir FOLDER] [--as PENGGUNA] PERINTAH
  --as PENGGUNA bertindak sebagai pengguna itu (peran dan hak aksesnya berlaku); tanpa --as: operator lokal
  init                          buat/migrasikan basis data dan muat data referensi
  api list                      daftar semua metode API beserta skema JSON masukannya
  api call METODE 'JSON'        panggil metode API
  audit verify                  periksa rantai hash jejak audit
  demo generate --scale N [--seed S] [--sampai TTTT-BB-HH] [--tambah]
                                isi basis data dengan surat contoh (skala 1 ≈ 200.000 surat masuk, 10 tahun)
${BANTUAN_CADANGAN}`;

function emit(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, as: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...OPSI_DEMO, ...OPSI_CADANGAN },
  });
  const [cmd, sub, ...rest] = positionals;
  if (values.help || !cmd) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (cmd === 'api' && sub === 'list') {
    emit(
      Object.entries(api).map(([method, def]) => ({
        method,
        ringkasan: def.ringkasan,
        menulis: def.write,
        input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
      })),
    );
    return;
  }

  const dataDir = resolveDataDir(values['data-dir']);
  // Without opening the core: restore replaces its file, and a backup must be checkable when the live database is broken.
  if (cmd === 'restore') return emit(await pulihkan(dataDir, folderArgumen(sub, 'restore'), { appRoot: APP_ROOT }));
  if (cmd === 'backup' && sub === 'verify') {
    const v = verifikasiCadangan(folderArgumen(rest[0], 'backup verify'));
    emit(v);
    if (!v.ok) process.exitCode = 1;
    return;
  }
  // Named with --as (or SEKRETARIAT_USER), the CLI acts as that user and the role table applies.
  // Without a name it is the local operator of this data folder, who could open the file anyway.
  const nama = values.as ?? process.env.SEKRETARIAT_USER;
  const pemanggil: Pemanggil = nama ? { username: nama } : `cli:${userInfo().username}`;
  const aktor = typeof pemanggil === 'string' ? pemanggil : pemanggil.username;
  const core = Core.open({ dataDir, appRoot: APP_ROOT, pdf: chromiumPdfRenderer() });
  try {
    if (cmd === 'init') {
      emit({ dataDir, migrasi: core.opened.migration.applied, cadanganPraMigrasi: core.opened.migration.backupPath, referensi: core.muatReferensi(aktor) });
    } else if (cmd === 'api' && sub === 'call') {
      const [method, json] = rest;
      if (!method) throw new AppError('VALIDASI', 'Sebutkan nama metode, misalnya: api call suratMasuk.list \'{}\'');
      let input: unknown = {};
      if (json !== undefined) {
        try {
          input = JSON.parse(json);
        } catch {
          throw new AppError('VALIDASI', 'Masukan bukan JSON yang sah.');
        }
      }
      emit(await core.callUnknown(method, input, pemanggil));
    } else if (cmd === 'demo' && sub === 'generate') {
      emit(perintahDemo(core, values, aktor));
    } else if (cmd === 'backup' && sub === 'create') {
      emit(await core.call('cadangan.create', { ke: values.ke && resolve(values.ke) }, pemanggil));
    } else if (cmd === 'backup' && sub === 'list') {
      emit(await core.call('cadangan.list', {}, pemanggil));
    } else if (cmd === 'audit' && sub === 'verify') {
      const v = verifyAudit(core.sqlite);
      emit(v);
      if (!v.ok) process.exitCode = 1;
    } else {
      throw new AppError('TIDAK_DIKENAL', `Perintah "${[cmd, sub].filter(Boolean).join(' ')}" tidak dikenal.\n${USAGE}`);
    }
  } finally {
    await core.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const payload = err instanceof Error && err.name === 'MigrationError' ? { code: 'INTERNAL', message: err.message } : toErrorPayload(err);
  if (payload.code === 'INTERNAL' && process.env.SEKRETARIAT_DEBUG) console.error(err);
  emit({ error: payload });
  process.exitCode = 1;
});
