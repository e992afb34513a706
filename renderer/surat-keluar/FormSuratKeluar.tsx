import { api, type Jabatan, type JenisNaskah, type SuratKeluar, type Unit } from '../../shared/api';
import { KEAMANAN_LABEL, URGENSI_LABEL, type Keamanan, type Urgensi } from '../../shared/surat/enums';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { Area, Centang, Pilihan, Tanggal, Teks } from '../ui/bidang';
import { isianDari, PETUNJUK_KETIK, tombolFormulir, useFormKontrak, usePengiriman, yangBerubah } from '../ui/form';
import { useKonsepTersimpan } from '../ui/konsep';
import { hariIni, jabatanPimpinan, namaJabatan, opsiDari } from '../ui/label';
import { PemilihKlasifikasi } from '../ui/PemilihKlasifikasi';
import { belumSiap, Pesan } from '../ui/Pesan';

interface Nilai {
  jenisNaskah: string;
  tanggal: string;
  tujuan: string;
  perihal: string;
  kodeKlasifikasi: string;
  unitPengolahId: string;
  penandatanganJabatanId: string;
  urgensi: Urgensi;
  klasifikasiKeamanan: Keamanan;
  lampiran: string;
  ringkasan: string;
  ditandatangani: boolean;
}

function nilaiAwal(s: SuratKeluar | undefined, jabatan: Jabatan[]): Nilai {
  const kosong: Nilai = {
    jenisNaskah: 'surat-dinas',
    tanggal: hariIni(),
    tujuan: '',
    perihal: '',
    kodeKlasifikasi: '',
    unitPengolahId: '',
    penandatanganJabatanId: String(jabatanPimpinan(jabatan)?.id ?? ''),
    urgensi: 'biasa',
    klasifikasiKeamanan: 'biasa',
    lampiran: '',
    ringkasan: '',
    ditandatangani: false,
  };
  return isianDari(kosong, s);
}

function Isian({ surat, jenis, unit, jabatan, onTersimpan }: { surat?: SuratKeluar; jenis: JenisNaskah[]; unit: Unit[]; jabatan: Jabatan[]; onTersimpan: (s: SuratKeluar) => void }) {
  const form = useFormKontrak<Nilai>({ skema: api['suratKeluar.create'].input, bawaan: nilaiAwal(surat, jabatan) });
  const konsep = useKonsepTersimpan(surat ? null : 'konsep:surat-keluar-baru', form);
  const kirim = usePengiriman();

  const simpan = form.handleSubmit(async (v) => {
    const { ditandatangani } = v as Nilai;
    const ubah = surat && yangBerubah(nilaiAwal(surat, jabatan), form.getValues(), v);
    if (ubah && Object.keys(ubah).length === 0) return kirim.setSukses('Tidak ada yang diubah.');
    const hasil = await kirim.jalankan(() => (surat ? call('suratKeluar.update', { id: surat.id, ...ubah }) : call('suratKeluar.create', v as never)), {
      form,
      sukses: () => (surat ? 'Konsep diperbarui.' : ditandatangani ? 'Surat dicatat dan siap diberi nomor.' : 'Konsep dicatat.'),
    });
    if (!hasil) return;
    konsep.lupakan();
    onTersimpan(hasil);
  }, kirim.tidakSah);

  return (
    <form
      className="formulir kartu"
      noValidate
      onSubmit={(e) => void simpan(e)}
      onKeyDown={tombolFormulir({ enterLanjut: true })}
      aria-label={surat ? 'Ubah konsep surat keluar' : 'Konsep surat keluar baru'}
    >
      {konsep.dipulihkan && (
        <p className="pesan pesan--awas bidang-lebar">
          Isian yang belum tersimpan dipulihkan.{' '}
          <button type="button" className="tombol tombol--kecil" onClick={() => (konsep.lupakan(), form.reset(nilaiAwal(undefined, jabatan)))}>
            Kosongkan formulir
          </button>
        </p>
      )}
      <Pilihan
        form={form}
        nama="jenisNaskah"
        label="Jenis naskah"
        wajib
        autoFocus
        pilihan={jenis.filter((j) => j.aktif).map((j) => ({ nilai: j.slug, label: j.nama }))}
        petunjuk="Menentukan register penomorannya."
      />
      <Tanggal form={form} nama="tanggal" label="Tanggal surat" wajib />
      <Teks form={form} nama="tujuan" label="Tujuan" wajib className="bidang--lebar" petunjuk="Mis. Yth. Kepala Dinas Sosial Provinsi." autoComplete="off" />
      <Teks form={form} nama="perihal" label="Perihal" wajib className="bidang--lebar" autoComplete="off" />
      <PemilihKlasifikasi form={form} nama="kodeKlasifikasi" label="Kode klasifikasi" wajib />
      <Pilihan form={form} nama="unitPengolahId" label="Unit pengolah" kosong="— Pilih unit —" pilihan={unit.filter((u) => u.aktif).map((u) => ({ nilai: u.id, label: u.nama }))} />
      <Pilihan
        form={form}
        nama="penandatanganJabatanId"
        label="Penandatangan"
        kosong="— Pilih jabatan —"
        pilihan={jabatan.filter((j) => j.aktif).map((j) => ({ nilai: j.id, label: namaJabatan(j) }))}
      />
      <Pilihan form={form} nama="urgensi" label="Urgensi" pilihan={opsiDari(URGENSI_LABEL)} />
      <Pilihan form={form} nama="klasifikasiKeamanan" label="Klasifikasi keamanan" pilihan={opsiDari(KEAMANAN_LABEL)} />
      <Teks form={form} nama="lampiran" label="Lampiran" autoComplete="off" />
      <Area form={form} nama="ringkasan" label="Ringkasan isi" className="bidang--lebar" rows={2} />
      {!surat && (
        <Centang
          form={form}
          nama="ditandatangani"
          label="Sudah ditandatangani (langsung dapat diberi nomor)"
          className="bidang-lebar"
          petunjuk="Untuk surat yang ditandatangani di kertas tanpa melalui paraf di aplikasi."
        />
      )}
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
      <div className="baris-tombol">
        <button type="submit" className="tombol tombol--utama" disabled={kirim.sedang}>
          {kirim.sedang ? 'Menyimpan…' : surat ? 'Simpan perubahan' : 'Simpan konsep'}
        </button>
        <span className="petunjuk">{PETUNJUK_KETIK}</span>
      </div>
    </form>
  );
}

/** A new or corrected draft (konsep) of an outgoing letter; it waits until the lists it chooses from are in. */
export function FormSuratKeluar({ surat, onTersimpan }: { surat?: SuratKeluar; onTersimpan: (s: SuratKeluar) => void }) {
  const jenis = useMuat('jenisNaskah.list', {});
  const unit = useMuat('unit.list', {});
  const jabatan = useMuat('jabatan.list', {});
  return belumSiap(jenis, unit, jabatan) ?? <Isian surat={surat} jenis={jenis.data!} unit={unit.data!} jabatan={jabatan.data!} onTersimpan={onTersimpan} />;
}
