const client = new Anthropic({ apiKey: 'sk-ant-api03-9ydC2iEbXYl0EsXzPuYouwd2p0SeZZxzRGGY-y-gKmuDwDlvBjarisQsfn8t1UmQ8vtj3N0antDzLcTzDyocoj2yINikZAA' });
