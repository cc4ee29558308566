val apiToken = "BdN3tomDs4GkKhWFr1DJex07IpfIU833"
