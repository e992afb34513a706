import { useState, type KeyboardEvent } from 'react';
import type { FieldValues, Path, PathValue } from 'react-hook-form';
import type { KodeKlasifikasi } from '../../shared/api';
import { useMuat } from '../api/useMuat';
import { Kerangka, useBidang } from './bidang';
import type { Formulir } from './form';

const POLA_KODE = /^\d{3}(\.\d{1,3}){0,5}$/;

function retensi(k: KodeKlasifikasi): string {
  const bagian = [
    k.retensiAktifTahun !== null ? `aktif ${k.retensiAktifTahun} th` : '',
    k.retensiInaktifTahun !== null ? `inaktif ${k.retensiInaktifTahun} th` : '',
    k.nasibAkhir ? k.nasibAkhir.replace('_', ' ') : '',
  ].filter(Boolean);
  return bagian.length ? ` · Retensi: ${bagian.join(', ')}` : '';
}

/**
 * Kode klasifikasi arsip as a combobox over klasifikasi.search: type a code or words, pick with the
 * arrow keys and Enter. Only leaf codes may go on a letter; picking a group code opens its children
 * instead, so the agendaris can also browse down from 400 → 400.9 → 400.9.7.
 */
export function PemilihKlasifikasi<T extends FieldValues>({ form, nama, label, wajib }: { form: Formulir<T>; nama: Path<T>; label: string; wajib?: boolean }) {
  const { id, galat } = useBidang(form, nama);
  const nilai = String(form.watch(nama) ?? '');
  const [terbuka, setTerbuka] = useState(false);
  const [telusur, setTelusur] = useState<{ q?: string; parent?: string }>({});
  const [aktif, setAktif] = useState(-1);
  const masukan = telusur.parent !== undefined ? { parent: telusur.parent, limit: 200 } : telusur.q ? { q: telusur.q, limit: 40 } : { parent: null, limit: 200 };
  const hasil = useMuat('klasifikasi.search', terbuka ? masukan : null, { tunda: 150 }).data ?? [];
  const kode = useMuat('klasifikasi.get', POLA_KODE.test(nilai) ? { kode: nilai } : null);
  // Only what belongs to the code now in the box, never the answer for what was typed before.
  const info: KodeKlasifikasi | 'tidak-ada' | null = kode.galat ? 'tidak-ada' : kode.data?.kode === nilai ? kode.data : null;

  const setNilai = (k: string) => form.setValue(nama, k as PathValue<T, Path<T>>, { shouldDirty: true, shouldValidate: true });
  const pilih = (k: KodeKlasifikasi) => {
    setNilai(k.kode);
    if (k.bolehDipakai) {
      setTerbuka(false);
    } else {
      setTelusur({ parent: k.kode });
      setAktif(-1);
    }
  };

  const tombol = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!terbuka) return setTerbuka(true);
      const arah = e.key === 'ArrowDown' ? 1 : -1;
      setAktif((a) => Math.max(0, Math.min(hasil.length - 1, a + arah)));
    } else if (e.key === 'Enter' && !e.ctrlKey && terbuka) {
      // With the list open, Enter picks (the first match when none is highlighted); it never submits
      // the form with the words typed, which only got "harus berupa kode bertitik" back.
      const k = hasil[Math.max(aktif, 0)];
      if (k || !POLA_KODE.test(nilai)) e.preventDefault();
      if (k) pilih(k);
    } else if (e.key === 'Escape' && terbuka) {
      e.preventDefault();
      setTerbuka(false);
    }
  };

  const reg = form.register(nama);
  const daftarId = `${id}-daftar`;
  return (
    <Kerangka id={id} label={label} wajib={wajib} galat={galat} className="pemilih-klasifikasi">
      <input
        id={id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={terbuka}
        aria-controls={daftarId}
        aria-activedescendant={terbuka && hasil[aktif] ? `${daftarId}-${aktif}` : undefined}
        aria-invalid={galat ? true : undefined}
        aria-required={wajib || undefined}
        aria-describedby={`${id}-info${galat ? ` ${id}-galat` : ''}`}
        placeholder="Ketik kode atau kata, mis. 400.9 atau bantuan"
        {...reg}
        onChange={(e) => {
          void reg.onChange(e);
          setTelusur({ q: e.target.value });
          setTerbuka(true);
          setAktif(-1);
        }}
        onFocus={() => {
          setTelusur(POLA_KODE.test(nilai) ? { q: nilai } : {});
          setTerbuka(true);
        }}
        onBlur={(e) => {
          setTerbuka(false);
          void reg.onBlur(e);
        }}
        onKeyDown={tombol}
      />
      {terbuka && hasil.length > 0 && (
        <ul id={daftarId} role="listbox" aria-label="Daftar kode yang cocok" className="pemilih-klasifikasi__daftar">
          {hasil.map((k, i) => (
            <li
              key={k.kode}
              id={`${daftarId}-${i}`}
              role="option"
              aria-selected={i === aktif}
              className={k.bolehDipakai ? '' : 'induk'}
              onMouseDown={(e) => {
                e.preventDefault();
                pilih(k);
              }}
            >
              <span className="kode">{k.kode}</span> {k.nama}
              {!k.bolehDipakai && <span className="samar"> — kelompok, buka turunannya ›</span>}
              {k.induk && <span className="pemilih-klasifikasi__induk">{k.induk}</span>}
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-info`} className="petunjuk" aria-live="polite">
        {info === 'tidak-ada' ? (
          <span className="teks-awas">Kode {nilai} tidak ada dalam daftar klasifikasi.</span>
        ) : info ? (
          info.bolehDipakai ? (
            <>
              <strong>{info.kode}</strong> — {info.nama}
              {retensi(info)}
            </>
          ) : (
            <span className="teks-awas">
              {info.kode} ({info.nama}) adalah kode kelompok; pilih salah satu kode turunannya.
            </span>
          )
        ) : (
          'Hanya kode paling rinci (yang memiliki retensi) yang dapat dipakai.'
        )}
      </p>
    </Kerangka>
  );
}
