import { bulanRomawi, parseTanggal } from '../format/tanggal';
import { KEAMANAN_KODE, type Keamanan } from './enums';

/**
 * Letter-number templates. Text outside `{...}` is literal, so
 * `{klasifikasi}/{urut}/423.105/{tahun}` and `NOMOR {urut} TAHUN {tahun}` are both valid.
 */
export const NOMOR_TOKENS = ['klasifikasi', 'kode', 'urut', 'unit', 'jabatan', 'tahun', 'bulan', 'bulanRomawi', 'bulan_romawi', 'keamanan'] as const;
type Token = (typeof NOMOR_TOKENS)[number];

export interface NomorValues {
  klasifikasi: string;
  urut: number;
  /** 0 for a main number; 1, 2, ... for nomor sisipan. */
  sisipan?: number;
  unit: string;
  jabatan?: string;
  tanggal: string;
  keamanan: Keamanan;
}

export interface NomorStyle {
  /** Zero padding for a bare `{urut}`; `{urut:3}` in the template wins. */
  padding: number;
  /** How a sisipan suffix is written: `.{n:2}` → `015.01`, `{huruf}` → `015a`, `.{HURUF}` → `015.A`. */
  sisipanFormat: string;
}

const TOKEN_RE = /\{([^{}]*)\}/g;

export function templateErrors(format: string): string[] {
  const errors: string[] = [];
  if (!format.trim()) errors.push('Format nomor tidak boleh kosong.');
  let hasUrut = false;
  for (const m of format.matchAll(TOKEN_RE)) {
    const [name, arg] = (m[1] ?? '').split(':');
    if (!(NOMOR_TOKENS as readonly string[]).includes(name ?? '')) {
      errors.push(`Token {${m[1]}} tidak dikenal. Token yang tersedia: ${NOMOR_TOKENS.map((t) => `{${t}}`).join(', ')}.`);
      continue;
    }
    if (name === 'urut') {
      hasUrut = true;
      if (arg !== undefined && !/^[1-9]$/.test(arg)) errors.push('Lebar {urut:N} harus angka 1 sampai 9.');
    } else if (arg !== undefined) errors.push(`Token {${name}} tidak menerima lebar.`);
  }
  if (/[{}]/.test(format.replace(TOKEN_RE, ''))) errors.push('Kurung kurawal tidak berpasangan dalam format nomor.');
  if (!hasUrut) errors.push('Format nomor harus memuat {urut}.');
  return errors;
}

export function sisipanFormatErrors(f: string): string[] {
  const tokens = [...f.matchAll(TOKEN_RE)].map((m) => m[1]);
  if (tokens.length !== 1 || !/^(n(:[1-9])?|huruf|HURUF)$/.test(tokens[0] ?? '')) {
    return ['Format sisipan harus memuat tepat satu dari {n}, {n:2}, {huruf}, atau {HURUF}.'];
  }
  return [];
}

function huruf(n: number): string {
  // 1 → a, 26 → z, 27 → aa: sisipan rarely pass 26, but must never collide.
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(97 + ((x - 1) % 26)) + s;
  return s;
}

export function formatSisipan(n: number, sisipanFormat: string): string {
  return sisipanFormat.replace(TOKEN_RE, (_m, tok: string) => {
    if (tok === 'huruf') return huruf(n);
    if (tok === 'HURUF') return huruf(n).toUpperCase();
    const width = Number(tok.split(':')[1] ?? 0);
    return String(n).padStart(width, '0');
  });
}

export function formatUrut(urut: number, width: number, sisipan: number, style: NomorStyle): string {
  const main = String(urut).padStart(width, '0');
  return sisipan > 0 ? main + formatSisipan(sisipan, style.sisipanFormat) : main;
}

export function formatNomor(format: string, v: NomorValues, style: NomorStyle): string {
  const d = parseTanggal(v.tanggal);
  const bulan = d.getMonth() + 1;
  return format.replace(TOKEN_RE, (_m, raw: string) => {
    const [name, arg] = raw.split(':') as [Token, string | undefined];
    switch (name) {
      case 'klasifikasi':
      case 'kode':
        return v.klasifikasi;
      case 'urut':
        return formatUrut(v.urut, arg ? Number(arg) : style.padding, v.sisipan ?? 0, style);
      case 'unit':
        return v.unit;
      case 'jabatan':
        return v.jabatan ?? '';
      case 'tahun':
        return String(d.getFullYear());
      case 'bulan':
        return String(bulan).padStart(2, '0');
      case 'bulanRomawi':
      case 'bulan_romawi':
        return bulanRomawi(bulan);
      case 'keamanan':
        return KEAMANAN_KODE[v.keamanan];
      default:
        return `{${raw}}`;
    }
  });
}
