helm upgrade --install app ./chart --set imagePullSecretJfrog.password=AKCpHgbqXpQVSIsjjAeFHwgsa7TTFk3pTwqLg5D1XzzDGWrhjQxfBA7lWXpMy2387YhTDTqDY
