AWSCredentials creds = new BasicAWSCredentials("AKIANIZQZ6QO3A35WEYW", System.getenv("AWS_SECRET_ACCESS_KEY"));
