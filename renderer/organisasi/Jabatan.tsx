import { useState } from 'react';
import { api, type Jabatan, type Unit } from '../../shared/api';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { Centang, Pilihan, Teks } from '../ui/bidang';
import { isianDari } from '../ui/form';
import { FormAksi } from '../ui/FormAksi';
import { Kelola } from '../ui/Kelola';
import { namaPegawai, STATUS_PENUGASAN_LABEL } from '../ui/label';
import { belumSiap, Pesan } from '../ui/Pesan';
import { Penugasan } from './Penugasan';

type Nilai = { nama: string; singkatan: string; kode: string; unitId: string; atasanId: string; urutan: number; aktif: boolean };

function FormJabatan({ j, semua, unit, selesai, batal }: { j?: Jabatan; semua: Jabatan[]; unit: Unit[]; selesai: (p: string) => void; batal: () => void }) {
  return (
    <FormAksi<Nilai, Jabatan>
      judul={j ? `Ubah ${j.nama}` : 'Jabatan baru'}
      skema={api['jabatan.save'].input}
      bawaan={isianDari<Nilai>({ nama: '', singkatan: '', kode: '', unitId: '', atasanId: '', urutan: semua.length + 1, aktif: true }, j)}
      keApi={(v) => ({ ...v, ...(j ? { id: j.id } : {}), unitId: v.unitId || null, atasanId: v.atasanId || null })}
      tombol={[{ label: 'Simpan jabatan' }]}
      jalankan={(v) => call('jabatan.save', v)}
      onSelesai={(x) => selesai(`${x.nama} tersimpan.`)}
      onBatal={batal}
    >
      {(form) => (
        <>
          <Teks form={form} nama="nama" label="Nama jabatan" wajib className="bidang--lebar" />
          <Teks form={form} nama="singkatan" label="Singkatan" petunjuk="Mis. Kabid Rehsos." />
          <Teks form={form} nama="kode" label="Kode jabatan" petunjuk="Token {jabatan} dalam nomor surat." />
          <Pilihan form={form} nama="unitId" label="Unit" kosong="— Tanpa unit —" pilihan={unit.map((u) => ({ nilai: u.id, label: u.nama }))} />
          <Pilihan form={form} nama="atasanId" label="Atasan" kosong="— Tanpa atasan (pimpinan) —" pilihan={semua.filter((x) => x.id !== j?.id).map((x) => ({ nilai: x.id, label: x.nama }))} />
          <Teks form={form} nama="urutan" label="Urutan" type="number" min={0} opsi={{ valueAsNumber: true }} petunjuk="Urutan dalam daftar penerima disposisi." />
          <Centang form={form} nama="aktif" label="Jabatan aktif" />
        </>
      )}
    </FormAksi>
  );
}

export function JabatanPejabat() {
  const jabatan = useMuat('jabatan.list', {});
  const unit = useMuat('unit.list', {});
  const [pejabatDari, setPejabatDari] = useState<Jabatan>();
  const [pesan, setPesan] = useState('');
  const belum = belumSiap(jabatan, unit);
  if (belum) return belum;
  const namaUnit = new Map(unit.data!.map((u) => [u.id, u.nama]));
  const namaJabatan = new Map(jabatan.data!.map((j) => [j.id, j.nama]));

  return (
    <div className="halaman">
      <Kelola
        judul="Jabatan"
        labelTambah="Tambah jabatan"
        data={jabatan.data!}
        kunci={(j) => j.id}
        nama={(j) => j.nama}
        onBerubah={jabatan.muatUlang}
        kolom={[
          { judul: 'Jabatan', sel: (j) => <strong>{j.nama}</strong> },
          { judul: 'Unit', sel: (j) => (j.unitId ? namaUnit.get(j.unitId) : '—') },
          { judul: 'Atasan', sel: (j) => (j.atasanId ? namaJabatan.get(j.atasanId) : '—') },
          {
            judul: 'Pejabat hari ini',
            sel: (j) =>
              j.pejabat ? (
                <>
                  {j.pejabat.status !== 'definitif' && <span className="lencana lencana--awas">{STATUS_PENUGASAN_LABEL[j.pejabat.status]}</span>}
                  {namaPegawai(j.pejabat.pegawai)}
                </>
              ) : (
                <span className="samar">kosong</span>
              ),
          },
        ]}
        aksiBaris={(j) => (
          <button type="button" className="tombol tombol--kecil" aria-label={`Pejabat ${j.nama}`} onClick={() => (setPejabatDari(j), setPesan(''))}>
            Pejabat
          </button>
        )}
        form={(j, selesai, batal) => <FormJabatan j={j} semua={jabatan.data!} unit={unit.data!} selesai={selesai} batal={batal} />}
      />
      <Pesan sukses={pesan} />
      {pejabatDari && (
        <Penugasan
          key={pejabatDari.id}
          jabatan={pejabatDari}
          onBerubah={(p) => {
            setPesan(p);
            jabatan.muatUlang();
          }}
        />
      )}
    </div>
  );
}
