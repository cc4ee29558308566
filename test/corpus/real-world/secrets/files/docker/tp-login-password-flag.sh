docker login -u acmebot -p OZhXgo-x7UWyM0W8f1 registry.acme.io
