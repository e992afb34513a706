import { useId, useState } from 'react';
import { api, type Instansi as DataInstansi } from '../../shared/api';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { Teks } from '../ui/bidang';
import { keBase64 } from '../ui/berkas';
import { isianDari, usePengiriman } from '../ui/form';
import { FormAksi } from '../ui/FormAksi';
import { belumSiap, Pesan } from '../ui/Pesan';

type Nilai = Record<Exclude<keyof DataInstansi, 'logoSha256'>, string>;

const BIDANG: [keyof Nilai, string, boolean, string?][] = [
  ['pemerintah', 'Nama pemerintah daerah', true, 'Baris pertama kop, mis. Pemerintah Kabupaten Contoh.'],
  ['namaDinas', 'Nama dinas', true],
  ['alamat', 'Alamat', true],
  ['kota', 'Kota tempat surat', true, 'Ditulis sebelum tanggal surat.'],
  ['kodePos', 'Kode pos', false],
  ['telepon', 'Telepon', false],
  ['email', 'Email', false],
  ['laman', 'Laman', false],
  ['kodeUnit', 'Kode unit penomoran', true, 'Token {unit} dalam nomor surat, mis. Dinsos.'],
];

export function Instansi() {
  const muat = useMuat('instansi.get', {});
  const { data, muatUlang } = muat;
  const [pesan, setPesan] = useState('');
  if (!data) return belumSiap(muat);
  const bawaan = isianDari(Object.fromEntries(BIDANG.map(([k]) => [k, ''])) as Nilai, data);
  return (
    <div className="halaman">
      <Pesan sukses={pesan} />
      <FormAksi<Nilai, DataInstansi>
        judul="Profil instansi"
        keterangan="Dipakai pada kop surat, lembar disposisi, dan laporan."
        skema={api['instansi.update'].input}
        bawaan={bawaan}
        tombol={[{ label: 'Simpan profil' }]}
        jalankan={(v) => call('instansi.update', v)}
        onSelesai={() => {
          setPesan('Profil instansi tersimpan.');
          muatUlang();
        }}
      >
        {(form) => BIDANG.map(([k, label, wajib, petunjuk]) => <Teks key={k} form={form} nama={k} label={label} wajib={wajib} petunjuk={petunjuk} />)}
      </FormAksi>
      <Logo ada={Boolean(data.logoSha256)} onBerubah={(p) => (setPesan(p), muatUlang())} />
    </div>
  );
}

/** The regional coat of arms printed in the kop of reports and the lembar disposisi. */
function Logo({ ada, onBerubah }: { ada: boolean; onBerubah: (pesan: string) => void }) {
  const id = useId();
  const [berkas, setBerkas] = useState<File>();
  const kirim = usePengiriman();
  const pasang = async (f?: File) => {
    if (f && !['image/png', 'image/jpeg'].includes(f.type)) return kirim.setGalat(`${f.name} bukan PNG atau JPG.`);
    const r = await kirim.jalankan(async () => call('instansi.setLogo', f ? { isiBase64: await keBase64(f) } : {}));
    if (r) onBerubah(f ? 'Logo terpasang.' : 'Logo dihapus.');
  };
  return (
    <section className="kartu" aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>Logo kop</h2>
      <p className="samar">{ada ? 'Logo sudah terpasang.' : 'Belum ada logo; kop dicetak tanpa lambang.'}</p>
      <div className="bidang">
        <label htmlFor={`${id}-berkas`}>Berkas logo (PNG atau JPG)</label>
        <input id={`${id}-berkas`} type="file" accept="image/png,image/jpeg" onChange={(e) => setBerkas(e.target.files?.[0])} />
      </div>
      <div className="baris-tombol">
        <button type="button" className="tombol" disabled={!berkas || kirim.sedang} onClick={() => void pasang(berkas)}>
          Pasang logo
        </button>
        {ada && (
          <button type="button" className="tombol tombol--bahaya" disabled={kirim.sedang} onClick={() => void pasang()}>
            Hapus logo
          </button>
        )}
      </div>
      <Pesan galat={kirim.galat} />
    </section>
  );
}
