import type { Pengiriman } from './form';
import { Pesan } from './Pesan';

/** The foot of a settings form: what the core answered, then the one submit button. */
export function KakiSimpan({ kirim, label = 'Simpan pengaturan' }: { kirim: Pengiriman; label?: string }) {
  return (
    <>
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
      <div className="baris-tombol">
        <button type="submit" className="tombol tombol--utama" disabled={kirim.sedang}>
          {label}
        </button>
      </div>
    </>
  );
}
