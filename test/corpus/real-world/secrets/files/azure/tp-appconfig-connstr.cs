private static string appConfigurationConnectionString = "Endpoint=https://appcs-acme.azconfig.io;Id=olak-l9-s0:HIG48XJta44sSysQfOID;Secret=wd15uez7me+acKCKrkbRVjJP0pQqU1bg4+rCSl0mI9E=";
