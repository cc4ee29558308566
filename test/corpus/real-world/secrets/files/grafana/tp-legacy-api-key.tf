provider "grafana" {
  url  = "https://grafana.acme.internal"
  auth = "eyJrIjoiaHRFaWVrZEFWTVRnOXJNUkJ3aGFJbkdjbDZVclF5NzYiLCJuIjoiaGFyYm9yLWNpIiwiaWQiOjF9"
}
