FROM node:20
RUN echo "//registry.npmjs.org/:_authToken=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" > /root/.npmrc && npm ci
