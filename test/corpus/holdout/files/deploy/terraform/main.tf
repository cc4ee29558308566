terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.60" }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "AKIACXRE2JRVK6DMGGJL"
  secret_key = "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"
}

data "aws_secretsmanager_secret_version" "openai" {
  secret_id = "arn:aws:secretsmanager:eu-central-1:497857660098:secret:prod/openai-WHrIrY"
}

resource "aws_db_instance" "procurement" {
  identifier        = "procure-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "procure_admin"
  password          = "Copper$Meadow4683"
  allocated_storage = 50
}
