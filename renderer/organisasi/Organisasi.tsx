import { useState, type KeyboardEvent } from 'react';
import { Halaman } from '../ui/Halaman';
import { Instansi } from './Instansi';
import { JabatanPejabat } from './Jabatan';
import { Pegawai } from './Pegawai';
import { Pengguna } from './Pengguna';
import { UnitKerja } from './UnitKerja';

const TAB = [
  { kunci: 'instansi', label: 'Profil instansi', Isi: Instansi },
  { kunci: 'unit', label: 'Unit kerja', Isi: UnitKerja },
  { kunci: 'jabatan', label: 'Jabatan dan pejabat', Isi: JabatanPejabat },
  { kunci: 'pegawai', label: 'Pegawai', Isi: Pegawai },
  { kunci: 'pengguna', label: 'Pengguna dan peran', Isi: Pengguna },
] as const;

/** The office as the letters see it: kop, units, jabatan and who holds them (incl. Plt./Plh.), staff, accounts. */
export function Organisasi() {
  const [aktif, setAktif] = useState(0);
  const tab = TAB[aktif]!;
  const panah = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const ke = (aktif + (e.key === 'ArrowRight' ? 1 : TAB.length - 1)) % TAB.length;
    setAktif(ke);
    document.getElementById(`tab-${TAB[ke]!.kunci}`)?.focus();
  };
  return (
    <Halaman judul="Organisasi" sub="Data instansi untuk kop surat, susunan unit, jabatan, pejabat, dan pegawai.">
      <div role="tablist" aria-label="Bagian organisasi" className="tab" onKeyDown={panah}>
        {TAB.map((t, i) => (
          <button
            key={t.kunci}
            id={`tab-${t.kunci}`}
            type="button"
            role="tab"
            aria-selected={i === aktif}
            aria-controls={`panel-${t.kunci}`}
            tabIndex={i === aktif ? 0 : -1}
            onClick={() => setAktif(i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab.kunci}`} aria-labelledby={`tab-${tab.kunci}`}>
        <tab.Isi />
      </div>
    </Halaman>
  );
}
