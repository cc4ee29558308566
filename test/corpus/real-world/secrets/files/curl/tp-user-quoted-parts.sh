curl -X POST --user "{aa405587-551a-4f1d-ae93-22f5c1dd980e}":"{4gz3oNwTCK4tsG}" --header "Accept: application/json" https://gateway.watsonplatform.net/language-translator/api
