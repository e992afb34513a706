import { api, type Pegawai as DataPegawai } from '../../shared/api';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { Centang, Teks } from '../ui/bidang';
import { isianDari } from '../ui/form';
import { FormAksi } from '../ui/FormAksi';
import { Kelola } from '../ui/Kelola';
import { namaPegawai } from '../ui/label';
import { belumSiap } from '../ui/Pesan';

type Nilai = { nama: string; gelarDepan: string; gelarBelakang: string; nip: string; pangkat: string; golongan: string; aktif: boolean };

function FormPegawai({ p, selesai, batal }: { p?: DataPegawai; selesai: (pesan: string) => void; batal: () => void }) {
  return (
    <FormAksi<Nilai, DataPegawai>
      judul={p ? `Ubah ${namaPegawai(p)}` : 'Pegawai baru'}
      skema={api['pegawai.save'].input}
      bawaan={isianDari<Nilai>({ nama: '', gelarDepan: '', gelarBelakang: '', nip: '', pangkat: '', golongan: '', aktif: true }, p)}
      keApi={(v) => ({ ...v, ...(p ? { id: p.id } : {}) })}
      tombol={[{ label: 'Simpan pegawai' }]}
      jalankan={(v) => call('pegawai.save', v)}
      onSelesai={(x) => selesai(`${namaPegawai(x)} tersimpan.`)}
      onBatal={batal}
    >
      {(form) => (
        <>
          <Teks form={form} nama="gelarDepan" label="Gelar depan" petunjuk="Mis. Drs. atau Dr." />
          <Teks form={form} nama="nama" label="Nama" wajib />
          <Teks form={form} nama="gelarBelakang" label="Gelar belakang" petunjuk="Mis. S.Sos., M.Si." />
          <Teks form={form} nama="nip" label="NIP" inputMode="numeric" petunjuk="18 angka, boleh dengan spasi: 19700315 199503 1 002." />
          <Teks form={form} nama="pangkat" label="Pangkat" petunjuk="Mis. Pembina Tingkat I" />
          <Teks form={form} nama="golongan" label="Golongan" petunjuk="Mis. IV/b" />
          <Centang form={form} nama="aktif" label="Pegawai aktif" />
        </>
      )}
    </FormAksi>
  );
}

export function Pegawai() {
  const muat = useMuat('pegawai.list', {});
  const { data, muatUlang } = muat;
  if (!data) return belumSiap(muat);
  return (
    <Kelola
      judul="Pegawai"
      labelTambah="Tambah pegawai"
      data={data}
      kunci={(p) => p.id}
      nama={namaPegawai}
      onBerubah={muatUlang}
      kolom={[
        { judul: 'Nama', sel: namaPegawai },
        { judul: 'NIP', sel: (p) => (p.nip ? <code>{p.nip}</code> : '—') },
        { judul: 'Pangkat/golongan', sel: (p) => [p.pangkat, p.golongan].filter(Boolean).join(', ') || '—' },
        { judul: 'Status', sel: (p) => (p.aktif ? 'Aktif' : 'Tidak aktif') },
      ]}
      form={(p, selesai, batal) => <FormPegawai p={p} selesai={selesai} batal={batal} />}
    />
  );
}
