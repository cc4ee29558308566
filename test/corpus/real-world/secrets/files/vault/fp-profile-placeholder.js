  credentials: new AWS.SharedIniFileCredentials({ profile: '<YOUR_PROFILE>' })
