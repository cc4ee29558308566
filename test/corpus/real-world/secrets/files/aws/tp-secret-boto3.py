import boto3, os

s3 = boto3.client(
    "s3",
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key="hlUJb1yzgeAnybGryrxk/EbjLo/aWE9zXQ4J6Lj9",
)
