import type { Analyzer } from '../shared/analyzer/analyzer.js';
import type { ApplicationFunction } from 'probot';
import { readAppConfig, type AppConfig } from './app-config.js';
import { registerHandlers, type RegisteredHandlers } from './register-handlers.js';
import { toolVersion } from './tool-version.js';

/** Builds the Probot app function for explicit settings (tests, custom servers). */
export function createTollgateApp(options: {
  config: AppConfig;
  toolVersion?: string;
  analyzers?: readonly Analyzer[];
  analyzersModule?: string;
  scheduleAccessReviews?: boolean;
  /** A name for this instance in the Redis queue's logs and job reports. */
  instance?: string;
  /** Receives what the handlers left running (the Redis queue, `close`): tests and custom servers stop it so. */
  onRegistered?: (handlers: RegisteredHandlers) => void;
}): ApplicationFunction {
  return (app, appOptions) => {
    const handlers = registerHandlers(app, {
      ...(appOptions?.addHandler ? { addHandler: appOptions.addHandler } : {}),
      config: options.config,
      toolVersion: options.toolVersion ?? toolVersion(),
      ...(options.analyzers ? { analyzers: options.analyzers } : {}),
      ...(options.analyzersModule ? { analyzersModule: options.analyzersModule } : {}),
      ...(options.scheduleAccessReviews ? { scheduleAccessReviews: true } : {}),
      ...(options.instance ? { instance: options.instance } : {}),
    });
    options.onRegistered?.(handlers);
  };
}

/** The Probot app, configured from the environment: wiring only (see register-handlers.ts). */
const tollgateApp: ApplicationFunction = (app, options) =>
  createTollgateApp({ config: readAppConfig(process.env), scheduleAccessReviews: true })(app, options);

export default tollgateApp;
