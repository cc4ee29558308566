const msalConfig = {
  auth: {
    clientId: '9e63055b-1a6f-440f-a1b5-e3fb3390d689',
    authority: 'https://login.microsoftonline.com/5a93f6ca-3ef5-4412-8f41-75cc1e7b99ce',
    clientSecret: 'zEC0Q~nQa7faZ17WLQE.qhNoNeD8qGT1saiQadkr',
  },
};
