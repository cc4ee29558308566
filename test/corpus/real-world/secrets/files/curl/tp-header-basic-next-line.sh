curl -X POST -H "Content-Type: application/json" \
 -H "Authorization: Basic NjIyOTZmODY1YWUxNTQ2MDYwMTYyNTVmZTc2MGQwNzM6MTFkZTc5MjMxZTc2M2MxOTFiMzgxNzEzM2YzZTQwYTI=" \
  -d '{"user":{"emailAddress":"test@example.com"}}' \
  'http://localhost:8080/oauth2-provider/v1.0/users'
