provider "aws" {
  region     = "us-east-1"
  secret_key = "hy/PBON6THC4+EaTAxh8z7gR5xCeQPWZb+kfW//K"
}
