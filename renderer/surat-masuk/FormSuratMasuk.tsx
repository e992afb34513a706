import { useEffect, useState, type ReactNode } from 'react';
import type { SuratMasuk, SuratMasukBaru } from '../../shared/api';
import { suratMasukCreateInput } from '../../shared/api/surat-masuk';
import { KEAMANAN_LABEL, URGENSI_LABEL, type Keamanan, type Urgensi } from '../../shared/surat/enums';
import { call } from '../api/client';
import { Area, Pilihan, Tanggal, Teks } from '../ui/bidang';
import { isianDari, PETUNJUK_KETIK, tombolFormulir, useFormKontrak, usePengiriman, yangBerubah } from '../ui/form';
import { useKonsepTersimpan } from '../ui/konsep';
import { hariIni, opsiDari } from '../ui/label';
import { PemilihKlasifikasi } from '../ui/PemilihKlasifikasi';
import { Pesan } from '../ui/Pesan';
import { PeringatanDuplikat, useCekDuplikat } from './PeringatanDuplikat';

interface Nilai {
  tanggalTerima: string;
  asal: string;
  nomorSurat: string;
  tanggalSurat: string;
  perihal: string;
  ringkasan: string;
  lampiran: string;
  urgensi: Urgensi;
  klasifikasiKeamanan: Keamanan;
  kodeKlasifikasi: string;
}

function nilaiAwal(s?: SuratMasuk, tanggalTerima = hariIni()): Nilai {
  const kosong: Nilai = {
    tanggalTerima,
    asal: '',
    nomorSurat: '',
    tanggalSurat: '',
    perihal: '',
    ringkasan: '',
    lampiran: '',
    urgensi: 'biasa',
    klasifikasiKeamanan: 'biasa',
    kodeKlasifikasi: '',
  };
  return isianDari(kosong, s);
}

/**
 * Registering (or correcting) a surat masuk, in the order the details appear on the letter. Without
 * `surat` it creates: the form then empties for the next letter but keeps the tanggal terima, as
 * letters are registered in batches per day.
 */
export function FormSuratMasuk({
  surat,
  onTersimpan,
  pesanSukses,
}: {
  surat?: SuratMasuk;
  onTersimpan: (s: SuratMasuk | SuratMasukBaru) => void;
  /** Shown in the form's status region; the screen may show the result itself instead. */
  pesanSukses?: (s: SuratMasuk | SuratMasukBaru) => ReactNode;
}) {
  const form = useFormKontrak<Nilai>({ skema: suratMasukCreateInput, bawaan: nilaiAwal(surat) });
  const konsep = useKonsepTersimpan(surat ? null : 'konsep:surat-masuk-baru', form);
  const kirim = usePengiriman();
  const [asal, nomorSurat] = form.watch(['asal', 'nomorSurat']);
  const duplikat = useCekDuplikat(asal, nomorSurat, surat?.id);
  // A new letter that may be registered already is saved only on a second Simpan (or Ctrl+Enter) for the
  // same asal and nomor: the first one stops and asks, so a batch typed fast does not book it twice.
  // A correction only warns: the entry exists either way.
  const ganda = !surat && duplikat.length ? `${asal.trim()}\n${nomorSurat.trim()}` : '';
  const [ditanya, setDitanya] = useState('');
  const sudahDitanya = ganda !== '' && ditanya === ganda;
  // Back to Asal surat for the next letter once the screen has settled: focusing within the submit
  // handler came too early (the re-render that follows the save left the focus elsewhere).
  const [tersimpanKe, setTersimpanKe] = useState(0);
  useEffect(() => {
    if (tersimpanKe > 0) form.setFocus('asal');
  }, [tersimpanKe, form]);

  const simpan = form.handleSubmit(async (v) => {
    if (ganda && !sudahDitanya) return setDitanya(ganda);
    const ubah = surat && yangBerubah(nilaiAwal(surat), form.getValues(), v);
    if (ubah && Object.keys(ubah).length === 0) return kirim.setSukses('Tidak ada yang diubah.');
    const hasil = await kirim.jalankan(() => (surat ? call('suratMasuk.update', { id: surat.id, ...ubah }) : call('suratMasuk.create', v)), {
      form,
      sukses: pesanSukses,
    });
    if (!hasil) return;
    konsep.lupakan();
    if (!surat) {
      form.reset(nilaiAwal(undefined, v.tanggalTerima));
      setTersimpanKe((n) => n + 1);
    }
    onTersimpan(hasil);
  }, kirim.tidakSah);

  return (
    <form
      className="formulir kartu"
      noValidate
      onSubmit={(e) => void simpan(e)}
      onKeyDown={tombolFormulir({ enterLanjut: true })}
      aria-label={surat ? 'Ubah data surat masuk' : 'Catat surat masuk'}
    >
      {konsep.dipulihkan && (
        <p className="pesan pesan--awas bidang-lebar">
          Isian yang belum tersimpan dipulihkan.{' '}
          <button type="button" className="tombol tombol--kecil" onClick={() => (konsep.lupakan(), form.reset(nilaiAwal()))}>
            Kosongkan formulir
          </button>
        </p>
      )}
      {/* A new letter starts at Asal surat: tanggal terima is already today, and letters come in batches per day. */}
      <Tanggal form={form} nama="tanggalTerima" label="Tanggal terima" wajib autoFocus={Boolean(surat)} />
      <Teks form={form} nama="asal" label="Asal surat" wajib petunjuk="Instansi atau orang pengirim." autoComplete="off" autoFocus={!surat} />
      <Teks form={form} nama="nomorSurat" label="Nomor surat" wajib petunjuk="Tulis persis seperti pada surat." autoComplete="off" />
      <Tanggal form={form} nama="tanggalSurat" label="Tanggal surat" wajib />
      <PeringatanDuplikat duplikat={duplikat} ditanya={sudahDitanya} />
      <Teks form={form} nama="perihal" label="Perihal" wajib className="bidang--lebar" autoComplete="off" />
      <Area form={form} nama="ringkasan" label="Ringkasan isi" className="bidang--lebar" rows={2} />
      <Teks form={form} nama="lampiran" label="Lampiran" petunjuk="Mis. 1 (satu) berkas." autoComplete="off" />
      <Pilihan form={form} nama="urgensi" label="Urgensi" pilihan={opsiDari(URGENSI_LABEL)} petunjuk="Seberapa cepat harus ditangani." />
      <Pilihan
        form={form}
        nama="klasifikasiKeamanan"
        label="Klasifikasi keamanan"
        pilihan={opsiDari(KEAMANAN_LABEL)}
        petunjuk="Siapa yang boleh membaca (B/T/R/SR)."
      />
      <PemilihKlasifikasi form={form} nama="kodeKlasifikasi" label="Kode klasifikasi" />
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
      <div className="baris-tombol">
        <button type="submit" className="tombol tombol--utama" disabled={kirim.sedang}>
          {kirim.sedang ? 'Menyimpan…' : sudahDitanya ? 'Tetap simpan' : surat ? 'Simpan perubahan' : 'Simpan'}
        </button>
        <span className="petunjuk">{PETUNJUK_KETIK}</span>
      </div>
    </form>
  );
}
