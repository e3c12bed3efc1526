import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { TransportProvider } from './app/TransportContext.tsx';
import { createTransport } from './transport/transport.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <TransportProvider transport={createTransport()}>
      <App />
    </TransportProvider>
  </StrictMode>,
);
