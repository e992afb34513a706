import { useRef } from 'react';
import type { StatusPenerima } from '../../shared/surat/enums';
import { call } from '../api/client';
import type { Pengiriman } from '../ui/form';
import { usePanel } from '../ui/panel';
import { FormCatatan } from './FormCatatan';

type Panel = 'ditindaklanjuti' | 'selesai' | 'tarik';

/**
 * What one recipient of a disposisi can do next. A branch only moves forward
 * (belum dibaca → diterima → ditindaklanjuti → selesai), takes further tindak lanjut notes until it is
 * selesai, and can be withdrawn only while unread.
 */
export function AksiPenerima({
  penerimaId,
  status,
  jabatan,
  kirim,
  onBerubah,
  onTeruskan,
  bolehTarik = true,
}: {
  penerimaId: number;
  status: StatusPenerima;
  jabatan: string;
  kirim: Pengiriman;
  onBerubah: () => void;
  onTeruskan?: () => void;
  /** Withdrawing is the sender's act; a recipient's own inbox does not offer it. */
  bolehTarik?: boolean;
}) {
  const wadah = useRef<HTMLDivElement>(null);
  const { panel, buka, tutup, ingat } = usePanel<Panel>(wadah);
  if (status === 'selesai' || status === 'ditarik') return null;

  const jalankan = async (fn: () => Promise<unknown>, sukses: string) => {
    tutup();
    if ((await kirim.jalankan(fn, { sukses: () => sukses })) !== undefined) onBerubah();
  };
  const ubahStatus = (ke: 'diterima' | 'ditindaklanjuti' | 'selesai', catatan?: string) =>
    jalankan(
      () => call('disposisi.updateStatus', { penerimaId, status: ke, ...(catatan ? { catatan } : {}) }),
      { diterima: `Disposisi untuk ${jabatan} diterima.`, ditindaklanjuti: `Tindak lanjut ${jabatan} dicatat.`, selesai: `Disposisi untuk ${jabatan} selesai.` }[ke],
    );

  return (
    <div ref={wadah}>
      <div className="baris-tombol">
        {status === 'belum_dibaca' && (
          <button
            type="button"
            className="tombol tombol--kecil"
            onClick={() => {
              ingat();
              void ubahStatus('diterima');
            }}
          >
            Terima
          </button>
        )}
        {/* Progress is reported more than once, until the branch is done: each note is kept in order. */}
        <button type="button" className="tombol tombol--kecil" aria-expanded={panel === 'ditindaklanjuti'} onClick={() => buka('ditindaklanjuti')}>
          {status === 'ditindaklanjuti' ? 'Tambah tindak lanjut' : 'Tindak lanjut'}
        </button>
        <button type="button" className="tombol tombol--kecil" aria-expanded={panel === 'selesai'} onClick={() => buka('selesai')}>
          Selesai
        </button>
        {onTeruskan && (
          <button type="button" className="tombol tombol--kecil" onClick={onTeruskan}>
            Teruskan
          </button>
        )}
        {bolehTarik && status === 'belum_dibaca' && (
          <button type="button" className="tombol tombol--kecil tombol--bahaya" aria-expanded={panel === 'tarik'} onClick={() => buka('tarik')}>
            Tarik
          </button>
        )}
      </div>
      {panel === 'ditindaklanjuti' && (
        <FormCatatan label="Catatan tindak lanjut" tombol="Simpan tindak lanjut" wajib onKirim={(c) => void ubahStatus('ditindaklanjuti', c)} onBatal={tutup} />
      )}
      {panel === 'selesai' && <FormCatatan label="Catatan penyelesaian" tombol="Tandai selesai" onKirim={(c) => void ubahStatus('selesai', c)} onBatal={tutup} />}
      {panel === 'tarik' && (
        <FormCatatan
          label="Alasan penarikan"
          tombol="Tarik disposisi"
          onKirim={(c) => void jalankan(() => call('disposisi.tarik', { penerimaId, ...(c ? { alasan: c } : {}) }), `Disposisi untuk ${jabatan} ditarik.`)}
          onBatal={tutup}
        />
      )}
    </div>
  );
}
