import type { DuplikatSurat } from '../../shared/api';
import { formatTanggal } from '../../shared/format/tanggal';
import { useMuat } from '../api/useMuat';
import { href } from '../app/rute';

/** The same letter often arrives twice (by post and by hand, or as a copy): say so while typing. */
export function useCekDuplikat(asal: string, nomorSurat: string, kecualiId?: number): DuplikatSurat[] {
  const lengkap = asal.trim() && nomorSurat.trim();
  const cek = useMuat('suratMasuk.checkDuplicate', lengkap ? { asal, nomorSurat, ...(kecualiId ? { kecualiId } : {}) } : null, { tunda: 350 });
  return cek.data ?? [];
}

/** `ditanya`: the person pressed Simpan once with this warning showing; the next press saves. */
export function PeringatanDuplikat({ duplikat, sudahTersimpan, ditanya }: { duplikat: DuplikatSurat[]; sudahTersimpan?: boolean; ditanya?: boolean }) {
  return (
    <div aria-live="polite" className="bidang-lebar">
      {duplikat.length > 0 && (
        <div className="pesan pesan--awas">
          <strong>Kemungkinan surat ganda.</strong>{' '}
          {sudahTersimpan ? 'Surat ini tersimpan, tetapi surat' : 'Surat'} dengan asal dan nomor surat yang sama sudah tercatat:{' '}
          {duplikat.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ', '}
              {/* Out of the Tab order while typing (the next Tab goes on to Perihal); reachable after saving. */}
              <a href={href('surat-masuk', d.id)} target="_blank" rel="noreferrer" tabIndex={sudahTersimpan ? undefined : -1}>
                nomor agenda {d.nomorAgenda}/{d.tahunAgenda}
              </a>{' '}
              (diterima {formatTanggal(d.tanggalTerima)})
            </span>
          ))}
          . {sudahTersimpan ? 'Periksa apakah ini surat yang sama.' : 'Periksa dahulu sebelum menyimpan.'}
          {ditanya && (
            <>
              {' '}
              <strong>Belum disimpan.</strong> Bila ini memang surat lain, tekan Tetap simpan (atau Ctrl+Enter) sekali lagi.
            </>
          )}
        </div>
      )}
    </div>
  );
}
