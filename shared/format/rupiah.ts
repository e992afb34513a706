const fmt = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** "Rp 1.234.567" — the space and dot grouping of Indonesian official documents. */
export function formatRupiah(n: number): string {
  const sign = n < 0 ? '-' : '';
  return `${sign}Rp ${fmt.format(Math.abs(Math.round(n)))}`;
}

export function formatAngka(n: number): string {
  return fmt.format(n);
}
