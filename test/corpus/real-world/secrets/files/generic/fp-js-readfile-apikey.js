apiKey: fs.readFileSync('foo',
