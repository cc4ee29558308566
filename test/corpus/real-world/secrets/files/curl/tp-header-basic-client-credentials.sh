curl -k -X POST --header "Authorization: Basic b3VVaTVoTWhCbl9GNF91cGp0TThtZV9XdkVOQTpxcXZMcUJlMzVkOXpuN0xRM0JmdGYwVTFMMTRP" "https://api-qa.example.com:8243/token" -d "grant_type=client_credentials"
