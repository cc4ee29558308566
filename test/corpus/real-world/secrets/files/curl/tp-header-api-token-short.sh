curl -X POST --header "Api-Token: eEQINcj7kZJGCB1v" https://api.acme.io/v1/jobs
