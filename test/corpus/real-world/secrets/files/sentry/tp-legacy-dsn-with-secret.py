import sentry_sdk

sentry_sdk.init(dsn="https://8aa294c80dd77f970a89410be496668f:105f5e7c2b1fdd8bbd09b983d640447e@sentry.io/3815067")
