import type { z } from 'zod';
import { appChannels } from './channels/app.ts';
import { caseBrowserChannels } from './channels/case-browser.ts';
import { casesChannels } from './channels/cases.ts';
import { desktopChannels } from './channels/desktop.ts';
import { preferencesChannels } from './channels/preferences.ts';
import { reportChannels } from './channels/report.ts';
import { reviewChannels } from './channels/review.ts';
import { exportChannels } from './channels/export.ts';
import { studiesChannels } from './channels/studies.ts';
import { viewerChannels } from './channels/viewer.ts';

/**
 * THE contract between renderer and main: every channel, declared once, with the zod schemas
 * of its request and response. Both transports (Electron IPC, loopback preview) carry exactly
 * these channels; the types come from the schemas.
 */
export const contract = {
  ...appChannels,
  ...studiesChannels,
  ...casesChannels,
  ...desktopChannels,
  ...reportChannels,
  ...preferencesChannels,
  ...exportChannels,
  ...viewerChannels,
  ...reviewChannels,
  ...caseBrowserChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;

export const channelNames = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
