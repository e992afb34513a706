import { useId, useState } from 'react';
import type { HasilVerifikasi } from '../../shared/api';
import { formatTanggal } from '../../shared/format/tanggal';
import { call } from '../api/client';
import { href } from '../app/rute';
import { Kerangka } from '../ui/bidang';
import { usePengiriman } from '../ui/form';
import { DataSurat, Halaman } from '../ui/Halaman';
import { Pesan } from '../ui/Pesan';
import './naskah.css';

/**
 * Someone holds a printed letter and asks "is this real?": the QR text (from a scanner or a phone,
 * pasted here) is checked against the stored versions, number, date and signer.
 */
export function PeriksaQr({ query }: { query: URLSearchParams }) {
  const id = useId();
  const [kode, setKode] = useState(query.get('kode') ?? '');
  const [hasil, setHasil] = useState<HasilVerifikasi | null>(null);
  const kirim = usePengiriman();

  const periksa = async () => {
    setHasil(null);
    const r = await kirim.jalankan(() => call('naskah.verify', { payload: kode }));
    if (r) setHasil(r);
  };

  return (
    <Halaman judul="Periksa QR naskah" sub="Cocokkan kode QR pada naskah tercetak dengan catatan di aplikasi.">
      <form className="formulir kartu formulir--sempit" noValidate aria-label="Periksa kode QR" onSubmit={(e) => (e.preventDefault(), void periksa())}>
        <Kerangka id={id} label="Isi kode QR" wajib className="bidang--lebar" petunjuk="Pindai QR dengan pemindai atau ponsel, lalu tempel teksnya di sini (diawali SKRT1:).">
          <textarea
            id={id}
            rows={3}
            value={kode}
            spellCheck={false}
            aria-required
            aria-describedby={`${id}-petunjuk`}
            onChange={(e) => {
              setKode(e.target.value);
              setHasil(null);
            }}
            autoFocus
          />
        </Kerangka>
        <Pesan galat={kirim.galat} />
        <div className="baris-tombol">
          <button type="submit" className="tombol tombol--utama" disabled={kirim.sedang || !kode.trim()}>
            {kirim.sedang ? 'Memeriksa…' : 'Periksa'}
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite">
        {hasil && (
          <section className="kartu formulir--sempit halaman" aria-label="Hasil pemeriksaan">
            <div className={`pesan hasil-periksa ${hasil.cocok ? 'pesan--sukses' : 'pesan--galat'}`}>
              <strong>{hasil.cocok ? '✔ COCOK' : '✖ TIDAK COCOK'}</strong>
              {hasil.pesan.replace(/^(TIDAK )?COCOK:\s*/, '')}
            </div>
            {hasil.alasan.length > 0 && (
              <ul>
                {hasil.alasan.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            )}
            {hasil.suratKeluarId !== null && (
              <>
                <DataSurat
                  baris={[
                    ['Nomor tercatat', hasil.nomor ?? 'Belum/tidak bernomor'],
                    ['Tanggal', formatTanggal(hasil.tanggal)],
                    ['Perihal', hasil.perihal],
                    ['Penandatangan pada kode', hasil.penandatangan],
                    ['Versi yang cocok', hasil.versi !== null ? `versi ${hasil.versi}` : 'tidak ada'],
                    ['Versi terbaru', hasil.versiTerbaru !== null ? `versi ${hasil.versiTerbaru}` : '—'],
                  ]}
                />
                <p>
                  <a href={href('surat-keluar', hasil.suratKeluarId)}>Buka catatan surat keluar</a>
                </p>
              </>
            )}
          </section>
        )}
      </div>
    </Halaman>
  );
}
