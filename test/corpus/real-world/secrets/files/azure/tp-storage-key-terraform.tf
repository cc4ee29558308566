terraform {
  backend "azurerm" {
    storage_account_name = "acmetfstate"
    container_name       = "tfstate"
    key                  = "prod.terraform.tfstate"
    access_key           = "oCK8n+sRQnEezh+E4zhHUlwCC+/ixSaaeXPn0ncRzqmzrKnMp4j7vxvhtaHAsP0ISW8n50CmHFsflXc2OF/EjQ=="
  }
}
