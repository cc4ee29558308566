import { sentryVitePlugin } from '@sentry/vite-plugin';

export default {
  plugins: [
    sentryVitePlugin({
      org: 'acme',
      project: 'web',
      authToken: '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',
    }),
  ],
};
