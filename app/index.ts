import type { Analyzer } from '../shared/analyzer/analyzer.js';
import type { ApplicationFunction } from 'probot';
import { readAppConfig, type AppConfig } from './app-config.js';
import { registerHandlers } from './register-handlers.js';
import { toolVersion } from './tool-version.js';

/** Builds the Probot app function for explicit settings (tests, custom servers). */
export function createTollgateApp(options: {
  config: AppConfig;
  toolVersion?: string;
  analyzers?: readonly Analyzer[];
  analyzersModule?: string;
  scheduleAccessReviews?: boolean;
}): ApplicationFunction {
  return (app, appOptions) =>
    registerHandlers(app, {
      ...(appOptions?.addHandler ? { addHandler: appOptions.addHandler } : {}),
      config: options.config,
      toolVersion: options.toolVersion ?? toolVersion(),
      ...(options.analyzers ? { analyzers: options.analyzers } : {}),
      ...(options.analyzersModule ? { analyzersModule: options.analyzersModule } : {}),
      ...(options.scheduleAccessReviews ? { scheduleAccessReviews: true } : {}),
    });
}

/** The Probot app, configured from the environment: wiring only (see register-handlers.ts). */
const tollgateApp: ApplicationFunction = (app, options) =>
  createTollgateApp({ config: readAppConfig(process.env), scheduleAccessReviews: true })(app, options);

export default tollgateApp;
