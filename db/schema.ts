/** Every table, for drizzle-kit and for the typed database handle. */
export * from './core/schema';
export * from './organisasi/schema';
export * from './referensi/schema';
export * from './surat/schema';
export * from './akses/schema';
export * from './naskah/schema';
