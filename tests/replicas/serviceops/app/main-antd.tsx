import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AntdDrawerForm } from './AntdDrawerForm';
import { resolveVersion } from './model';

const version = resolveVersion(location.search);
window.__serviceOpsVersion = version;
window.__serviceOpsSaveCount = 0;
window.__serviceOpsSaveAttempts = 0;

const root = document.getElementById('root');
if (root) createRoot(root).render(<App version={version} DrawerForm={AntdDrawerForm} />);
