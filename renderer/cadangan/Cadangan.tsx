import { KakiSimpan } from '../ui/KakiSimpan';
import { useState, type ReactNode } from 'react';
import { api, type HasilVerifikasiCadangan, type PengaturanCadangan, type RingkasanCadangan } from '../../shared/api';
import { formatWaktu } from '../../shared/format/tanggal';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { Teks } from '../ui/bidang';
import { useFormKontrak, usePengiriman } from '../ui/form';
import { Halaman } from '../ui/Halaman';
import { angka, ukuranBerkas } from '../ui/label';
import { belumSiap, Pesan } from '../ui/Pesan';
import { Tabel } from '../ui/Tabel';

const JENIS: Record<RingkasanCadangan['jenis'], string> = {
  harian: 'Harian (otomatis)',
  manual: 'Manual',
  'pra-migrasi': 'Sebelum pembaruan',
  'pra-pemulihan': 'Sebelum pemulihan',
};

type Status = { sedang: true } | { sedang: false; hasil: HasilVerifikasiCadangan } | { sedang: false; galat: string };

function StatusCadangan({ s }: { s: Status | undefined }) {
  if (!s) return <span className="samar">Belum diperiksa</span>;
  if (s.sedang) return <span className="samar">Memeriksa…</span>;
  if ('galat' in s) return <span className="lencana lencana--bahaya">Gagal diperiksa: {s.galat}</span>;
  const h = s.hasil;
  return (
    <>
      <span className={`lencana lencana--${h.ok ? 'baik' : 'bahaya'}`}>{h.ok ? 'Valid' : 'Rusak'}</span>
      {!h.ok && <span className="blok">{[h.pesan, ...h.masalah].join(' ')}</span>}
      {h.peringatan.length > 0 && <span className="blok teks-awas">{h.peringatan.join(' ')}</span>}
    </>
  );
}

interface NilaiPengaturan {
  folderCadangan: string;
  harian: string;
  mingguan: string;
  bulanan: string;
}

function FormPengaturan({ awal, onTersimpan }: { awal: PengaturanCadangan; onTersimpan: (p: PengaturanCadangan) => void }) {
  const form = useFormKontrak<NilaiPengaturan>({
    skema: api['cadangan.settings.update'].input,
    bawaan: { folderCadangan: awal.folderCadangan, harian: String(awal.rotasi.harian), mingguan: String(awal.rotasi.mingguan), bulanan: String(awal.rotasi.bulanan) },
    keApi: (v) => ({
      folderCadangan: v.folderCadangan.trim() || null,
      rotasi: { harian: Number(v.harian), mingguan: Number(v.mingguan), bulanan: Number(v.bulanan) },
    }),
  });
  const kirim = usePengiriman();
  const simpan = form.handleSubmit(async (v) => {
    const r = await kirim.jalankan(() => call('cadangan.settings.update', v as never), { form, sukses: () => 'Pengaturan cadangan tersimpan.' });
    if (r) {
      form.reset({ folderCadangan: r.folderCadangan, harian: String(r.rotasi.harian), mingguan: String(r.rotasi.mingguan), bulanan: String(r.rotasi.bulanan) });
      onTersimpan(r);
    }
  }, kirim.tidakSah);
  return (
    <form className="formulir kartu" noValidate aria-labelledby="judul-pengaturan-cadangan" onSubmit={(e) => void simpan(e)}>
      <h2 id="judul-pengaturan-cadangan" className="bidang-lebar">
        Pengaturan
      </h2>
      <Teks
        form={form}
        nama="folderCadangan"
        label="Folder cadangan"
        className="bidang--lebar"
        spellCheck={false}
        petunjuk="Path lengkap, sebaiknya di diska lain atau flashdisk, mis. D:\Cadangan. Kosongkan untuk folder bawaan."
      />
      <Teks form={form} nama="harian" label="Simpan cadangan harian" type="number" min={1} petunjuk="Jumlah hari terakhir." />
      <Teks form={form} nama="mingguan" label="Simpan cadangan mingguan" type="number" min={0} petunjuk="Jumlah minggu terakhir." />
      <Teks form={form} nama="bulanan" label="Simpan cadangan bulanan" type="number" min={0} petunjuk="Jumlah bulan terakhir." />
      <KakiSimpan kirim={kirim} />
    </form>
  );
}

