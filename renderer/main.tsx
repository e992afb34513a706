import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import './ui/dasar.css';
import './ui/tata-letak.css';
import './ui/formulir.css';
import './ui/tabel.css';

// The same Indonesian messages as the core for zod's own errors; jitless because CSP forbids eval,
// and zod would otherwise probe `new Function` and log a CSP violation on every start.
z.config(z.locales.id());
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
