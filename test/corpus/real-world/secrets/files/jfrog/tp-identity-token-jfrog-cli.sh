jf config add acme --url=https://acme.jfrog.io --access-token=6MtRyh60S1hc9yVN4HWpeSTD9pNzYZNJI1ErhQrDRMNJ4IbLzS8q4q49UyGuJMUY --interactive=false
