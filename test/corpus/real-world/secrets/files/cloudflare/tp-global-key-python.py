import CloudFlare

cf = CloudFlare.CloudFlare(email='ops@acme.io', key='24e827e4520ca1736e337f54ccc792177c885')
