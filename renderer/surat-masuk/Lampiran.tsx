import { useId, useRef, useState } from 'react';
import type { BerkasLampiran } from '../../shared/api';
import { formatWaktu } from '../../shared/format/tanggal';
import { ekstensiPindaian } from '../../shared/surat/pindaian';
import { call } from '../api/client';
import { keBase64 } from '../ui/berkas';
import { usePengiriman } from '../ui/form';
import { ukuranBerkas } from '../ui/label';
import { Pesan } from '../ui/Pesan';
import { SimpanBerkas } from '../ui/SimpanBerkas';
import { Tabel } from '../ui/Tabel';

const JENIS = ['application/pdf', 'image/jpeg', 'image/png'];

/** The uploaded name with the extension its content calls for ("surat.jpeg" → "surat.jpg"). */
function namaSalinan(b: BerkasLampiran): string {
  return `${b.namaFile.replace(/\.[^.]*$/, '')}.${ekstensiPindaian(b.mime)}`;
}
/** The bridge takes 40 MB per request; base64 adds a third. */
const BATAS = 25 * 1024 * 1024;

/** Scans of the paper letter (PDF/JPG/PNG), stored by the core under their SHA-256. A cancelled entry shows its scans but takes no more. */
export function Lampiran({ suratId, berkas, dibatalkan, onBerubah }: { suratId: number; berkas: BerkasLampiran[]; dibatalkan: boolean; onBerubah: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dipilih, setDipilih] = useState<File[]>([]);
  const [salin, setSalin] = useState<BerkasLampiran | null>(null);
  const kirim = usePengiriman();

  const unggah = async () => {
    const salah = dipilih.find((f) => !JENIS.includes(f.type));
    if (salah) return kirim.setGalat(`${salah.name} bukan PDF, JPG, atau PNG.`);
    const besar = dipilih.find((f) => f.size > BATAS);
    if (besar) return kirim.setGalat(`${besar.name} lebih dari ${ukuranBerkas(BATAS)}; pindai dengan resolusi lebih rendah.`);
    const hasil = await kirim.jalankan(
      async () => {
        for (const f of dipilih) await call('suratMasuk.attach', { id: suratId, namaFile: f.name, isiBase64: await keBase64(f) });
        return dipilih.length;
      },
      { sukses: (n) => `${n} berkas dilampirkan.` },
    );
    if (hasil) {
      setDipilih([]);
      if (input.current) input.current.value = '';
      onBerubah();
    }
  };

  return (
    <section className="kartu" aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>Lampiran pindaian</h2>
      {berkas.length === 0 ? (
        <p className="samar">{dibatalkan ? 'Surat dibatalkan; tidak ada pindaian.' : 'Belum ada pindaian.'}</p>
      ) : (
        <Tabel
          data={berkas}
          kunci={(b) => b.id}
          kolom={[
            { judul: 'Nama berkas', sel: (b) => b.namaFile },
            { judul: 'Ukuran', sel: (b) => ukuranBerkas(b.ukuran) },
            { judul: 'Dilampirkan', sel: (b) => formatWaktu(b.createdAt) },
            {
              judul: 'Salinan',
              sel: (b) => (
                <button type="button" className="tombol tombol--kecil" aria-expanded={salin?.id === b.id} onClick={() => setSalin(salin?.id === b.id ? null : b)}>
                  Simpan salinan
                </button>
              ),
            },
          ]}
        />
      )}
      {salin && (
        <SimpanBerkas
          key={salin.id}
          namaBawaan={namaSalinan(salin)}
          ekstensi={ekstensiPindaian(salin.mime)}
          labelTombol={`Simpan salinan ${salin.namaFile}`}
          labelBidang="Simpan salinan ke berkas"
          autoFocus
          ekspor={(tujuan) => call('suratMasuk.salinLampiran', { berkasId: salin.id, ...tujuan })}
          pesanSukses={(r) => (
            <>
              Salinan tersimpan di <code className="path">{r.path}</code> ({ukuranBerkas(r.ukuran)}); buka dari folder itu.
            </>
          )}
        />
      )}
      {dibatalkan && berkas.length > 0 && <p className="samar">Surat dibatalkan; pindaian tidak dapat ditambah.</p>}
      {!dibatalkan && (
        <>
          <div className="bidang" style={{ marginTop: '0.75rem' }}>
            <label htmlFor={`${id}-berkas`}>Pilih pindaian (PDF, JPG, PNG)</label>
            <input
              ref={input}
              id={`${id}-berkas`}
              type="file"
              multiple
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              onChange={(e) => setDipilih([...(e.target.files ?? [])])}
            />
          </div>
          <div className="baris-tombol">
            <button type="button" className="tombol" disabled={dipilih.length === 0 || kirim.sedang} onClick={() => void unggah()}>
              {kirim.sedang ? 'Mengunggah…' : 'Unggah lampiran'}
            </button>
          </div>
        </>
      )}
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
    </section>
  );
}
