AWS.config.update({ accessKeyId: 'AKIAVV576CDGI72NHZNG', region: 'us-west-2' });
