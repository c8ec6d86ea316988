import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RotateApp } from '../../components/popup/expiry-rotate';
import '../../components/ui.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <RotateApp setupId={new URLSearchParams(location.search).get('setup') ?? undefined} />
    </StrictMode>,
  );
