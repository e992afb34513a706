import { describe, expect, it } from 'vitest';
import { rencanakanNomor, type NomorTerpakai } from '../../shared/surat/rencana-nomor';

/** Pedoman §13.3: 2025 register holds 014 (03-10), 015 (03-12), 016 (03-14), 017 (03-17). */
function buku(): NomorTerpakai[] {
  return [
    { urut: 14, sisipan: 0, tanggal: '2025-03-10' },
    { urut: 15, sisipan: 0, tanggal: '2025-03-12' },
    { urut: 16, sisipan: 0, tanggal: '2025-03-14' },
    { urut: 17, sisipan: 0, tanggal: '2025-03-17' },
  ];
}
const hariIni = '2025-03-20';

describe('nomor sisipan (I1–I7, run in order)', () => {
  it('follows the worked example', () => {
    const b = buku();
    let terakhir = 17;
    const minta = (tanggal: string, sisipan: boolean, alasan?: string) => {
      const r = rencanakanNomor({ terpakai: b, nomorTerakhir: terakhir, tanggal, sisipan, alasan, hariIni });
      if (r.ok) {
        b.push({ urut: r.rencana.urut, sisipan: r.rencana.jenis === 'sisipan' ? r.rencana.sisipan : 0, tanggal });
        if (r.rencana.jenis === 'baru') terakhir = r.rencana.urut;
      }
      return r;
    };
    expect(minta('2025-03-12', true, 'Surat tertinggal')).toEqual({ ok: true, rencana: { jenis: 'sisipan', urut: 15, sisipan: 1 } }); // I1
    expect(terakhir).toBe(17);
    expect(minta('2025-03-13', true, 'Tertinggal')).toEqual({ ok: true, rencana: { jenis: 'sisipan', urut: 15, sisipan: 2 } }); // I2
    expect(minta('2025-03-14', true, 'Tertinggal')).toEqual({ ok: true, rencana: { jenis: 'sisipan', urut: 16, sisipan: 1 } }); // I3
    expect(minta('2025-03-18', false)).toEqual({ ok: true, rencana: { jenis: 'baru', urut: 18 } }); // I4
    expect(minta('2025-03-12', true)).toMatchObject({ ok: false, alasan: expect.stringMatching(/alasan/) }); // I5 no reason
    expect(minta('2025-03-25', true, 'x')).toMatchObject({ ok: false, alasan: expect.stringMatching(/belum dapat diberi nomor/) }); // I5 future
    expect(minta('2025-03-18', true, 'x')).toEqual({ ok: true, rencana: { jenis: 'baru', urut: 19 } }); // I6
    expect(minta('2025-03-01', true, 'x')).toMatchObject({ ok: false, alasan: expect.stringMatching(/Tidak ada nomor/) }); // I7
    expect(terakhir).toBe(19);
  });

  it('refuses a plain number dated before the newest number: the book stays chronological', () => {
    const r = rencanakanNomor({ terpakai: buku(), nomorTerakhir: 17, tanggal: '2025-03-11', sisipan: false, hariIni });
    expect(r).toMatchObject({ ok: false, alasan: expect.stringMatching(/Gunakan nomor sisipan/) });
  });

  it('continues a paper book: the counter may be ahead of the numbers in the app', () => {
    expect(rencanakanNomor({ terpakai: [], nomorTerakhir: 240, tanggal: '2025-03-19', sisipan: false, hariIni })).toEqual({
      ok: true,
      rencana: { jenis: 'baru', urut: 241 },
    });
  });
});
