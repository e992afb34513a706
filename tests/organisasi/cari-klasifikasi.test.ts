import { afterEach, describe, expect, it } from 'vitest';
import { bukaCoreUji, type CoreUji } from '../helpers/core';

// The kode klasifikasi picker as the agendaris of a Dinas Sosial uses it: words typed, Enter takes
// the first result. A real core on the shipped Permendagri 83/2022 tree and synonym file.

let u: CoreUji;
let sekarang = Date.parse('2026-11-20T03:00:00Z');
const A = 'agendaris';

const buka = () => {
  sekarang = Date.parse('2026-11-20T03:00:00Z');
  u = bukaCoreUji({ now: () => new Date(sekarang) });
};
afterEach(() => u.selesai());

const cari = async (q: string, limit?: number) => (await u.core.call('klasifikasi.search', { q, ...(limit ? { limit } : {}) }, A)).map((k) => k.kode);

let nomor = 0;
/** Registers `n` surat masuk filed under `kode`, as the agendaris does every day. */
async function catatSurat(kode: string, n: number) {
  for (let i = 0; i < n; i++) {
    await u.core.call(
      'suratMasuk.create',
      {
        tanggalTerima: '2026-11-19',
        asal: 'Dinas Sosial Provinsi Jawa Timur',
        nomorSurat: `${kode}/${++nomor}/107.3/2026`,
        tanggalSurat: '2026-11-17',
        perihal: 'Penyaluran bantuan',
        urgensi: 'biasa',
        klasifikasiKeamanan: 'B',
        kodeKlasifikasi: kode,
      },
      A,
    );
  }
}

describe('words match the code or the groups it sits in', () => {
  it('"bantuan sosial" lists the Dinas Sosial\'s bantuan langsung codes, own-name matches first', async () => {
    buka();
    const hasil = await u.core.call('klasifikasi.search', { q: 'bantuan sosial' }, A);
    const kode = hasil.map((k) => k.kode);
    expect(kode).toEqual(expect.arrayContaining(['400.9.11.3', '400.9.14.5']));
    expect(hasil.find((k) => k.kode === '400.9.14.5')!.induk).toBe('SOSIAL › Penanggulangan Kemiskinan Perkotaan dan Perdesaan');
    // Both words in the code's own name before "sosial" found only in the group above it.
    for (const sendiri of ['800.1.12.4', '400.3.3.2', '400.9.7', '400.9.9.2']) expect(kode.indexOf(sendiri)).toBeLessThan(kode.indexOf('400.9.11.3'));
    // Every word still has to be found somewhere.
    expect(await cari('bantuan kecacatan')).toEqual([]);
  });

  it('finds what clerks type by the tree\'s own words (sinonim-klasifikasi.json)', async () => {
    buka();
    const lansia = await cari('lansia', 40);
    expect(lansia).toEqual(expect.arrayContaining(['400.9.6', '400.9.6.1', '400.9.6.2', '400.9.6.3']));
    // The word itself still counts: the KB codes that do write "Lansia".
    expect(lansia).toContain('400.13.31.1');
    expect(await cari('disabilitas')).toEqual(['400.9.2.4', '400.9.3.1']);
    expect(await cari('Penyandang Disabilitas')).toEqual(['400.9.2.4', '400.9.3.1']);
    expect((await cari('PKH'))[0]).toBe('400.9.11.3');
    expect((await cari('bpnt'))[0]).toBe('400.9.14.5');
    expect(await cari('bansos')).toEqual(await cari('bantuan sosial'));
    expect(await cari('narkoba')).toContain('400.9.5');
    expect((await cari('rehabilitasi sosial anak')).slice(0, 6)).toEqual(['400.9.2', '400.9.2.1', '400.9.2.2', '400.9.2.3', '400.9.2.4', '400.9.2.5']);
    expect((await cari('perlindungan sosial korban bencana alam'))[0]).toBe('400.9.10');
  });

  it('a hyphen does not begin a word: "undangan" is not the start of Perundang-undangan', async () => {
    buka();
    // 500.10.9.8 lists "Surat Undangan Presentasi"; 100.3.2 and 500.3.10.1 only "Perundang-undangan".
    expect(await cari('undangan')).toEqual(['500.10.9.8', '100.3.2', '500.3.10.1']);
    // "Undang-Undang" begins with "undang"; "Perundang-undangan" only holds it.
    const undang = await cari('undang');
    expect(undang.slice(0, 2)).toEqual(['000.4.3.5', '100.3.8']);
    expect(undang.indexOf('100.3.8')).toBeLessThan(undang.indexOf('100.3.2'));
  });

  it('an admin rename is searchable at once', async () => {
    buka();
    expect(await cari('pusat kesejahteraan sosial')).not.toContain('400.9.6.1');
    await u.core.call('klasifikasi.update', { kode: '400.9.6.1', nama: 'Pelayanan Sosial Dalam dan Luar Panti (Pusat Kesejahteraan Sosial)' }, 'admin');
    expect((await cari('pusat kesejahteraan sosial'))[0]).toBe('400.9.6.1');
  });
});

describe('this office\'s own use ranks first', () => {
  it('without letters the exact name comes first', async () => {
    buka();
    expect((await cari('bantuan sosial'))[0]).toBe('800.1.12.4');
  });

  it('after letters filed under 400.9.7, "bantuan sosial" puts 400.9.7 before 800.1.12.4', async () => {
    buka();
    await catatSurat('400.9.7', 3);
    await catatSurat('400.9.11.3', 2);
    const kode = await cari('bantuan sosial');
    expect(kode[0]).toBe('400.9.7');
    expect(kode).toContain('800.1.12.4');
    // A typed code still wins over use: the code itself, then by use the codes starting with it.
    expect((await cari('400.9.1')).slice(0, 2)).toEqual(['400.9.1', '400.9.11.3']);
  });

  it('use does not lift a code whose match is only inside a word', async () => {
    buka();
    await catatSurat('100.3.2', 3);
    expect((await cari('undangan'))[0]).toBe('500.10.9.8');
  });

  it('counts are held a few minutes, then read again', async () => {
    buka();
    expect((await cari('bantuan sosial'))[0]).toBe('800.1.12.4');
    await catatSurat('400.9.7', 2);
    expect((await cari('bantuan sosial'))[0]).toBe('800.1.12.4');
    sekarang += 6 * 60_000;
    expect((await cari('bantuan sosial'))[0]).toBe('400.9.7');
  });
});
