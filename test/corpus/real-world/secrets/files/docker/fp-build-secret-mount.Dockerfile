# get build time secret for authentication
RUN --mount=type=secret,id=jfrog_secret \
    JFROG_SECRET=$(cat /run/secrets/jfrog_secret) && \
    npm ci
