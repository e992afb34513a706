import { Component, type ReactNode } from 'react';

/**
 * A screen that fails to render shows why and a way out, instead of leaving the whole window blank.
 * A draft kept in localStorage (useKonsepTersimpan) is restored on every visit, so a draft that
 * breaks its screen would break it again after a reload: the way out can throw the drafts away.
 */
export class PenjagaLayar extends Component<{ children: ReactNode }, { galat: Error | null }> {
  override state = { galat: null as Error | null };

  static getDerivedStateFromError(galat: Error) {
    return { galat };
  }

  override render() {
    const { galat } = this.state;
    if (!galat) return this.props.children;
    const buangKonsep = () => {
      for (const kunci of Object.keys(localStorage)) if (kunci.startsWith('konsep:')) localStorage.removeItem(kunci);
      location.reload();
    };
    return (
      <div role="alert" className="pesan pesan--galat">
        <p>
          <strong>Layar ini gagal ditampilkan.</strong> Data yang sudah tersimpan tidak terpengaruh. ({galat.message})
        </p>
        <div className="baris-tombol">
          <button type="button" className="tombol tombol--utama" onClick={() => location.reload()}>
            Muat ulang
          </button>
          <button type="button" className="tombol tombol--bahaya" onClick={buangKonsep}>
            Buang isian yang belum tersimpan, lalu muat ulang
          </button>
        </div>
      </div>
    );
  }
}
