      authToken: process.env.SENTRY_AUTH_TOKEN,
