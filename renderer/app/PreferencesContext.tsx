import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Preferences } from '../../shared/ipc/channels/preferences.ts';
import { messageOf } from './errors.ts';
import { useTransport } from './TransportContext.tsx';

export interface NameRequest {
  id: number;
  returnFocus?: () => void;
}

type PreferenceChanges = Partial<Pick<Preferences, 'radiologistName' | 'userName' | 'organization' | 'pageSize'>>;

export interface PreferencesState {
  /** null while loading. */
  preferences: Preferences | null;
  error: string | null;
  save(changes: PreferenceChanges): Promise<Preferences>;
  /** Set by askForName(): the app bar's name field opens and takes the focus. */
  nameRequest: NameRequest | null;
  /** Opens the app bar's name field; `returnFocus` takes the focus back when it closes (else the app bar keeps it). */
  askForName(returnFocus?: () => void): void;
}

const PreferencesContext = createContext<PreferencesState | null>(null);

/** The preferences file, read once and shared by the app bar's name field and the report's sign-off. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const transport = useTransport();
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [nameRequest, setNameRequest] = useState<NameRequest | null>(null);

  useEffect(() => {
    transport.call('preferences.get', {}).then(setPreferences).catch((e: unknown) => setError(messageOf(e)));
  }, [transport]);

  const save = useCallback(
    async (changes: PreferenceChanges) => {
      const saved = await transport.call('preferences.set', changes);
      setPreferences(saved);
      setError(null);
      return saved;
    },
    [transport],
  );
  const askForName = useCallback((returnFocus?: () => void) => setNameRequest((last) => ({ id: (last?.id ?? 0) + 1, ...(returnFocus ? { returnFocus } : {}) })), []);

  const value = useMemo(() => ({ preferences, error, save, nameRequest, askForName }), [preferences, error, save, nameRequest, askForName]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): PreferencesState {
  const state = useContext(PreferencesContext);
  if (!state) throw new Error('usePreferences() outside <PreferencesProvider>');
  return state;
}
