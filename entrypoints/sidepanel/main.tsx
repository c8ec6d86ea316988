import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '../../components/sidepanel/sidepanel-app';
import '../../components/ui.css';
import '../../components/sidepanel/sidepanel.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <SidePanelApp />
    </StrictMode>,
  );
