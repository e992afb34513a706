import { useState } from 'react';
import { api, type Jabatan, type Pegawai, type Pengguna as DataPengguna } from '../../shared/api';
import { PERAN, PERAN_LABEL } from '../../shared/akses/peran';
import { formatWaktu } from '../../shared/format/tanggal';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { Centang, GrupCentang, Pilihan, Teks } from '../ui/bidang';
import { isianDari } from '../ui/form';
import { FormAksi } from '../ui/FormAksi';
import { Kelola } from '../ui/Kelola';
import { namaJabatan, namaPegawai } from '../ui/label';
import { belumSiap, Pesan } from '../ui/Pesan';

type Nilai = { username: string; nama: string; peran: string[]; jabatanId: string; pegawaiId: string; aktif: boolean; sandiAwal: string };

function FormPengguna({ p, jabatan, pegawai, selesai, batal }: { p?: DataPengguna; jabatan: Jabatan[]; pegawai: Pegawai[]; selesai: (pesan: string) => void; batal: () => void }) {
  return (
    <FormAksi<Nilai, DataPengguna>
      judul={p ? `Ubah pengguna ${p.username}` : 'Pengguna baru'}
      keterangan="Jabatan menentukan disposisi mana yang boleh ia terima, tindak lanjuti, dan teruskan."
      skema={api['pengguna.save'].input}
      bawaan={isianDari<Nilai>({ username: '', nama: '', peran: [], jabatanId: '', pegawaiId: '', aktif: true, sandiAwal: '' }, p)}
      keApi={({ sandiAwal, ...v }) => ({
        ...v,
        ...(p ? { id: p.id } : { sandiAwal }),
        peran: Array.isArray(v.peran) ? v.peran : v.peran ? [v.peran] : [],
        jabatanId: v.jabatanId || null,
        pegawaiId: v.pegawaiId || null,
      })}
      tombol={[{ label: 'Simpan pengguna' }]}
      jalankan={(v) => call('pengguna.save', v)}
      onSelesai={(x) => selesai(`Pengguna ${x.username} tersimpan.`)}
      onBatal={batal}
    >
      {(form) => (
        <>
          <Teks form={form} nama="username" label="Nama pengguna" wajib autoComplete="off" readOnly={Boolean(p)} />
          <Teks form={form} nama="nama" label="Nama lengkap" wajib />
          <Pilihan form={form} nama="jabatanId" label="Jabatan" kosong="— Tanpa jabatan —" pilihan={jabatan.map((j) => ({ nilai: j.id, label: namaJabatan(j) }))} />
          <Pilihan form={form} nama="pegawaiId" label="Pegawai" kosong="— Tidak terkait —" pilihan={pegawai.map((x) => ({ nilai: x.id, label: namaPegawai(x) }))} />
          <GrupCentang form={form} nama="peran" label="Peran" pilihan={PERAN.map((r) => ({ nilai: r, label: PERAN_LABEL[r] }))} />
          {!p && (
            <Teks
              form={form}
              nama="sandiAwal"
              label="Kata sandi awal"
              type="password"
              autoComplete="new-password"
              petunjuk="Pengguna wajib menggantinya saat pertama masuk."
            />
          )}
          <Centang form={form} nama="aktif" label="Akun aktif" />
        </>
      )}
    </FormAksi>
  );
}

/** Accounts and roles (admin only): who may register letters, sign, number, or only read. */
export function Pengguna() {
  const daftar = useMuat('pengguna.list', {});
  const jabatan = useMuat('jabatan.list', {});
  const pegawai = useMuat('pegawai.list', {});
  const [reset, setReset] = useState<DataPengguna | null>(null);
  const [pesan, setPesan] = useState('');
  const belum = belumSiap(daftar, jabatan, pegawai);
  if (belum) return belum;
  const namaJ = new Map(jabatan.data!.map((j) => [j.id, j.nama]));

  return (
    <div className="halaman">
      <Kelola
        judul="Pengguna"
        labelTambah="Tambah pengguna"
        data={daftar.data!}
        kunci={(p) => p.id}
        nama={(p) => p.username}
        onBerubah={daftar.muatUlang}
        kolom={[
          { judul: 'Pengguna', sel: (p) => <><strong>{p.username}</strong> · {p.nama}</> },
          { judul: 'Peran', sel: (p) => p.peran.map((r) => PERAN_LABEL[r]).join(', ') },
          { judul: 'Jabatan', sel: (p) => (p.jabatanId ? namaJ.get(p.jabatanId) : '—') },
          {
            judul: 'Status',
            sel: (p) => (!p.aktif ? 'Tidak aktif' : p.terkunciSampai ? `Terkunci sampai ${formatWaktu(p.terkunciSampai)}` : p.punyaSandi ? 'Aktif' : 'Belum berkata sandi'),
          },
        ]}
        aksiBaris={(p) => (
          <button type="button" className="tombol tombol--kecil" aria-label={`Atur ulang sandi ${p.username}`} onClick={() => (setReset(p), setPesan(''))}>
            Atur ulang sandi
          </button>
        )}
        form={(p, selesai, batal) => <FormPengguna p={p} jabatan={jabatan.data!} pegawai={pegawai.data!} selesai={selesai} batal={batal} />}
      />
      <Pesan sukses={pesan} />
      {reset && (
        <FormAksi<{ sandiBaru: string }, DataPengguna>
          key={reset.id}
          judul={`Atur ulang kata sandi ${reset.username}`}
          keterangan="Berikan kata sandi sementara ini kepada pengguna secara langsung; ia wajib menggantinya saat masuk."
          skema={api['pengguna.resetSandi'].input}
          bawaan={{ sandiBaru: '' }}
          keApi={(v) => ({ id: reset.id, ...v })}
          tombol={[{ label: 'Atur ulang' }]}
          jalankan={(v) => call('pengguna.resetSandi', v)}
          onSelesai={(x) => {
            setReset(null);
            setPesan(`Kata sandi ${x.username} diatur ulang.`);
            daftar.muatUlang();
          }}
          onBatal={() => setReset(null)}
        >
          {(form) => <Teks form={form} nama="sandiBaru" label="Kata sandi sementara" wajib type="password" autoComplete="new-password" autoFocus />}
        </FormAksi>
      )}
    </div>
  );
}
