import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignInApp } from '../../components/checks/signin-app';
import '../../components/ui.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <SignInApp />
    </StrictMode>,
  );
