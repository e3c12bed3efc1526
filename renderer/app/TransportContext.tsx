import { createContext, useContext, type ReactNode } from 'react';
import type { Transport } from '../transport/transport.ts';

const TransportContext = createContext<Transport | null>(null);

export function TransportProvider({ transport, children }: { transport: Transport; children: ReactNode }) {
  return <TransportContext.Provider value={transport}>{children}</TransportContext.Provider>;
}

export function useTransport(): Transport {
  const transport = useContext(TransportContext);
  if (!transport) throw new Error('useTransport() outside <TransportProvider>');
  return transport;
}
