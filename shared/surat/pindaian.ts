/** The extension a scan's copy takes, by the type the core found in its content (db/core/berkas.ts mimePindaian). */
const EKSTENSI_PINDAIAN: Record<string, 'pdf' | 'jpg' | 'png'> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

export const ekstensiPindaian = (mime: string) => EKSTENSI_PINDAIAN[mime] ?? 'pdf';
