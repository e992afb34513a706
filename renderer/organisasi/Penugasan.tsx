import { api, type Jabatan, type Penugasan as DataPenugasan } from '../../shared/api';
import { STATUS_PENUGASAN } from '../../shared/api/organisasi';
import { formatTanggal } from '../../shared/format/tanggal';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { Pilihan, Tanggal, Teks } from '../ui/bidang';
import { FormAksi } from '../ui/FormAksi';
import { hariIni, namaPegawai, STATUS_PENUGASAN_LABEL } from '../ui/label';
import { belumSiap } from '../ui/Pesan';
import { Tabel } from '../ui/Tabel';

/**
 * Who held a jabatan when. A Plt./Plh. overlaps the definitive holder for a period; the letter then
 * goes out under the acting official's name (domain guide §5.2).
 */
export function Penugasan({ jabatan, onBerubah }: { jabatan: Jabatan; onBerubah: (pesan: string) => void }) {
  const riwayat = useMuat('penugasan.list', { jabatanId: jabatan.id });
  const pegawai = useMuat('pegawai.list', {});
  const belum = belumSiap(riwayat, pegawai);
  if (belum) return belum;
  const nama = new Map(pegawai.data!.map((p) => [p.id, namaPegawai(p)]));

  return (
    <div className="kartu halaman">
      <h2>Pejabat {jabatan.nama}</h2>
      {riwayat.data!.length === 0 ? (
        <p className="samar">Belum ada pejabat yang ditetapkan.</p>
      ) : (
        <Tabel
          data={riwayat.data!}
          kunci={(p) => p.id}
          kolom={[
            { judul: 'Pegawai', sel: (p) => nama.get(p.pegawaiId) ?? `#${p.pegawaiId}` },
            { judul: 'Status', sel: (p) => STATUS_PENUGASAN_LABEL[p.status] },
            { judul: 'Mulai', sel: (p) => formatTanggal(p.mulai) },
            { judul: 'Selesai', sel: (p) => (p.selesai ? formatTanggal(p.selesai) : 'sampai sekarang') },
            { judul: 'Nomor SK', sel: (p) => p.nomorSk ?? '—' },
          ]}
        />
      )}
      <FormAksi<{ pegawaiId: string; status: string; mulai: string; selesai: string; nomorSk: string }, DataPenugasan>
        judul="Tetapkan pejabat"
        keterangan="Plt. untuk jabatan yang kosong, Plh. untuk pejabat yang berhalangan sementara."
        skema={api['penugasan.save'].input}
        bawaan={{ pegawaiId: '', status: 'definitif', mulai: hariIni(), selesai: '', nomorSk: '' }}
        keApi={(v) => ({ ...v, jabatanId: jabatan.id, selesai: v.selesai || null })}
        tombol={[{ label: 'Simpan penugasan' }]}
        jalankan={(v) => call('penugasan.save', v)}
        onSelesai={(p) => {
          riwayat.muatUlang();
          onBerubah(`${nama.get(p.pegawaiId) ?? 'Pegawai'} ditetapkan sebagai ${STATUS_PENUGASAN_LABEL[p.status]} ${jabatan.nama}.`);
        }}
      >
        {(form) => (
          <>
            <Pilihan
              form={form}
              nama="pegawaiId"
              label="Pegawai"
              wajib
              kosong="— Pilih pegawai —"
              pilihan={pegawai.data!.filter((p) => p.aktif).map((p) => ({ nilai: p.id, label: `${namaPegawai(p)}${p.nip ? ` (${p.nip})` : ''}` }))}
            />
            <Pilihan form={form} nama="status" label="Status penugasan" wajib pilihan={STATUS_PENUGASAN.map((s) => ({ nilai: s, label: STATUS_PENUGASAN_LABEL[s] }))} />
            <Tanggal form={form} nama="mulai" label="Mulai" wajib />
            <Tanggal form={form} nama="selesai" label="Selesai" petunjuk="Kosongkan bila belum ditentukan." />
            <Teks form={form} nama="nomorSk" label="Nomor SK" />
          </>
        )}
      </FormAksi>
    </div>
  );
}
