provider "azurerm" {
  features {}
  client_id     = "d20de1eb-7e63-441a-a7af-ca444f58306a"
  client_secret = "tAX3Q~sU5cVvA-3Dt5Zpd_CGxz47vT79A1OO6qcM"
  tenant_id     = "da6762cd-da5c-40c3-be13-a3ad6eb09c2b"
}
