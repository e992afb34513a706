import { describe, expect, it } from 'vitest';
import { bolehPindahStatus, statusSuratMasuk } from '../../shared/surat/status-surat-masuk';

describe('disposisi branch status', () => {
  it('only moves forward, and may skip steps', () => {
    expect(bolehPindahStatus('belum_dibaca', 'diterima')).toBe(true);
    expect(bolehPindahStatus('belum_dibaca', 'selesai')).toBe(true);
    expect(bolehPindahStatus('ditindaklanjuti', 'diterima')).toBe(false);
    expect(bolehPindahStatus('selesai', 'selesai')).toBe(false);
    // A further report on a followed-up branch; a received branch cannot "report" being received again.
    expect(bolehPindahStatus('ditindaklanjuti', 'ditindaklanjuti')).toBe(true);
    expect(bolehPindahStatus('diterima', 'diterima')).toBe(false);
  });
  it('D3: withdrawal only while unread', () => {
    expect(bolehPindahStatus('belum_dibaca', 'ditarik')).toBe(true);
    expect(bolehPindahStatus('diterima', 'ditarik')).toBe(false);
    expect(bolehPindahStatus('ditarik', 'diterima')).toBe(false);
  });
});

describe('letter state follows its branches', () => {
  it.each([
    [[], 'belum_didisposisi'],
    [['ditarik'], 'belum_didisposisi'],
    [['belum_dibaca', 'diterima'], 'didisposisi'],
    [['selesai', 'belum_dibaca'], 'ditindaklanjuti'],
    [['selesai', 'selesai', 'ditarik'], 'selesai'],
  ] as const)('%j → %s', (cabang, status) => {
    expect(statusSuratMasuk([...cabang])).toBe(status);
  });
});
