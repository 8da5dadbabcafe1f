import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './ds-icons.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/pages.css';
import './styles/applicant.css';
import './styles/cases.css';
import './styles/allocation.css';
import './styles/decisions.css';
import './styles/followup.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { initI18n } from './i18n/index.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
