const token = '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';
execSync(`npm publish --//registry.npmjs.org/:_authToken=${token}`);
