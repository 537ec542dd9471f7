import { StrictMode } from 'react';
import './style.css';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/panel/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
