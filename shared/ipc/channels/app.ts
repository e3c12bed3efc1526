import { z } from 'zod';
import { defineChannel } from '../define.ts';

export const appChannels = {
  'app.info': defineChannel(
    z.object({}).strict(),
    z.object({
      version: z.string(),
      transport: z.enum(['electron', 'preview']),
      demoAvailable: z.boolean(),
    }),
  ),
};
