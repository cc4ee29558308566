curl -H "Authorization: Token 97cb3b26b9800b208707b67364b5354266b80839" --request PUT https://appsecclass.report/api/use/635
