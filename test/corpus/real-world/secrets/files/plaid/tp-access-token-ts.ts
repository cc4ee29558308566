const item = { accessToken: 'access-production-b59f8b94-de7f-4bad-8daa-80c3baaa9136', institution: 'ins_3' };
