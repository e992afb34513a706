import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../../shared/api';
import { IZIN } from '../../shared/akses/izin';
import { bukaCoreUji, type CoreUji } from '../helpers/core';

let u: CoreUji;
let jam: Date;
const maju = (menit: number) => (jam = new Date(jam.getTime() + menit * 60_000));

beforeEach(() => {
  jam = new Date('2026-11-20T01:00:00Z');
  u = bukaCoreUji({ now: () => jam });
});
afterEach(() => u.selesai());

const gagal = (p: Promise<unknown>) => p.then(() => null, (e: { code: string; message: string }) => e);

async function siapkan() {
  const admin = await u.core.call('auth.setupAdmin', { username: 'admin', nama: 'Admin Dinas', sandi: 'rahasia-admin-1' }, { token: '' });
  const jab = Object.fromEntries((await u.core.call('jabatan.list', {}, 'uji')).map((j) => [j.singkatan!, j.id]));
  const t = { token: admin.token };
  await u.core.call('pengguna.save', { username: 'rina', nama: 'Rina (agendaris)', peran: ['agendaris'], sandiAwal: 'sandi-awal-rina' }, t);
  await u.core.call('pengguna.save', { username: 'kabid', nama: 'Kabid Linjamsos', peran: ['kepegawaian'], jabatanId: jab['Kabid Linjamsos']!, sandiAwal: 'sandi-awal-kabid' }, t);
  return { admin: t, jab };
}

async function masuk(username: string, sandiAwal: string, sandiBaru = `${sandiAwal}-baru`) {
  const m = await u.core.call('auth.login', { username, sandi: sandiAwal }, { token: '' });
  expect(m.pengguna.harusGantiSandi).toBe(true);
  const t = { token: m.token };
  expect(await gagal(u.core.call('suratMasuk.list', {}, t))).toMatchObject({ message: /Ganti kata sandi/ });
  await u.core.call('auth.gantiSandi', { sandiLama: sandiAwal, sandiBaru }, t);
  return t;
}

