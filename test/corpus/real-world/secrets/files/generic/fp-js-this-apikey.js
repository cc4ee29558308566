apiKey: this.apiKey,
