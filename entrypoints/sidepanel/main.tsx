import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '../../components/sidepanel/sidepanel-app';
import { t } from '../../utils/i18n/t';
import '../../components/ui.css';
import '../../components/sidepanel/sidepanel.css';

// The <title> names the sidebar for Firefox; the page itself shows the name in the UI language.
document.title = t('ext_name');
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <SidePanelApp />
    </StrictMode>,
  );
