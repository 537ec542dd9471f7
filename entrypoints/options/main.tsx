import { StrictMode } from 'react';
import './style.css';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '../../components/options/OptionsPage';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsPage />
    </StrictMode>,
  );
}
