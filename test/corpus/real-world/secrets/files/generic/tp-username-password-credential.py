credential = UsernamePasswordCredential(
    client_id='2c48ed2f-5d63-46ff-887d-a0957b8d655e',
    username='svc-connector@acme.io',
    password='Saffron#Falcon3014',
    tenant_id='ad94f8c6-f5af-4c3c-a6a8-bfb68fd8b575')