describe('users, roles and sessions', () => {
  it('the first admin is created once; nobody else can call anything before signing in', async () => {
    expect(await u.core.call('auth.status', {}, { token: '' })).toEqual({ perluSetup: true, pengguna: null });
    await siapkan();
    expect(await gagal(u.core.call('auth.setupAdmin', { username: 'lagi', nama: 'X', sandi: '12345678x' }, { token: '' }))).toMatchObject({ message: /sudah dibuat/ });
    expect(await gagal(u.core.call('suratMasuk.list', {}, { token: 'palsu' }))).toMatchObject({ code: 'SESI' });
    expect(await gagal(u.core.call('instansi.get', {}, { token: '' }))).toMatchObject({ code: 'SESI' });
  });

  it('enforces roles in the core for every call, whatever the UI shows', async () => {
    const { jab } = await siapkan();
    const rina = await masuk('rina', 'sandi-awal-rina');
    const kabid = await masuk('kabid', 'sandi-awal-kabid');
    const surat = { tanggalTerima: '2026-11-20', asal: 'BKPSDM', nomorSurat: '800/1', tanggalSurat: '2026-11-19', perihal: 'Usulan KP' };
    const s = await u.core.call('suratMasuk.create', surat, rina);
    expect(await gagal(u.core.call('suratMasuk.create', surat, kabid))).toMatchObject({ code: 'DITOLAK', message: /tidak berwenang/ });
    expect(await gagal(u.core.call('pengguna.list', {}, rina))).toMatchObject({ code: 'DITOLAK' });
    expect(await gagal(u.core.call('suratMasuk.create', surat, { username: 'kabid' }))).toMatchObject({ code: 'DITOLAK' });
    expect(await gagal(u.core.call('suratMasuk.list', {}, { username: 'tidakada' }))).toMatchObject({ message: /tidak dikenal/ });

    // The agendaris records the Kepala's disposisi from the paper; the Kabid follows up only his own branch.
    const d = await u.core.call(
      'disposisi.create',
      { suratMasukId: s.id, dariJabatanId: jab.Kadis!, tanggal: '2026-11-20', penerima: [{ jabatanId: jab.Sekdis!, utama: true }, { jabatanId: jab['Kabid Linjamsos']! }], instruksi: ['Pantau'] },
      rina,
    );
    const [sek, linjamsos] = d.penerima;
    expect(await gagal(u.core.call('disposisi.updateStatus', { penerimaId: sek!.id, status: 'diterima' }, kabid))).toMatchObject({ message: /jabatan Anda sendiri/ });
    expect((await u.core.call('disposisi.updateStatus', { penerimaId: linjamsos!.id, status: 'diterima' }, kabid)).penerima[1]!.status).toBe('diterima');
    const jejak = await u.core.call('audit.list', { tabel: 'disposisi_penerima' }, 'uji');
    expect(jejak[0]!.aktor).toBe('kabid');
    // The letter's timeline names the people; a process that is not an account keeps its own name.
    await u.core.call('suratMasuk.update', { id: s.id, ringkasan: 'Dari CLI' }, 'cli:operator');
    const riwayat = (await u.core.call('suratMasuk.get', { id: s.id }, rina)).riwayat;
    expect(riwayat.map((r) => [r.aktor, r.namaAktor])).toEqual([
      ['rina', 'Rina (agendaris)'],
      ['rina', 'Rina (agendaris)'],
      ['kabid', 'Kabid Linjamsos'],
      ['cli:operator', null],
    ]);
  });

  it('locks an account after five wrong passwords, for fifteen minutes', async () => {
    await siapkan();
    await masuk('rina', 'sandi-awal-rina', 'sandi-rina-2026');
    for (let i = 0; i < 5; i++) expect(await gagal(u.core.call('auth.login', { username: 'rina', sandi: 'salah' }, { token: '' }))).toMatchObject({ message: /salah/ });
    expect(await gagal(u.core.call('auth.login', { username: 'rina', sandi: 'sandi-rina-2026' }, { token: '' }))).toMatchObject({ message: /terkunci/ });
    maju(16);
    expect((await u.core.call('auth.login', { username: 'rina', sandi: 'sandi-rina-2026' }, { token: '' })).pengguna.username).toBe('rina');
    // Unknown names get the same answer as wrong passwords.
    expect(await gagal(u.core.call('auth.login', { username: 'siapa', sandi: 'x' }, { token: '' }))).toMatchObject({ message: 'Nama pengguna atau kata sandi salah.' });
  });

  it('ends idle sessions, and an admin reset ends the user sessions and is audited without the hash', async () => {
    await siapkan();
    const rina = await masuk('rina', 'sandi-awal-rina');
    maju(14);
    await u.core.call('suratMasuk.list', {}, rina);
    maju(14);
    await u.core.call('suratMasuk.list', {}, rina);
    maju(16);
    expect(await gagal(u.core.call('suratMasuk.list', {}, rina))).toMatchObject({ code: 'SESI' });

    const lagi = await u.core.call('auth.login', { username: 'rina', sandi: 'sandi-awal-rina-baru' }, { token: '' });
    const admin2 = await u.core.call('auth.login', { username: 'admin', sandi: 'rahasia-admin-1' }, { token: '' });
    const id = lagi.pengguna.id;
    await u.core.call('pengguna.resetSandi', { id, sandiBaru: 'sementara-123' }, { token: admin2.token });
    expect(await gagal(u.core.call('suratMasuk.list', {}, { token: lagi.token }))).toMatchObject({ code: 'SESI' });
    const jejak = await u.core.call('audit.list', { tabel: 'pengguna', recordId: String(id) }, 'uji');
    expect(jejak[0]).toMatchObject({ aktor: 'admin', sesudah: { sandi: 'diatur ulang oleh admin', harusGantiSandi: true } });
    expect(JSON.stringify(jejak)).not.toMatch(/scrypt\$/);
  });

  it('every API method has an explicit permission', () => {
    expect(Object.keys(api).filter((m) => !(m in IZIN))).toEqual([]);
  });
});
