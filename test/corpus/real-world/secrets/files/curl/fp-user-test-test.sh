curl -i -u 'test:test'