/** Backups of the database and attachments: make one now, check any of them, and set the rotation. */
export function Cadangan() {
  const daftar = useMuat('cadangan.list', {});
  const pengaturan = useMuat('cadangan.settings.get', {});
  const [status, setStatus] = useState<Record<string, Status>>({});
  const buat = usePengiriman();

  const periksa = async (folder: string) => {
    setStatus((s) => ({ ...s, [folder]: { sedang: true } }));
    try {
      const hasil = await call('cadangan.verify', { folder });
      setStatus((s) => ({ ...s, [folder]: { sedang: false, hasil } }));
    } catch (e) {
      setStatus((s) => ({ ...s, [folder]: { sedang: false, galat: e instanceof Error ? e.message : String(e) } }));
    }
  };

  // A backup nobody checked is a hope, not a backup: the new one is checked straight away.
  const buatSekarang = async () => {
    const r = await buat.jalankan(() => call('cadangan.create', {}), {
      sukses: (c): ReactNode => (
        <>
          Cadangan dibuat di <code className="path">{c.folder}</code> ({ukuranBerkas(c.ukuran)}, {angka(c.jumlahLampiran)} lampiran). Hasil pemeriksaan ada di daftar.
        </>
      ),
    });
    if (!r) return;
    daftar.muatUlang();
    await periksa(r.folder);
  };

  const tunggu = belumSiap(daftar, pengaturan);
  return (
    <Halaman
      judul="Cadangan"
      sub="Salinan basis data dan semua lampiran. Cadangan harian dibuat otomatis; buat cadangan manual sebelum pekerjaan besar."
      aksi={
        <button type="button" className="tombol tombol--utama" onClick={() => void buatSekarang()} disabled={buat.sedang}>
          {buat.sedang ? 'Membuat cadangan…' : 'Buat cadangan sekarang'}
        </button>
      }
    >
      <Pesan galat={buat.galat} sukses={buat.sukses} />
      {tunggu ?? (
        <div className="dua-kolom">
          <div className="halaman">
            <section className="kartu" aria-labelledby="judul-daftar-cadangan">
              <h2 id="judul-daftar-cadangan">Daftar cadangan</h2>
              {daftar.data!.cadangan.length === 0 ? (
                <p className="samar">Belum ada cadangan. Tekan “Buat cadangan sekarang”.</p>
              ) : (
                <Tabel
                  label="Daftar cadangan"
                  data={daftar.data!.cadangan}
                  kunci={(c) => c.folder}
                  kolom={[
                    { judul: 'Jenis', sel: (c) => JENIS[c.jenis] ?? c.jenis },
                    { judul: 'Tanggal', sel: (c) => formatWaktu(c.dibuat) },
                    { judul: 'Ukuran', sel: (c) => ukuranBerkas(c.ukuran) },
                    { judul: 'Status', sel: (c) => <StatusCadangan s={status[c.folder]} /> },
                    {
                      judul: 'Tindakan',
                      sel: (c) => (
                        <button
                          type="button"
                          className="tombol tombol--kecil"
                          aria-label={`Periksa cadangan ${c.nama}`}
                          title={c.folder}
                          disabled={status[c.folder]?.sedang === true}
                          onClick={() => void periksa(c.folder)}
                        >
                          Periksa
                        </button>
                      ),
                    },
                  ]}
                />
              )}
              {daftar.data!.tidakLengkap.length > 0 && (
                <div className="pesan pesan--awas">
                  Folder tanpa manifest (terputus atau sedang ditulis; tidak dipakai untuk pemulihan):
                  <ul>
                    {daftar.data!.tidakLengkap.map((f) => (
                      <li key={f}>
                        <code className="path">{f}</code>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <p className="petunjuk">Dibaca dari: {daftar.data!.folder.map((f) => <code key={f} className="path">{f} </code>)}</p>
            </section>
            <section className="kartu" aria-labelledby="judul-pemulihan">
              <h2 id="judul-pemulihan">Pemulihan</h2>
              {window.sekretariat?.pulihkanCadangan ? (
                <PulihkanDesktop />
              ) : (
                <p>
                  Pemulihan: tutup aplikasi lalu jalankan <code>npm run cli -- restore &lt;folder&gt;</code>
                </p>
              )}
              <p className="petunjuk">Periksa cadangan yang akan dipulihkan lebih dahulu. Sebelum memulihkan, aplikasi membuat cadangan “sebelum pemulihan” dari data saat ini.</p>
            </section>
          </div>
          <FormPengaturan awal={pengaturan.data!} onTersimpan={(p) => (pengaturan.setData(p), daftar.muatUlang())} />
        </div>
      )}
    </Halaman>
  );
}

/** In the desktop app main closes the database, restores, reopens and reloads this window. */
function PulihkanDesktop() {
  const [pesan, setPesan] = useState<{ galat?: string; sukses?: string }>({});
  const [sibuk, setSibuk] = useState(false);
  const pulihkan = async () => {
    setSibuk(true);
    const env = await window.sekretariat!.pulihkanCadangan();
    setSibuk(false);
    if (env.error) setPesan({ galat: env.error.message });
    else if (env.result) setPesan({ sukses: env.result.pesan });
  };
  return (
    <>
      <button type="button" onClick={pulihkan} disabled={sibuk}>
        {sibuk ? 'Memulihkan…' : 'Pulihkan dari cadangan…'}
      </button>
      <Pesan galat={pesan.galat} sukses={pesan.sukses} />
    </>
  );
}
