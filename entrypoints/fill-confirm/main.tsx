import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfirmApp } from '../../components/fill-confirm/confirm-app';
import '../../components/ui.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <ConfirmApp id={location.hash.slice(1)} />
    </StrictMode>,
  );
