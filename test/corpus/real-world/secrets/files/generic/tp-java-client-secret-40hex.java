    private static String CLIENT_SECRET = "839248c2aac66eef1a0397edd5617de64e6108e4";
