FROM node:20-alpine
RUN git clone https://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@github.com/acme/private-lib.git /src/lib
