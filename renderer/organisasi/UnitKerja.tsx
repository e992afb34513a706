import { api, type Unit } from '../../shared/api';
import { JENIS_UNIT } from '../../shared/api/organisasi';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { Centang, Pilihan, Teks } from '../ui/bidang';
import { isianDari } from '../ui/form';
import { FormAksi } from '../ui/FormAksi';
import { Kelola } from '../ui/Kelola';
import { belumSiap } from '../ui/Pesan';

const JENIS_LABEL: Record<Unit['jenis'], string> = { dinas: 'Dinas', sekretariat: 'Sekretariat', subbagian: 'Subbagian', bidang: 'Bidang', seksi: 'Seksi', upt: 'UPT' };

function FormUnit({ unit, semua, selesai, batal }: { unit?: Unit; semua: Unit[]; selesai: (p: string) => void; batal: () => void }) {
  return (
    <FormAksi<{ kode: string; nama: string; jenis: string; parentId: string; aktif: boolean }, Unit>
      judul={unit ? `Ubah ${unit.nama}` : 'Unit kerja baru'}
      skema={api['unit.save'].input}
      bawaan={isianDari({ kode: '', nama: '', jenis: 'seksi', parentId: '', aktif: true }, unit)}
      keApi={(v) => ({ ...v, ...(unit ? { id: unit.id } : {}), parentId: v.parentId || null })}
      tombol={[{ label: 'Simpan unit' }]}
      jalankan={(v) => call('unit.save', v)}
      onSelesai={(u) => selesai(`${u.nama} tersimpan.`)}
      onBatal={batal}
    >
      {(form) => (
        <>
          <Teks form={form} nama="kode" label="Kode unit" wajib />
          <Teks form={form} nama="nama" label="Nama unit" wajib className="bidang--lebar" />
          <Pilihan form={form} nama="jenis" label="Jenis unit" wajib pilihan={JENIS_UNIT.map((j) => ({ nilai: j, label: JENIS_LABEL[j] }))} />
          <Pilihan form={form} nama="parentId" label="Unit induk" kosong="— Tanpa induk —" pilihan={semua.filter((u) => u.id !== unit?.id).map((u) => ({ nilai: u.id, label: u.nama }))} />
          <Centang form={form} nama="aktif" label="Unit aktif" />
        </>
      )}
    </FormAksi>
  );
}

export function UnitKerja() {
  const muat = useMuat('unit.list', {});
  const { data, muatUlang } = muat;
  if (!data) return belumSiap(muat);
  const nama = new Map(data.map((u) => [u.id, u.nama]));
  return (
    <Kelola
      judul="Unit kerja"
      labelTambah="Tambah unit"
      data={data}
      kunci={(u) => u.id}
      nama={(u) => u.nama}
      onBerubah={muatUlang}
      kolom={[
        { judul: 'Kode', sel: (u) => <code>{u.kode}</code> },
        { judul: 'Nama', sel: (u) => u.nama },
        { judul: 'Jenis', sel: (u) => JENIS_LABEL[u.jenis] },
        { judul: 'Induk', sel: (u) => (u.parentId ? nama.get(u.parentId) : '—') },
        { judul: 'Status', sel: (u) => (u.aktif ? 'Aktif' : 'Tidak aktif') },
      ]}
      form={(u, selesai, batal) => <FormUnit unit={u} semua={data} selesai={selesai} batal={batal} />}
    />
  );
}
