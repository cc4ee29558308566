curl -X POST --user "$(cat ./login.txt):$(cat ./password.txt)"
