provider "vault" {
  address = "https://vault.acme.internal:8200"
  token   = "hvs.CAESIPITm9McoH6o9HeomrFTJ4d1kt6P5yDVg_LpH2ZLKMdJ31v8yi8H-p6zMSo2c8jyd5feW9fLzJlzO7FXALuPEUE2hX"
}
