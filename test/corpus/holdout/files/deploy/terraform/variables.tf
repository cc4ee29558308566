variable "hubspot_token" {
  type      = string
  sensitive = true
  default   = "REPLACE_ME"
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "kms_key_checksum" {
  type    = string
  default = "bbea29603dad66a8cb042ebcf9fe04884a0dce0b139600da3c98a67026ff112f"
}
