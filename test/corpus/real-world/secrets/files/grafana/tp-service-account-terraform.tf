provider "grafana" {
  url  = "https://acme.grafana.net"
  auth = "glsa_DTQVJpdO0b8n4TkZEpOEWCEUSQmTTFOO_b162b347"
}
